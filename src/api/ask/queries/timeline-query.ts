/** A project's milestones (all, or only some statuses), by year, in the order a project passes them. */
import type { CypherQuery } from "../../../db/index.ts";
import { EVENT_STATUSES, type EventStatus } from "../../../graph/contract.ts";
import { evidenceOf } from "./evidence-fragment.ts";

/**
 * Builds the query.
 * @example timelineQuery("e-…上新街") // 2023 started, 2023 completed, 2024 opened …
 */
export function timelineQuery(id: string, statuses: readonly EventStatus[] = []): CypherQuery {
  return {
    cypher: `MATCH (p:Entity {id: $id})-[:HAS_MILESTONE]->(m:Milestone) WHERE size($statuses) = 0 OR m.status IN $statuses
WITH p, m, [i IN range(0, size($statusOrder) - 1) WHERE $statusOrder[i] = m.status][0] AS step
RETURN p.name AS name, p.type AS type, p.id AS entityId, null AS value, null AS unit, m.year AS year,
       coalesce(toString(toInteger(m.year)) + ' ', '') + p.name + ': ' + m.status AS text, ['HAS_MILESTONE'] AS relations, [] AS vias,
       m.status AS kind, ${evidenceOf("m")} AS evidence, step AS rank
ORDER BY m.year IS NULL, m.year, step`,
    params: { id, statuses: [...statuses], statusOrder: [...EVENT_STATUSES] },
  };
}

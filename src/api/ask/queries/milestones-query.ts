/** Projects that reached a step, in some years, optionally only those tied to some places (or their sub-areas). */
import type { CypherQuery } from "../../../db/index.ts";
import { EVENT_STATUSES, type EventStatus } from "../../../graph/contract.ts";
import { ALL_RELATIONS, evidenceOf } from "./evidence-fragment.ts";

/**
 * Builds the query: one row per milestone, by year.
 * @example milestonesQuery(["started"], [2023], []) // 2023年开工了哪些项目
 */
export function milestonesQuery(statuses: readonly EventStatus[], years: readonly number[], scopeIds: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (p:Entity)-[:HAS_MILESTONE]->(m:Milestone)
WHERE (size($statuses) = 0 OR m.status IN $statuses) AND (size($years) = 0 OR m.year IN $years)
  AND (size($scope) = 0 OR EXISTS {
    MATCH (a:Entity)-[:PART_OF|LOCATED_IN*0..3]->(x:Entity) WHERE x.id IN $scope
    MATCH (a)-[:${ALL_RELATIONS}]-(p)
  })
WITH p, m, [i IN range(0, size($statusOrder) - 1) WHERE $statusOrder[i] = m.status][0] AS step
RETURN p.name AS name, p.type AS type, p.id AS entityId, null AS value, null AS unit, m.year AS year,
       coalesce(toString(toInteger(m.year)) + ' ', '') + p.name + ': ' + m.status AS text, ['HAS_MILESTONE'] AS relations, [] AS vias,
       m.status AS kind, ${evidenceOf("m")} AS evidence, step AS rank
ORDER BY m.year IS NULL, m.year, step, name`,
    params: { statuses: [...statuses], years: [...years], scope: [...scopeIds], statusOrder: [...EVENT_STATUSES] },
  };
}

/** An entity's history: its milestones, and its relations that carry a year. */
import type { CypherQuery } from "../../db/index.ts";
import { RELATION_TYPES } from "../../graph/contract.ts";
import type { EventStatus } from "../../graph/contract.ts";
import type { EvidenceLists } from "../results/evidence.ts";
import { evidenceListsProjection } from "../results/evidence.ts";
import { hopProjection, type HopRow } from "../results/hop.ts";
import { relationPattern } from "./relation-pattern.ts";

/** A stored milestone. */
export interface MilestoneRow extends EvidenceLists {
  readonly id: string;
  readonly status: EventStatus;
  readonly year: number | null;
  readonly period: string | null;
  readonly periodText: string;
  readonly periodInferred: boolean;
}

/** Milestones and dated relations of one entity. */
export interface TimelineRow {
  readonly milestones: readonly MilestoneRow[];
  readonly relations: readonly HopRow[];
}

/**
 * @example timelineQuery("e-…上新街") // one row: {milestones: [{status: "started", year: 2020, …}], relations: [...]}
 */
export function timelineQuery(entityId: string): CypherQuery {
  return {
    cypher: `
MATCH (e:Entity {id: $entityId})
RETURN COLLECT {
         MATCH (e)-[:HAS_MILESTONE]->(m:Milestone)
         RETURN m {.id, .status, .year, .period, periodText: coalesce(m.periodText, ""), periodInferred: coalesce(m.periodInferred, true),
                   ${evidenceListsProjection("m")}}
       } AS milestones,
       COLLECT {
         MATCH (e)-[r:${relationPattern(RELATION_TYPES)}]-(:Entity)
         WHERE r.year IS NOT NULL
         RETURN ${hopProjection("r")}
       } AS relations`,
    params: { entityId },
  };
}

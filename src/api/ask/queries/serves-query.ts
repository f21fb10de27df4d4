/** "Which projects serve 济南中央活力区": SERVES the target or one of its sub-areas, lies in them, or is built under them. */
import { RETURN_LINKED_ITEMS } from "./linked-items.ts";
import type { CypherQuery } from "../../../db/index.ts";
import type { EntityType } from "../../../graph/contract.ts";
import { evidenceOf, inYears, SUB_AREA_TYPES } from "./evidence-fragment.ts";

/** Things placed in an area that count as serving it (sub-areas themselves do not). */
const PLACED_TYPES: readonly EntityType[] = ["Project", "Platform", "Enterprise", "Institution", "Event"];

/**
 * Builds the query. Rank 0 = SERVES, 1 = BUILDS, 2 = LOCATED_IN/PART_OF; one row per item, best link first.
 * @example servesQuery(["e-…"], ["Project"]) // projects serving 济南中央活力区
 */
export function servesQuery(ids: readonly string[], types: readonly EntityType[] | null, years: readonly number[] = []): CypherQuery {
  return {
    cypher: `MATCH (x:Entity) WHERE x.id IN $ids
OPTIONAL MATCH (sub:Entity)-[:PART_OF|LOCATED_IN*1..3]->(x) WHERE sub.type IN $subTypes
WITH collect(DISTINCT x) + collect(DISTINCT sub) AS anchors
UNWIND anchors AS a
CALL (a) {
  MATCH (item:Entity)-[r:SERVES]->(a) RETURN item, r, 0 AS rank
  UNION
  MATCH (a)-[r:BUILDS]->(item:Entity) RETURN item, r, 1 AS rank
  UNION
  MATCH (item:Entity)-[r:LOCATED_IN|PART_OF]->(a) WHERE item.type IN $placedTypes RETURN item, r, 2 AS rank
}
WITH item, a, r, rank WHERE ($types IS NULL OR item.type IN $types) AND NOT item.id IN $ids AND ${inYears("r")}
WITH item, rank, type(r) AS relation, CASE WHEN a.id IN $ids THEN null ELSE a.name END AS via, r.year AS year,
     startNode(r).name + ' —' + type(r) + '→ ' + endNode(r).name AS fact, ${evidenceOf("r")} AS evidence
${RETURN_LINKED_ITEMS}`,
    params: { ids: [...ids], types: types === null ? null : [...types], years: [...years], subTypes: [...SUB_AREA_TYPES], placedTypes: [...PLACED_TYPES] },
  };
}

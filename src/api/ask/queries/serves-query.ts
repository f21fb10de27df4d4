/** "Which projects serve 济南中央活力区": the catalogue's one definition of serving (src/api/queries/projects-serving.ts). */
import { RETURN_LINKED_ITEMS } from "./linked-items.ts";
import type { CypherQuery } from "../../../db/index.ts";
import type { EntityType } from "../../../graph/contract.ts";
import { servingUnion } from "../../queries/projects-serving.ts";
import { evidenceOf, inYears } from "./evidence-fragment.ts";

/** Things placed in an area that count as serving it (sub-areas themselves do not). */
const PLACED_TYPES: readonly EntityType[] = ["Project", "Platform", "Enterprise", "Institution", "Event"];

/**
 * Builds the query. Rank 0 = SERVES, 1 = LOCATED_IN/PART_OF, 2 = BUILDS; one row per item, best link first.
 * @example servesQuery(["e-…"], ["Project"]) // projects serving 济南中央活力区
 */
export function servesQuery(ids: readonly string[], types: readonly EntityType[] | null, years: readonly number[] = []): CypherQuery {
  return {
    cypher: `MATCH (x:Entity) WHERE x.id IN $ids
CALL (x) {
${servingUnion({ item: "item:Entity", target: "x", where: (rank, item) => (rank === 1 ? `${item}.type IN $placedTypes` : null) })}
}
WITH item, region, r, rank WHERE ($types IS NULL OR item.type IN $types) AND NOT item.id IN $ids AND ${inYears("r")}
WITH item, rank, type(r) AS relation, CASE WHEN region.id IN $ids THEN null ELSE region.name END AS via, r.year AS year,
     startNode(r).name + ' —' + type(r) + '→ ' + endNode(r).name AS fact, ${evidenceOf("r")} AS evidence
${RETURN_LINKED_ITEMS}`,
    params: { ids: [...ids], types: types === null ? null : [...types], years: [...years], placedTypes: [...PLACED_TYPES] },
  };
}

/** "Where is X": the areas, strategies' territories or platforms X lies in, is part of, or has its headquarters in. */
import type { CypherQuery } from "../../../db/index.ts";
import { evidenceOf } from "./evidence-fragment.ts";

/**
 * Builds the query.
 * @example locationQuery("e-…") // 京东产业园在哪里 → 济南中央活力区
 */
export function locationQuery(id: string): CypherQuery {
  return {
    cypher: `MATCH (x:Entity {id: $id})-[r:LOCATED_IN|PART_OF|HEADQUARTERED_IN]->(item:Entity)
WITH item, type(r) AS relation, r.year AS year, x.name + ' —' + type(r) + '→ ' + item.name AS fact, ${evidenceOf("r")} AS evidence
WITH item, collect({relation: relation, year: year, fact: fact, evidence: evidence}) AS links
RETURN item.name AS name, item.type AS type, item.id AS entityId, null AS value, null AS unit,
       reduce(y = null, l IN links | CASE WHEN l.year IS NULL OR (y IS NOT NULL AND y <= l.year) THEN y ELSE l.year END) AS year,
       links[0].fact AS text, [l IN links | l.relation] AS relations, [] AS vias, null AS kind,
       reduce(acc = [], l IN links | acc + l.evidence) AS evidence, 0 AS rank
ORDER BY size(links) DESC, name`,
    params: { id },
  };
}

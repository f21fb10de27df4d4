/** A metric's values for one subject: in the years asked (or all), actual values before estimates and targets. */
import type { CypherQuery } from "../../../db/index.ts";
import type { ValueKind } from "../../../graph/contract.ts";
import { evidenceOf } from "./evidence-fragment.ts";

/**
 * Builds the query.
 * @example indicatorQuery("e-…市中区", ["地区生产总值"], [2021], null) // → 1161.7 亿元, actual
 */
export function indicatorQuery(subjectId: string, metrics: readonly string[], years: readonly number[], kinds: readonly ValueKind[] | null): CypherQuery {
  return {
    cypher: `MATCH (subject:Entity {id: $subjectId})-[:HAS_VALUE]->(v:IndicatorValue)
WHERE v.metric IN $metrics AND (size($years) = 0 OR v.year IN $years) AND ($kinds IS NULL OR v.kind IN $kinds)
OPTIONAL MATCH (v)-[:MEASURES]->(indicator:Indicator)
RETURN v.metric AS name, 'Indicator' AS type, indicator.id AS entityId, v.value AS value, v.unit AS unit, v.year AS year,
       subject.name + ' ' + v.metric + coalesce(' (' + toString(v.year) + ')', '') + ': ' + toString(v.value) + ' ' + v.unit + ' [' + v.kind + ']' AS text,
       ['HAS_VALUE'] AS relations, [] AS vias, v.kind AS kind, ${evidenceOf("v")} AS evidence,
       CASE v.kind WHEN 'actual' THEN 0 WHEN 'estimate' THEN 1 ELSE 2 END AS rank
ORDER BY [i IN range(0, size($metrics) - 1) WHERE $metrics[i] = v.metric][0], v.year IS NULL, v.year, rank, v.unit = '%', v.value DESC`,
    params: { subjectId, metrics: [...metrics], years: [...years], kinds: kinds === null ? null : [...kinds] },
  };
}

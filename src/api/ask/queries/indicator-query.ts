/**
 * A metric's values for one subject: in the years asked (or all), actual values before estimates and targets.
 * When the metric itself has no value there, the values of metrics named after it ("地区生产总值增长" for
 * "地区生产总值") are returned instead, each under its own name, so a growth target is found for "GDP target".
 */
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
WHERE any(m IN $metrics WHERE v.metric STARTS WITH m) AND (size($years) = 0 OR v.year IN $years) AND ($kinds IS NULL OR v.kind IN $kinds)
WITH subject, collect(v) AS values
WITH subject, CASE WHEN any(v IN values WHERE v.metric IN $metrics) THEN [v IN values WHERE v.metric IN $metrics] ELSE values END AS values
UNWIND values AS v
OPTIONAL MATCH (v)-[:MEASURES]->(indicator:Indicator)
WITH subject, v, indicator, [i IN range(0, size($metrics) - 1) WHERE v.metric STARTS WITH $metrics[i]][0] AS asked,
     CASE v.kind WHEN 'actual' THEN 0 WHEN 'estimate' THEN 1 ELSE 2 END AS rank
RETURN v.metric AS name, 'Indicator' AS type, indicator.id AS entityId, v.value AS value, v.unit AS unit, v.year AS year,
       subject.name + ' ' + v.metric + coalesce(' (' + toString(toInteger(v.year)) + ')', '') + ': ' + toString(v.value) + ' ' + v.unit + ' [' + v.kind + ']' AS text,
       ['HAS_VALUE'] AS relations, [] AS vias, v.kind AS kind, ${evidenceOf("v")} AS evidence, rank
ORDER BY asked, v.metric <> $metrics[asked], v.metric, v.year IS NULL, v.year, rank, v.unit = '%', v.value DESC`,
    params: { subjectId, metrics: [...metrics], years: [...years], kinds: kinds === null ? null : [...kinds] },
  };
}

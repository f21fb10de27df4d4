/** The values stated for one metric, optionally about one subject, and the metric names known to the graph. */
import type { CypherQuery } from "../../db/index.ts";
import type { FactPeriod, Measure, ValueKind } from "../../graph/contract.ts";
import { entityProjection, type EntityResult } from "../results/entity.ts";
import { evidenceListsProjection, type EvidenceLists } from "../results/evidence.ts";

/** One stored value with its subject (the query's `value` column). */
export interface IndicatorValueRow extends EvidenceLists, FactPeriod {
  readonly id: string;
  readonly subject: EntityResult;
  readonly value: number;
  readonly unit: string;
  readonly kind: ValueKind;
  readonly measure: Measure;
}

/**
 * Values whose metric is `metric` (or that MEASURE the indicator `indicatorId`), of `subjectId` when given.
 * @example indicatorValuesQuery("地区生产总值", "e-…", null) // rows like {subject: 济南市市中区, value: 1161.7, unit: "亿元", year: 2021, kind: "actual"}
 */
export function indicatorValuesQuery(metric: string, indicatorId: string | null, subjectId: string | null): CypherQuery {
  return {
    cypher: `
MATCH (s:Entity)-[:HAS_VALUE]->(v:IndicatorValue)
WHERE (v.metric = $metric OR ($indicatorId IS NOT NULL AND EXISTS { (v)-[:MEASURES]->(:Indicator {id: $indicatorId}) }))
  AND ($subjectId IS NULL OR s.id = $subjectId)
WITH s, v ORDER BY s.name, v.unit, v.year, v.period, v.kind, v.value
RETURN v {.id, .value, .unit, .year, .period, .kind,
          periodText: coalesce(v.periodText, ""), periodInferred: coalesce(v.periodInferred, true), measure: coalesce(v.measure, "level"),
          subject: ${entityProjection("s")}, ${evidenceListsProjection("v")}} AS value`,
    params: { metric, indicatorId, subjectId },
  };
}

/**
 * The metric names stated in the graph that equal `text` (any case) or contain it, exact first.
 * Used when no Indicator entity matches the name.
 * @example metricNamesQuery("增加值") // ["服务业增加值", "金融业增加值", …]
 */
export function metricNamesQuery(text: string): CypherQuery {
  return {
    cypher: `
MATCH (v:IndicatorValue)
WITH DISTINCT v.metric AS metric
WHERE toLower(metric) = toLower($text) OR toLower(metric) CONTAINS toLower($text)
RETURN metric
ORDER BY toLower(metric) = toLower($text) DESC, size(metric) ASC, metric ASC
LIMIT 10`,
    params: { text },
  };
}

// Question (zh): 两份文件所述年份之间，各项指标发生了哪些变化？
// Question (en): What changed in the indicators between the years two documents report on?
// Param: earlier (string) — the earlier document, by id, title or file name. Example: 2022-ten-years
// Param: later (string) — the later document, by id, title or file name. Example: 2023-work-report
// Example: npx kg query indicator-changes-between-documents --param earlier=2022-ten-years --param later=2023-work-report
// For every subject, metric and unit both documents state (actual values and estimates, not targets), the latest
// value each gives: a value without a year counts as the document's own present; among equals, the larger one
// (most of these numbers are running totals).
MATCH (d1:Document) WHERE $earlier IN [d1.id, d1.title, d1.source]
MATCH (d2:Document) WHERE $later IN [d2.id, d2.title, d2.source]
MATCH (s:Entity)-[:HAS_VALUE]->(v:IndicatorValue)
WHERE v.kind <> 'target' AND (d1.id IN v.evidenceDocumentIds OR d2.id IN v.evidenceDocumentIds)
WITH d1, d2, s, v ORDER BY coalesce(v.year, 9999) DESC, v.value DESC
WITH d1, d2, s, v.metric AS metric, v.unit AS unit,
     [x IN collect(v) WHERE d1.id IN x.evidenceDocumentIds][0] AS e,
     [x IN collect(v) WHERE d2.id IN x.evidenceDocumentIds][0] AS l
WHERE e IS NOT NULL AND l IS NOT NULL
RETURN s.name AS subject, metric, unit,
       coalesce(toString(toInteger(e.year)), left(d1.publishedAt, 4) + ' (report)') AS earlierYear, e.value AS earlierValue,
       coalesce(toString(toInteger(l.year)), left(d2.publishedAt, 4) + ' (report)') AS laterYear, l.value AS laterValue,
       round(l.value - e.value, 2) AS change,
       CASE WHEN e.value = 0 THEN null ELSE round(100.0 * (l.value - e.value) / e.value, 1) END AS changePercent
ORDER BY subject, metric, unit

// Question (zh): 某份文件给出了哪些指标数据？
// Question (en): Which indicator values does a document state?
// Param: document (string) — a document, by id, title or file name. Example: 2024-two-sessions
// Example: npx kg query document-indicators --param document=2024-two-sessions --format csv
MATCH (d:Document) WHERE $document IN [d.id, d.title, d.source]
MATCH (s:Entity)-[:HAS_VALUE]->(v:IndicatorValue)
WHERE d.id IN v.evidenceDocumentIds
WITH d, s, v, [i IN range(0, size(v.evidenceDocumentIds) - 1) WHERE v.evidenceDocumentIds[i] = d.id | v.evidenceQuotes[i]][0] AS quote
RETURN d.title AS document, s.name AS subject, v.metric AS metric, v.kind AS kind, v.year AS year, v.value AS value, v.unit AS unit, quote
ORDER BY metric, year, kind, value

// Question (zh): 哪些文件提到了某个实体，原文怎么说？
// Question (en): Which documents mention an entity, and with which sentences?
// Param: name (string) — any entity, by name or alias. Example: 中央活力区
// Example: npx kg query entity-quotes --param name=中央活力区 --format csv
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[m:MENTIONED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document)
WITH e, d, s, collect(m.surface) AS surfaces
ORDER BY d.publishedAt, s.index
RETURN e.name AS entity, d.title AS document, d.publishedAt AS publishedAt, s.index AS sentence, surfaces AS writtenAs, s.text AS quote

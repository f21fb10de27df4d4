// Question (zh): 哪些实体经常与某个实体在同一句话中被提及？
// Question (en): Which entities are mentioned in the same sentences as an entity?
// Param: name (string) — any entity, by name or alias. Example: 济南中央活力区
// Param: limit (integer, default 20) — how many partners to list. Example: 10
// Example: npx kg query co-mentioned --param name=济南中央活力区 --param limit=10
// Captions, bylines and headings (isAside) are left out: they name things side by side without relating them.
MATCH (e:Entity)
WHERE e.name = $name OR $name IN e.aliases
MATCH (e)-[:MENTIONED_IN]->(s:Sentence)<-[:MENTIONED_IN]-(other:Entity)
WHERE other <> e AND NOT s.isAside
WITH e, other, s ORDER BY s.documentId, s.index
WITH e, other, collect(DISTINCT s) AS sentences, collect(DISTINCT s.documentId) AS documents
RETURN e.name AS entity, other.name AS mentionedWith, other.type AS type, size(sentences) AS sentenceCount,
       size(documents) AS documentCount, sentences[0].text AS example
ORDER BY sentenceCount DESC, mentionedWith
LIMIT $limit

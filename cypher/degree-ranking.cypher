// Question (zh): 哪些实体关联最多（按关系数排名）？
// Question (en): Which entities are the most connected (ranked by number of relations)?
// Param: limit (integer, default 20) — how many entities to list. Example: 10
// Example: npx kg query degree-ranking --param limit=10
// Degree counts entity-to-entity relations in both directions; mentions and documents break ties.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[r]-(:Entity)
WITH e, count(r) AS relations
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(s:Sentence)
WITH e, relations, count(s) AS mentions, count(DISTINCT s.documentId) AS documents
WHERE relations > 0
RETURN e.name AS entity, e.type AS type, relations, mentions, documents
ORDER BY relations DESC, mentions DESC, entity
LIMIT $limit

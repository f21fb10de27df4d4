// Question (zh): 最新一份文件中首次出现了哪些实体？
// Question (en): Which entities appear for the first time in the latest document?
// Example: npx kg query new-in-latest-document
// "Latest" is the document with the greatest publishedAt; "first time" means no earlier-dated document mentions it.
MATCH (latest:Document) WHERE latest.publishedAt IS NOT NULL
WITH latest ORDER BY latest.publishedAt DESC, latest.id LIMIT 1
MATCH (e:Entity)-[:MENTIONED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(latest)
WHERE NOT EXISTS {
  MATCH (e)-[:MENTIONED_IN]->(:Sentence)-[:IN_DOCUMENT]->(older:Document)
  WHERE older <> latest AND (older.publishedAt IS NULL OR older.publishedAt < latest.publishedAt)
}
WITH latest, e, s ORDER BY s.index
WITH latest, e, collect(s)[0] AS first
RETURN latest.title AS document, latest.publishedAt AS publishedAt, e.name AS entity, e.type AS type, first.text AS firstQuote
ORDER BY type, entity

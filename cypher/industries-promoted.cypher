// Question (zh): 某个区域或战略重点发展哪些产业？
// Question (en): Which industries does an area or a strategy promote?
// Param: target (string) — an area or strategy, by name or alias. Example: 市中区
// Example: npx kg query industries-promoted --param target=市中区
// PROMOTES from the target or its parts (PART_OF / LOCATED_IN, up to three levels), and industries it RELIES_ON.
MATCH (t:Entity)
WHERE (t:Area OR t:Strategy) AND (t.name = $target OR $target IN t.aliases)
MATCH (part:Entity)-[:PART_OF|LOCATED_IN*0..3]->(t)
MATCH (part)-[r:PROMOTES|RELIES_ON]->(i:Industry)
RETURN t.name AS target, i.name AS industry, collect(DISTINCT type(r)) AS via,
       reduce(docs = [], r2 IN collect(r) | docs + [d IN r2.evidenceDocumentTitles WHERE NOT d IN docs]) AS documents,
       head(collect(r.evidenceQuotes[0])) AS quote
ORDER BY size(documents) DESC, industry

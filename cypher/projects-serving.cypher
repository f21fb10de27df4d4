// Question (zh): 哪些项目服务于某个区域或战略（含其下属片区）？
// Question (en): Which projects serve an area or a strategy, including its sub-areas?
// Param: target (string) — an area or strategy, by name or alias. Example: 中央商埠区
// Example: npx kg query projects-serving --param target=中央商埠区
// A project counts when it SERVES, is LOCATED_IN or RELIES_ON the target or one of its parts (anything that is
// PART_OF or LOCATED_IN it, up to three levels down), or when the target or a part BUILDS or INTRODUCED it.
MATCH (t:Entity)
WHERE (t:Area OR t:Strategy) AND (t.name = $target OR $target IN t.aliases)
MATCH (part:Entity)-[:PART_OF|LOCATED_IN*0..3]->(t)
MATCH (p:Project)-[r:SERVES|LOCATED_IN|RELIES_ON|BUILDS|INTRODUCED]-(part)
WHERE (startNode(r) = p AND type(r) IN ['SERVES', 'LOCATED_IN', 'RELIES_ON'])
   OR (endNode(r) = p AND type(r) IN ['BUILDS', 'INTRODUCED'])
WITH t, p, part, r
ORDER BY p.name, part.name, type(r)
RETURN p.name AS project,
       t.name AS target,
       collect(DISTINCT CASE WHEN part = t THEN type(r) ELSE type(r) + ' ' + part.name END) AS via,
       reduce(docs = [], r2 IN collect(r) | docs + [d IN r2.evidenceDocumentTitles WHERE NOT d IN docs]) AS documents,
       head(collect(r.evidenceQuotes[0])) AS quote
ORDER BY project

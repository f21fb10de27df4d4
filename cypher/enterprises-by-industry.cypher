// Question (zh): 哪些企业属于某个产业？
// Question (en): Which enterprises belong to an industry?
// Param: industry (string) — an industry, by name or alias. Example: 数字经济
// Example: npx kg query enterprises-by-industry --param industry=数字经济
// Enterprises that BELONG_TO the industry, directly or through a project or platform of theirs that does.
MATCH (i:Industry)
WHERE i.name = $industry OR $industry IN i.aliases
MATCH (e:Enterprise)-[r:BELONGS_TO]->(i)
RETURN e.name AS enterprise, i.name AS industry, 'BELONGS_TO' AS via, r.evidenceDocumentTitles AS documents, r.evidenceQuotes[0] AS quote
UNION
MATCH (i:Industry)
WHERE i.name = $industry OR $industry IN i.aliases
MATCH (e:Enterprise)-[:BUILDS|OPERATES|HEADQUARTERED_IN]->(x:Entity)-[r:BELONGS_TO]->(i)
WHERE x:Project OR x:Platform
RETURN e.name AS enterprise, i.name AS industry, 'through ' + x.name AS via, r.evidenceDocumentTitles AS documents, r.evidenceQuotes[0] AS quote

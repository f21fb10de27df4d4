// Question (zh): 哪些项目服务于某个区域或战略（含其下属片区）？
// Question (en): Which projects serve an area or a strategy, including its sub-areas?
// Param: target (string) — an area or strategy, by name or alias. Example: 中央商埠区
// Example: npx kg query projects-serving --param target=中央商埠区
// Generated from src/api/queries/projects-serving.ts (the definition the projectsServing field and ask use):
// a project counts when it SERVES, lies in (LOCATED_IN/PART_OF) or is BUILT by the target or anything inside it
// (PART_OF/LOCATED_IN, up to 5 levels down); the shortest link is kept.
MATCH (t:Entity)
WHERE (t:Area OR t:Strategy) AND (t.name = $target OR $target IN t.aliases)
CALL (t) {
  MATCH path = (p:Project)-[r:SERVES]->(region:Entity)-[:PART_OF|LOCATED_IN*0..5]->(t)
  WHERE p <> t
  RETURN p, r, region, path, 0 AS rank
  UNION
  MATCH path = (p:Project)-[r:LOCATED_IN|PART_OF]->(region:Entity)-[:PART_OF|LOCATED_IN*0..5]->(t)
  WHERE p <> t
  RETURN p, r, region, path, 1 AS rank
  UNION
  MATCH path = (p:Project)<-[r:BUILDS]-(region:Entity)-[:PART_OF|LOCATED_IN*0..5]->(t)
  WHERE p <> t
  RETURN p, r, region, path, 2 AS rank
}
WITH t, p, r, region, path, rank ORDER BY length(path) ASC, rank ASC
WITH t, p, collect({r: r, region: region})[0] AS best
RETURN p.name AS project,
       t.name AS target,
       CASE WHEN best.region = t THEN type(best.r) ELSE type(best.r) + ' ' + best.region.name END AS via,
       best.r.evidenceDocumentTitles AS documents,
       best.r.evidenceQuotes[0] AS quote
ORDER BY project

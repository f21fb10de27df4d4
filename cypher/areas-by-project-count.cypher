// Question (zh): 哪些区域关联的项目最多？
// Question (en): Which areas are linked to the most projects?
// Param: limit (integer, default 20) — how many areas to list. Example: 10
// Example: npx kg query areas-by-project-count --param limit=10
// Projects count for an area when they are linked to it or to one of its parts (PART_OF / LOCATED_IN, up to
// three levels) by SERVES, LOCATED_IN, RELIES_ON, BUILDS or INTRODUCED.
MATCH (a:Area)
OPTIONAL MATCH (part:Entity)-[:PART_OF|LOCATED_IN*0..3]->(a)
OPTIONAL MATCH (p:Project)-[r:SERVES|LOCATED_IN|RELIES_ON|BUILDS|INTRODUCED]-(part)
WITH a, collect(DISTINCT p.name) AS projects
WHERE size(projects) > 0
RETURN a.name AS area, size(projects) AS projectCount, projects
ORDER BY projectCount DESC, area
LIMIT $limit

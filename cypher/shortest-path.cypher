// Question (zh): 两个实体之间通过什么关系链相连（最短路径）？
// Question (en): How are two entities connected (shortest chain of relations)?
// Param: from (string) — the first entity, by name or alias. Example: 京东产业园
// Param: to (string) — the second entity, by name or alias. Example: 中博领创时代
// Example: npx kg query shortest-path --param from=京东产业园 --param to=中博领创时代
// Generated from src/api/queries/shortest-path.ts (the definition the path field and ask use): entity-to-entity
// relations in either direction, up to 4 steps (not through sentences or indicator values); every
// shortest chain is listed.
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.name = $to OR $to IN b.aliases) AND b <> a
MATCH p = ALL SHORTEST (a)-[:LOCATED_IN|PART_OF|SERVES|PROMOTES|BELONGS_TO|RELIES_ON|INTRODUCED|HEADQUARTERED_IN|BUILDS|OPERATES|PARTNERS_WITH|LEADS|HOSTS]-{1,4}(b)
RETURN a.name AS from, b.name AS to, length(p) AS hops,
       [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | r.evidenceQuotes[0]] AS quotes
ORDER BY hops, steps

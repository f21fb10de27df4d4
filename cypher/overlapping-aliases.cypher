// Question (zh): 哪些实体的名称或别名相互重叠（可能重复或应建立从属关系）？
// Question (en): Which entities have overlapping names or aliases (possible duplicates: a quality check)?
// Example: npx kg query overlapping-aliases
// Two kinds of overlap, both worth a look: "same name" — a name or alias of one entity is also a name or alias of
// another (any type, ignoring case); "contained" — a name (3+ characters) of one entity lies inside a name of
// another entity of the same type (a duplicate, or a part that wants a PART_OF relation).
MATCH (a:Entity), (b:Entity)
WHERE a.id < b.id
WITH a, b, [n IN [a.name] + coalesce(a.aliases, []) | toLower(n)] AS namesA, [n IN [b.name] + coalesce(b.aliases, []) | toLower(n)] AS namesB
WITH a, b, [n IN namesA WHERE n IN namesB] AS shared
WHERE size(shared) > 0
RETURN 'same name' AS overlap, a.name AS entity, a.type AS type, b.name AS otherEntity, b.type AS otherType, shared AS names
UNION
MATCH (a:Entity), (b:Entity)
WHERE a.type = b.type AND a <> b
WITH a, b, [n IN [a.name] + coalesce(a.aliases, []) | toLower(n)] AS namesA, [n IN [b.name] + coalesce(b.aliases, []) | toLower(n)] AS namesB
WITH a, b, namesA, [n IN namesA WHERE size(n) >= 3 AND any(m IN namesB WHERE m <> n AND m CONTAINS n)] AS inside
WHERE size(inside) > 0 AND none(n IN namesA WHERE n IN namesB)
RETURN 'contained' AS overlap, a.name AS entity, a.type AS type, b.name AS otherEntity, b.type AS otherType, inside AS names

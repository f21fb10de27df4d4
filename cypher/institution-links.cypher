// Question (zh): 某个机构与哪些事物相关联？
// Question (en): What is an institution linked to?
// Param: institution (string) — an institution, by name or alias. Example: 山东未来网络研究院
// Example: npx kg query institution-links --param institution=山东未来网络研究院
// Every relation of the institution, in both directions, with the documents and a quote that state it.
MATCH (i:Institution)
WHERE i.name = $institution OR $institution IN i.aliases
MATCH (i)-[r]-(other:Entity)
RETURN i.name AS institution,
       CASE WHEN startNode(r) = i THEN 'out' ELSE 'in' END AS direction,
       type(r) AS relation,
       other.name AS other,
       other.type AS otherType,
       r.evidenceDocumentTitles AS documents,
       r.evidenceQuotes[0] AS quote
ORDER BY relation, other

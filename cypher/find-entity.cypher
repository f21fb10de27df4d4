// Question (zh): 名称中含有某个词的实体有哪些？
// Question (en): Which entities have a name or alias containing some text?
// Param: text (string) — two or more characters of a name, Chinese or English. Example: 商埠
// Example: npx kg query find-entity --param text=商埠
// Uses the full-text index entity_names (CJK analyzer), so a fragment finds the whole name.
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.name AS entity, node.type AS type, node.aliases AS aliases, round(score, 3) AS score
ORDER BY score DESC, entity
LIMIT 50

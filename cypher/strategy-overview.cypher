// Question (zh): 某项战略涉及哪些片区、项目、平台和机构？
// Question (en): What does a strategy involve: its areas, projects, platforms, institutions and industries?
// Param: strategy (string) — a strategy, by name or alias. Example: 中央商埠区
// Example: npx kg query strategy-overview --param strategy=中央商埠区
// Every entity one relation away from the strategy, grouped by type.
MATCH (st:Strategy)
WHERE st.name = $strategy OR $strategy IN st.aliases
MATCH (st)-[r]-(x:Entity)
WITH st, x, collect(DISTINCT CASE WHEN startNode(r) = st THEN type(r) ELSE type(r) + ' (in)' END) AS relations
RETURN st.name AS strategy, x.type AS type, x.name AS entity, relations
ORDER BY type, entity

// Question (zh): 哪些实体没有与任何其他实体建立关系（只被提及）？
// Question (en): Which entities have no relation to any other entity (only mentioned)?
// Param: type (string, default null) — only this entity type (Area, Project, Enterprise…); null for all. Example: Project
// Example: npx kg query orphan-entities --param type=Project
// A quality check: such entities are candidates for missing relations. Indicator values and milestones do not
// count as relations here.
MATCH (e:Entity)
WHERE ($type IS NULL OR e.type = $type) AND NOT (e)-[]-(:Entity)
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(s:Sentence)
WITH e, count(s) AS mentions, collect(DISTINCT s.documentId) AS documents
RETURN e.name AS entity, e.type AS type, mentions, documents
ORDER BY type, mentions DESC, entity

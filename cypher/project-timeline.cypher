// Question (zh): 某个项目的时间线是怎样的？
// Question (en): What is a project's timeline?
// Param: project (string) — a project, by name or alias. Example: 济南宾馆项目
// Example: npx kg query project-timeline --param project=济南宾馆项目
// Milestones (planned, signed, started, completed, opened…) and dated relations, oldest first; a step without a
// year sorts by the date of the document that reports it.
MATCH (p:Project)
WHERE p.name = $project OR $project IN p.aliases
CALL (p) {
  MATCH (p)-[:HAS_MILESTONE]->(m:Milestone)
  RETURN m.year AS year, 'milestone' AS kind, m.status AS what, m.evidencePublishedAts[0] AS reportedAt,
         m.evidenceDocumentTitles[0] AS document, m.evidenceQuotes[0] AS quote
  UNION
  MATCH (p)-[r]-(other:Entity)
  RETURN r.year AS year, 'relation' AS kind,
         CASE WHEN startNode(r) = p THEN type(r) + ' ' + other.name ELSE other.name + ' ' + type(r) END AS what,
         r.evidencePublishedAts[0] AS reportedAt, r.evidenceDocumentTitles[0] AS document, r.evidenceQuotes[0] AS quote
}
RETURN p.name AS project, year, kind, what, reportedAt, document, quote
ORDER BY coalesce(year, toInteger(left(reportedAt, 4))), reportedAt, kind, what

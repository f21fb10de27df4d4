// Question (zh): 哪些项目处于某个阶段（如开工、建成、运营）？
// Question (en): Which projects reached a given stage (e.g. started, completed, in operation), and when?
// Param: status (string) — planned, signed, relocation_done, started, under_construction, completed, opened or in_operation. Example: started
// Example: npx kg query milestones-by-status --param status=started
MATCH (p:Project)-[:HAS_MILESTONE]->(m:Milestone {status: $status})
RETURN p.name AS project, m.status AS status, m.year AS year, m.evidenceDocumentTitles AS documents, m.evidenceQuotes[0] AS quote
ORDER BY year, project

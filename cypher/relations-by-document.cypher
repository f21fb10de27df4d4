// Question (zh): 每份文件陈述了哪些类型的关系、各有多少条？
// Question (en): How many relations of each type does each document state?
// Example: npx kg query relations-by-document
// A relation stated by several documents counts once in each of them.
MATCH (:Entity)-[r]->(:Entity)
UNWIND range(0, size(r.evidenceDocumentIds) - 1) AS i
WITH r, r.evidenceDocumentIds[i] AS documentId, r.evidenceDocumentTitles[i] AS document, r.evidencePublishedAts[i] AS publishedAt
WITH type(r) AS relation, documentId, document, publishedAt, count(DISTINCT r) AS relations
RETURN documentId, document, publishedAt, relation, relations
ORDER BY publishedAt, documentId, relation

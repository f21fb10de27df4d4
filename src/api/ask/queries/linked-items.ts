/**
 * The common end of the list queries: one row per item, its links (relation, via, year, fact, evidence)
 * folded together, the earliest year kept, ranked. Expects `item, rank, relation, via, year, fact, evidence`.
 */
export const RETURN_LINKED_ITEMS = `ORDER BY rank
WITH item, collect({relation: relation, via: via, year: year, fact: fact, evidence: evidence, rank: rank}) AS links
RETURN item.name AS name, item.type AS type, item.id AS entityId, null AS value, null AS unit,
       reduce(y = null, l IN links | CASE WHEN l.year IS NULL OR (y IS NOT NULL AND y <= l.year) THEN y ELSE l.year END) AS year,
       links[0].fact AS text, [l IN links | l.relation] AS relations, [l IN links WHERE l.via IS NOT NULL | l.via] AS vias, null AS kind,
       reduce(acc = [], l IN links | acc + l.evidence) AS evidence, links[0].rank AS rank
ORDER BY rank, name`;

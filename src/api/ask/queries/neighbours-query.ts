/**
 * Everything tied to an entity by a relationship, either direction; when the question asks what it is
 * related to, also entities named in the same sentence (a weaker tie, labelled MENTIONED_WITH).
 */
import type { CypherQuery } from "../../../db/index.ts";
import type { EntityType } from "../../../graph/contract.ts";
import { ALL_RELATIONS, evidenceOf, inYears, sentenceEvidence } from "./evidence-fragment.ts";

/**
 * Builds the query; typed relationships rank before co-mentions, which are kept only for items with no typed tie.
 * @example neighboursQuery(["e-…"], ["Project", "Person"], true) // 山东未来网络研究院和哪些项目、人物有关
 */
export function neighboursQuery(ids: readonly string[], types: readonly EntityType[] | null, withCoMentions: boolean, years: readonly number[] = []): CypherQuery {
  const coMentions = !withCoMentions
      ? ""
      : `
  UNION
  MATCH (x)-[:MENTIONED_IN]->(s:Sentence)<-[:MENTIONED_IN]-(item:Entity), (s)-[:IN_DOCUMENT]->(d:Document)
  WHERE item <> x AND NOT s.isAside AND (size($years) = 0 OR toIntegerOrNull(left(coalesce(d.publishedAt, ''), 4)) IN $years)
  RETURN item, 'MENTIONED_WITH' AS relation, null AS year, x.name + ' and ' + item.name + ' are named in one sentence' AS fact,
         [${sentenceEvidence("s", "d", "co-mention")}] AS evidence, 1 AS rank`;
  return {
    cypher: `MATCH (x:Entity) WHERE x.id IN $ids
CALL (x) {
  MATCH (x)-[r:${ALL_RELATIONS}]-(item:Entity) WHERE ${inYears("r")}
  RETURN item, type(r) AS relation, r.year AS year, startNode(r).name + ' —' + type(r) + '→ ' + endNode(r).name AS fact, ${evidenceOf("r")} AS evidence, 0 AS rank${coMentions}
}
WITH item, relation, year, fact, evidence, rank WHERE ($types IS NULL OR item.type IN $types) AND NOT item.id IN $ids AND item.type <> 'Indicator'
ORDER BY rank
WITH item, collect({relation: relation, year: year, fact: fact, evidence: evidence, rank: rank}) AS links
WITH item, CASE WHEN links[0].rank = 0 THEN [l IN links WHERE l.rank = 0] ELSE links END AS links
RETURN item.name AS name, item.type AS type, item.id AS entityId, null AS value, null AS unit,
       reduce(y = null, l IN links | CASE WHEN l.year IS NULL OR (y IS NOT NULL AND y <= l.year) THEN y ELSE l.year END) AS year,
       links[0].fact AS text, [l IN links | l.relation] AS relations, [] AS vias, null AS kind,
       reduce(acc = [], l IN links | acc + l.evidence) AS evidence, links[0].rank AS rank
ORDER BY rank, size(links) DESC, name`,
    params: { ids: [...ids], types: types === null ? null : [...types], years: [...years] },
  };
}

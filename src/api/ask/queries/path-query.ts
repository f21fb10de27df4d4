/**
 * How two entities connect: the shortest chain of relationships (up to four hops, any direction), one row
 * per hop; when there is none, the sentences that name both (labelled MENTIONED_WITH).
 */
import type { CypherQuery } from "../../../db/index.ts";
import { DEFAULT_MAX_HOPS, shortestPathPattern } from "../../queries/shortest-path.ts";
import { evidenceOf, sentenceEvidence } from "./evidence-fragment.ts";

/** Longest chain looked for (the catalogue's default). */
export const MAX_HOPS = DEFAULT_MAX_HOPS;

/**
 * Builds the query.
 * @example pathQuery("e-…研究院", "e-…林萍萍")
 */
export function pathQuery(fromId: string, toId: string): CypherQuery {
  return {
    cypher: `MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
OPTIONAL MATCH ${shortestPathPattern("a", "b", MAX_HOPS, "p")}
CALL (a, b, p) {
  WITH p WHERE p IS NOT NULL
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS r, nodes(p)[i + 1] AS item
  RETURN item, i AS rank, type(r) AS relation, r.year AS year, startNode(r).name + ' —' + type(r) + '→ ' + endNode(r).name AS fact, ${evidenceOf("r")} AS evidence
  UNION
  WITH a, b, p WHERE p IS NULL
  MATCH (a)-[:MENTIONED_IN]->(s:Sentence)<-[:MENTIONED_IN]-(b), (s)-[:IN_DOCUMENT]->(d:Document)
  WITH a, b, collect(DISTINCT ${sentenceEvidence("s", "d", "co-mention")}) AS evidence
  RETURN b AS item, 0 AS rank, 'MENTIONED_WITH' AS relation, null AS year, a.name + ' and ' + b.name + ' are named in one sentence' AS fact, evidence
}
RETURN item.name AS name, item.type AS type, item.id AS entityId, null AS value, null AS unit, year, fact AS text,
       [relation] AS relations, [] AS vias, null AS kind, evidence, rank
ORDER BY rank`,
    params: { fromId, toId },
  };
}

/** Every entity of some types, each with the first sentences that name it (its evidence of existing). */
import type { CypherQuery } from "../../../db/index.ts";
import type { EntityType } from "../../../graph/contract.ts";
import { sentenceEvidence } from "./evidence-fragment.ts";

/** Sentences shown per entity. */
const EVIDENCE_PER_ITEM = 2;

/**
 * Builds the query; entities named only in captions or headings are left out (they have no sentence to show).
 * @example catalogueQuery(["Project"]) // 有哪些项目
 */
export function catalogueQuery(types: readonly EntityType[]): CypherQuery {
  return {
    cypher: `MATCH (item:Entity) WHERE item.type IN $types
CALL (item) {
  MATCH (item)-[:MENTIONED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d:Document) WHERE NOT s.isAside
  WITH s, d ORDER BY d.publishedAt, s.index LIMIT ${EVIDENCE_PER_ITEM}
  RETURN collect(${sentenceEvidence("s", "d", "mention")}) AS evidence
}
WITH item, evidence WHERE size(evidence) > 0
RETURN item.name AS name, item.type AS type, item.id AS entityId, null AS value, null AS unit, null AS year,
       null AS text, ['MENTIONED_IN'] AS relations, [] AS vias, null AS kind, evidence, 0 AS rank
ORDER BY type, name`,
    params: { types: [...types] },
  };
}

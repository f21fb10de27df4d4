/** The documents (optionally of some years and kinds) that name every one of some entities, with the first sentences that do. */
import type { CypherQuery } from "../../../db/index.ts";
import type { DocumentKind } from "../../../graph/contract.ts";
import { sentenceEvidence } from "./evidence-fragment.ts";

/** Sentences shown per document. */
const SENTENCES_SHOWN = 3;

/**
 * Builds the query: one row per document, oldest first; `value` is the number of sentences naming them.
 * @example documentsQuery(["e-…上新街"]) // 哪份文件提到了上新街
 */
export function documentsQuery(ids: readonly string[], years: readonly number[] = [], kinds: readonly DocumentKind[] = []): CypherQuery {
  return {
    cypher: `MATCH (d:Document) WHERE all(id IN $ids WHERE EXISTS { MATCH (:Entity {id: id})-[:MENTIONED_IN]->(:Sentence)-[:IN_DOCUMENT]->(d) })
  AND (size($kinds) = 0 OR d.kind IN $kinds)
  AND (size($years) = 0 OR toIntegerOrNull(left(coalesce(d.publishedAt, ''), 4)) IN $years OR any(y IN $years WHERE d.title CONTAINS toString(y)))
MATCH (x:Entity)-[:MENTIONED_IN]->(s:Sentence)-[:IN_DOCUMENT]->(d) WHERE x.id IN $ids
WITH d, s ORDER BY s.index
WITH d, collect(DISTINCT s) AS sentences
RETURN d.title AS name, 'Document' AS type, d.id AS entityId, size(sentences) AS value, 'sentences' AS unit,
       toIntegerOrNull(left(coalesce(d.publishedAt, ''), 4)) AS year, d.title + coalesce(' (' + d.publishedAt + ')', '') AS text,
       ['MENTIONED_IN'] AS relations, [] AS vias, d.kind AS kind,
       [s IN sentences[0..${SENTENCES_SHOWN}] | ${sentenceEvidence("s", "d", "mention")}] AS evidence, 0 AS rank
ORDER BY d.publishedAt, d.id`,
    params: { ids: [...ids], years: [...years], kinds: [...kinds] },
  };
}

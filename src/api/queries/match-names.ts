/**
 * The Cypher that ranks entities against a name: exact name, then exact alias or English name
 * (any case), then partial (the text is part of a name or alias, or one is part of the text), then
 * full-text over the cjk `entity_names` index. One query, one round trip; the best match per entity is kept.
 */
import { int } from "neo4j-driver";
import type { CypherQuery } from "../../db/index.ts";
import type { EntityType } from "../../graph/contract.ts";
import { entityProjection } from "../results/entity.ts";
import { lucenePhrase, searchTokens } from "./search-text.ts";

/**
 * Scores by match kind: exact name 1, alias or English name 0.9, partial 0.5–0.8 by how much of the
 * name the text covers (0.3–0.6 when a name is part of the text), full-text ≤ 0.45 by the share of the
 * text's bigrams and words found in a name; a close misspelling (names/match-in-memory.ts, not this query) 0.6.
 */
export const MATCH_SCORES = { name: 1.0, alias: 0.9, partialMin: 0.5, partialSpan: 0.3, withinMin: 0.3, withinSpan: 0.3, fulltextMax: 0.45, similar: 0.6 } as const;

/**
 * Ranks entities matching `text`, best first, at most `limit`.
 * @example matchNamesQuery("CVA", null, 5) // → 济南中央活力区 matched by ENGLISH, score 0.9
 */
export function matchNamesQuery(text: string, types: readonly EntityType[] | null, limit: number): CypherQuery {
  const s = MATCH_SCORES;
  const tokens = searchTokens(text);
  return {
    cypher: `
CALL () {
  MATCH (e:Entity)
  WHERE $types IS NULL OR e.type IN $types
  // One cheap pass keeps only entities with a name that contains the text or is contained in it;
  // every exact match is among them, and the finer scoring below runs on these few.
  WITH e, [n IN [e.name] + coalesce(e.aliases, []) | toLower(n)] AS lowered
  WHERE any(n IN lowered WHERE n CONTAINS $lower OR (size(n) >= 2 AND $lower CONTAINS n))
  WITH e, coalesce(e.aliases, []) AS aliases, coalesce(e.en, []) AS en
  WITH e,
       [a IN en WHERE toLower(a) = $lower] AS english,
       [a IN aliases WHERE toLower(a) = $lower] AS alias,
       [a IN [e.name] + aliases WHERE toLower(a) CONTAINS $lower] AS containing,
       [a IN [e.name] + aliases WHERE size(a) >= 2 AND $lower CONTAINS toLower(a)] AS within
  WITH e, CASE
    WHEN e.name = $text THEN {by: 'NAME', score: ${s.name}, matched: e.name}
    WHEN size(english) > 0 THEN {by: 'ENGLISH', score: ${s.alias}, matched: english[0]}
    WHEN size(alias) > 0 THEN {by: 'ALIAS', score: ${s.alias}, matched: alias[0]}
    WHEN size(containing) > 0 THEN reduce(best = {score: 0.0}, a IN containing |
      CASE WHEN ${s.partialMin} + ${s.partialSpan} * toFloat(size($lower)) / size(a) > best.score
           THEN {by: 'PARTIAL', score: ${s.partialMin} + ${s.partialSpan} * toFloat(size($lower)) / size(a), matched: a} ELSE best END)
    WHEN size(within) > 0 THEN reduce(best = {score: 0.0}, a IN within |
      CASE WHEN ${s.withinMin} + ${s.withinSpan} * toFloat(size(a)) / size($lower) > best.score
           THEN {by: 'PARTIAL', score: ${s.withinMin} + ${s.withinSpan} * toFloat(size(a)) / size($lower), matched: a} ELSE best END)
  END AS m
  WHERE m IS NOT NULL
  RETURN e, m.by AS by, m.score AS score, m.matched AS matched
  UNION ALL
  UNWIND CASE WHEN $phrase IS NULL OR size($tokens) = 0 THEN [] ELSE [$phrase] END AS phrase
  CALL db.index.fulltext.queryNodes('entity_names', phrase, {limit: 50}) YIELD node
  WHERE $types IS NULL OR node.type IN $types
  WITH node, [n IN [node.name] + coalesce(node.aliases, []) | toLower(n)] AS names
  WITH node, names, [t IN $tokens WHERE any(n IN names WHERE n CONTAINS t)] AS found
  WHERE size(found) > 0
  RETURN node AS e, 'FULLTEXT' AS by, ${s.fulltextMax} * toFloat(size(found)) / size($tokens) AS score, null AS matched
}
WITH e, by, score, matched ORDER BY score DESC
WITH e, collect({by: by, score: score, matched: matched})[0] AS best
WITH e, best, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions
ORDER BY best.score DESC, mentions DESC, size(e.name) ASC, e.id ASC
LIMIT $limit
RETURN ${entityProjection("e")} AS entity, best.by AS matchedBy, best.score AS score, best.matched AS matched, mentions`,
    params: {
      text,
      lower: text.toLowerCase(),
      phrase: lucenePhrase(text),
      tokens,
      types: types === null ? null : [...types],
      limit: int(limit),
    },
  };
}

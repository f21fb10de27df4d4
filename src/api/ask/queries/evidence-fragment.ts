/** Cypher fragments shared by the ask queries: evidence lists read into maps, and the row every query returns. */
import { RELATION_TYPES, type RelationType } from "../../../graph/contract.ts";

/** The parallel evidence lists of `x` (a relationship, IndicatorValue or Milestone) as a list of maps. */
export function evidenceOf(x: string): string {
  return `[i IN range(0, size(coalesce(${x}.evidenceQuotes, [])) - 1) | {quote: ${x}.evidenceQuotes[i], documentId: ${x}.evidenceDocumentIds[i], documentTitle: ${x}.evidenceDocumentTitles[i], publishedAt: ${x}.evidencePublishedAts[i], sentenceId: ${x}.evidenceSentenceIds[i], rule: ${x}.evidenceRules[i]}]`;
}

/** A sentence `s` of document `d` as one evidence map; `rule` says why it is shown (e.g. 'co-mention'). */
export function sentenceEvidence(s: string, d: string, rule: string): string {
  return `{quote: ${s}.text, documentId: ${d}.id, documentTitle: ${d}.title, publishedAt: ${d}.publishedAt, sentenceId: ${s}.id, rule: '${rule}'}`;
}

/**
 * Relationship types joined for a pattern (`SERVES|LOCATED_IN`). Types cannot be parameters, so they are
 * checked against the graph contract's closed list before they reach the query text.
 */
export function relTypes(types: readonly RelationType[]): string {
  for (const type of types) if (!RELATION_TYPES.includes(type)) throw new Error(`invariant: unknown relationship type ${type}`);
  return types.join("|");
}

/**
 * True when `$years` is empty or `r` speaks of one of them: its own year when it has one, else the year of a
 * document that states it (a report published in 2023 telling what was done "this year").
 */
export function inYears(r: string): string {
  return `(size($years) = 0 OR ${r}.year IN $years OR (${r}.year IS NULL AND any(p IN coalesce(${r}.evidencePublishedAts, []) WHERE toIntegerOrNull(left(p, 4)) IN $years)))`;
}

/** Every entity-to-entity relationship type of the contract. */
export const ALL_RELATIONS = relTypes(RELATION_TYPES);

/** Types a sub-area can have: places inside places. */
export const SUB_AREA_TYPES = ["Area", "Strategy", "Platform"] as const;

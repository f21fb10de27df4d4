/** Cypher fragments shared by the ask queries: evidence lists read into maps, and the row every query returns. */
import { RELATION_TYPES, type RelationType } from "../../../graph/contract.ts";

/** The parallel evidence lists of `x` (a relationship, IndicatorValue or Milestone) as a list of maps. */
export function evidenceOf(x: string): string {
  return `[i IN range(0, size(coalesce(${x}.evidenceQuotes, [])) - 1) | {quote: ${x}.evidenceQuotes[i], documentId: ${x}.evidenceDocumentIds[i], documentTitle: ${x}.evidenceDocumentTitles[i], publishedAt: ${x}.evidencePublishedAts[i]}]`;
}

/** A sentence `s` of document `d` as one evidence map. */
export function sentenceEvidence(s: string, d: string): string {
  return `{quote: ${s}.text, documentId: ${d}.id, documentTitle: ${d}.title, publishedAt: ${d}.publishedAt}`;
}

/**
 * Relationship types joined for a pattern (`SERVES|LOCATED_IN`). Types cannot be parameters, so they are
 * checked against the graph contract's closed list before they reach the query text.
 */
export function relTypes(types: readonly RelationType[]): string {
  for (const type of types) if (!RELATION_TYPES.includes(type)) throw new Error(`invariant: unknown relationship type ${type}`);
  return types.join("|");
}

/** Every entity-to-entity relationship type of the contract. */
export const ALL_RELATIONS = relTypes(RELATION_TYPES);

/** Types a sub-area can have: places inside places. */
export const SUB_AREA_TYPES = ["Area", "Strategy", "Platform"] as const;

/** The parallel evidence lists stored on a relationship or node, zipped into records in a stable order. */
import type { ExportEvidence } from "./graph-export.ts";

/** The six evidence lists as read from Neo4j (any may be missing on old data). */
export interface EvidenceLists {
  readonly evidenceDocumentIds?: readonly string[] | null;
  readonly evidenceDocumentTitles?: readonly string[] | null;
  readonly evidencePublishedAts?: readonly string[] | null;
  readonly evidenceSentenceIds?: readonly string[] | null;
  readonly evidenceQuotes?: readonly string[] | null;
  readonly evidenceRules?: readonly string[] | null;
}

/**
 * One record per element, sorted by date, document and sentence number: the stored order depends on the order
 * documents were ingested in, and an export should not.
 */
export function zipEvidence(lists: EvidenceLists): ExportEvidence[] {
  const ids = lists.evidenceDocumentIds ?? [];
  const records = ids.map((documentId, i) => ({
    documentId,
    documentTitle: lists.evidenceDocumentTitles?.[i] ?? "",
    publishedAt: lists.evidencePublishedAts?.[i] ?? "",
    sentenceId: lists.evidenceSentenceIds?.[i] ?? "",
    quote: lists.evidenceQuotes?.[i] ?? "",
    rule: lists.evidenceRules?.[i] ?? "",
  }));
  return records.sort(compareEvidence);
}

function compareEvidence(a: ExportEvidence, b: ExportEvidence): number {
  return (
    compareText(a.publishedAt, b.publishedAt) ||
    compareText(a.documentId, b.documentId) ||
    sentenceIndex(a.sentenceId) - sentenceIndex(b.sentenceId) ||
    compareText(a.sentenceId, b.sentenceId) ||
    compareText(a.rule, b.rule) ||
    compareText(a.quote, b.quote)
  );
}

function sentenceIndex(sentenceId: string): number {
  const n = Number(sentenceId.slice(sentenceId.lastIndexOf("#") + 1));
  return Number.isFinite(n) ? n : 0;
}

/** Code-point order: the same on every machine, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts records by their `id`, in code-point order. */
export function byId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareText(a.id, b.id));
}

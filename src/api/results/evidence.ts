/** Evidence as the API shows it, rebuilt from the parallel evidence lists stored on relationships and value nodes. */

/** One sentence that states a fact, with its document. */
export interface Evidence {
  readonly quote: string;
  readonly documentId: string;
  readonly documentTitle: string;
  /** null when the document's date is unknown (stored as ""). */
  readonly publishedAt: string | null;
  readonly sentenceId: string;
  readonly rule: string;
}

/** The evidence lists as stored (see docs/graph-model.md); a missing list reads as empty. */
export interface EvidenceLists {
  readonly evidenceQuotes?: readonly string[] | null;
  readonly evidenceDocumentIds?: readonly string[] | null;
  readonly evidenceDocumentTitles?: readonly string[] | null;
  readonly evidencePublishedAts?: readonly string[] | null;
  readonly evidenceSentenceIds?: readonly string[] | null;
  readonly evidenceRules?: readonly string[] | null;
}

/** Cypher map projection of the evidence lists of `x` (a relationship or node variable). */
export function evidenceListsProjection(x: string): string {
  return `evidenceQuotes: ${x}.evidenceQuotes, evidenceDocumentIds: ${x}.evidenceDocumentIds, evidenceDocumentTitles: ${x}.evidenceDocumentTitles, evidencePublishedAts: ${x}.evidencePublishedAts, evidenceSentenceIds: ${x}.evidenceSentenceIds, evidenceRules: ${x}.evidenceRules`;
}

/** Zips the parallel lists into one Evidence per sentence. */
export function toEvidence(lists: EvidenceLists): Evidence[] {
  const quotes = lists.evidenceQuotes ?? [];
  return quotes.map((quote, i) => {
    const publishedAt = lists.evidencePublishedAts?.[i] ?? "";
    return {
      quote,
      documentId: lists.evidenceDocumentIds?.[i] ?? "",
      documentTitle: lists.evidenceDocumentTitles?.[i] ?? "",
      publishedAt: publishedAt === "" ? null : publishedAt,
      sentenceId: lists.evidenceSentenceIds?.[i] ?? "",
      rule: lists.evidenceRules?.[i] ?? "",
    };
  });
}

/** The earliest publication date among the evidence (ISO strings sort by date), or null. */
export function earliestPublished(evidence: readonly Evidence[]): string | null {
  const dates = evidence.map((e) => e.publishedAt).filter((d): d is string => d !== null);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b < a ? b : a));
}

/** The latest publication date among the evidence, or null. */
export function latestPublished(evidence: readonly Evidence[]): string | null {
  const dates = evidence.map((e) => e.publishedAt).filter((d): d is string => d !== null);
  return dates.length === 0 ? null : dates.reduce((a, b) => (b > a ? b : a));
}

/**
 * When a document was written and which year its unmarked sentences speak of. A work report is delivered
 * in January–March: it reviews the previous year ("过去一年") and plans the current one ("今年"). A review
 * article published at the start of a year does the same. A mid-year article speaks of the year so far.
 */
import type { DocumentKind } from "../../../src/graph/contract.ts";

/** The publication date as far as it is known, and the kind of document. */
export interface DocumentTime {
  readonly year: number | null;
  readonly month: number | null;
  readonly kind: DocumentKind;
}

// Reports on the past year come out in its first quarter: the People's Congress sessions are held then.
const LAST_REVIEW_MONTH = 3;

/** Reads "2024", "2024-01" or "2024-01-10". */
export function documentTime(publishedAt: string | null, kind: DocumentKind): DocumentTime {
  const match = /^(\d{4})(?:-(\d{2}))?/u.exec(publishedAt ?? "");
  const year = match?.[1] === undefined ? null : Number(match[1]);
  const month = match?.[2] === undefined ? null : Number(match[2]);
  return { year: year !== null && year > 1900 ? year : null, month: month !== null && month >= 1 && month <= 12 ? month : null, kind };
}

/**
 * True when the document looks back on the year before it was published: it came out in the first
 * quarter, or it is a work report whose month is unknown (work reports are delivered then).
 */
export function reviewsPreviousYear(doc: DocumentTime): boolean {
  if (doc.month !== null) return doc.month <= LAST_REVIEW_MONTH;
  return doc.kind === "government_work_report";
}

/** The year a document's results speak of when a sentence does not say: the reviewed year. */
export function reviewYear(doc: DocumentTime): number | null {
  if (doc.year === null) return null;
  return reviewsPreviousYear(doc) ? doc.year - 1 : doc.year;
}

/**
 * The last month a "so far this year" (今年以来) result can cover: the month before publication, for a
 * document published between April and November; null when the year so far is the whole year or unknown.
 */
export function monthsSoFar(doc: DocumentTime): number | null {
  if (doc.month === null || doc.month <= LAST_REVIEW_MONTH || doc.month === 12) return null;
  return doc.month - 1;
}

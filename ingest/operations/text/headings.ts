/** Tells which paragraphs of normalized text are headings, and what heading text they give. */
import { ENUMERATOR, endsClosed, isTitleLike } from "./chars.ts";

/** A numbered paragraph's first sentence is its heading when it is no longer than this. */
const MAX_LEAD_HEADING = 60;

/** How a paragraph acts as a heading: not at all, as a whole, or through its first sentence. */
export type HeadingRole = "none" | "whole" | "lead";

/** Decides the heading role of a (non-aside) paragraph. */
export function headingRole(paragraph: string, firstSentence: string): HeadingRole {
  const text = paragraph.trim();
  // "——2023年1月5日在…" is a dateline under a title, not a heading over what follows.
  if (/^[—－-]/.test(text)) return "none";
  if (isTitleLike(text)) return "whole";
  if (ENUMERATOR.test(text) && firstSentence.length <= MAX_LEAD_HEADING && firstSentence.length < text.length) return "lead";
  return "none";
}

/** The heading as shown to users: trimmed, without the full stop a numbered lead sentence ends with. */
export function headingText(text: string): string {
  let t = text.trim();
  while (t !== "" && endsClosed(t) && !/[”’」』）)》]$/.test(t)) t = t.slice(0, -1).trimEnd();
  return t;
}

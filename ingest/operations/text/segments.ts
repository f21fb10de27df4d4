/**
 * Finds sentence boundaries inside one paragraph: after 。！？；, keeping short quotations whole
 * and a short attribution ("…。”他表示。") with the quotation it follows.
 */
import { CLOSERS, QUOTE_PAIRS, SENTENCE_END } from "./chars.ts";

/** Quotations up to this long stay one piece even when they hold several sentences. */
export const MAX_WHOLE_QUOTE = 100;
// "…。”林萍萍表示。": a tail this short, without commas, belongs to the quotation before it.
const MAX_ATTRIBUTION = 12;

/** End offsets (exclusive, relative to `text`) of the sentences in a paragraph; the last is text.length. */
export function sentenceEnds(text: string): number[] {
  const closeOf = matchQuotes(text);
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const close = closeOf.get(i);
    if (close !== undefined && close - i <= MAX_WHOLE_QUOTE) {
      i = close + 1;
      if (SENTENCE_END.has(text.charAt(close - 1)) && !isAttribution(text, i)) ends.push(skipClosers(text, i));
      i = skipClosers(text, i);
      continue;
    }
    i++;
    if (SENTENCE_END.has(ch)) {
      while (i < text.length && (SENTENCE_END.has(text.charAt(i)) || CLOSERS.has(text.charAt(i)))) i++;
      ends.push(i);
    }
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return [...new Set(ends)];
}

/** Opening-quote offset → matching closing-quote offset; unmatched quotes (OCR drops them) are left out. */
function matchQuotes(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: Array<{ at: number; close: string }> = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    const close = QUOTE_PAIRS.get(ch);
    if (close !== undefined) {
      stack.push({ at: i, close });
      continue;
    }
    const k = stack.map((s) => s.close).lastIndexOf(ch);
    if (k < 0) continue;
    const open = stack[k];
    if (open !== undefined) pairs.set(open.at, i);
    stack.length = k;
  }
  return pairs;
}

function skipClosers(text: string, i: number): number {
  let j = i;
  while (j < text.length && CLOSERS.has(text.charAt(j))) j++;
  return j;
}

function isAttribution(text: string, from: number): boolean {
  let j = from;
  while (j < text.length && !SENTENCE_END.has(text.charAt(j))) {
    if (j - from >= MAX_ATTRIBUTION || /[，,“‘「『]/.test(text.charAt(j))) return false;
    j++;
  }
  return j < text.length && j > from;
}

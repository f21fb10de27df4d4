/**
 * A short curated alias can hide inside an ordinary word: "市中" in 市中心 (city centre) or 城市中 (in
 * the city). When a dictionary word of the segmenter runs across either edge of the match, the match is
 * a piece of that word, not a name. Unknown-word tokens (tag x) are not trusted for this: jieba guesses them.
 */
import type { Token } from "./segmenter.ts";

/** Aliases this short are checked; longer ones are specific enough on their own. */
export const SHORT_ALIAS = 2;

/** True when a known multi-character word starts before the span and ends inside it, or the reverse. */
export function splitsWord(span: { readonly start: number; readonly end: number }, tokens: readonly Token[]): boolean {
  return tokens.some(
    (t) =>
      t.tag !== "x" &&
      t.end - t.start > 1 &&
      ((t.start < span.start && span.start < t.end) || (t.start < span.end && span.end < t.end)),
  );
}

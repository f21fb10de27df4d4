/**
 * Choosing among overlapping proposals. A name is read once: the longest reading wins, the lexicon wins
 * over a pattern that only covers part of it, and a pattern wins over a lexicon name it extends
 * (上新街项目 over 上新街, 山东大学国家大学科技园 over 山东大学).
 */
import type { MentionSource } from "../../model.ts";

interface Span {
  readonly start: number;
  readonly end: number;
}

interface Sourced extends Span {
  readonly source: MentionSource;
}

/** When two proposals cover the same span, the one from the more specific rule is kept. */
const SOURCE_RANK: Readonly<Record<MentionSource, number>> = { lexicon: 0, quoted: 1, pattern: 2, segmenter: 3 };

/** True when the spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Longest first, then leftmost, then by rule; keeps each span that overlaps none kept before. */
export function selectLongest<T extends Span>(spans: readonly T[], rank: (span: T) => number = () => 0): T[] {
  const ordered = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || rank(a) - rank(b));
  const kept: T[] = [];
  for (const span of ordered) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The top layer of names: lexicon mentions (already non-overlapping) merged with pattern proposals. A
 * proposal inside or across a lexicon mention is dropped; one that strictly contains lexicon mentions
 * takes their place (they may come back as nested mentions, see nested-mentions.ts).
 */
export function combineMentions<L extends Span, P extends Sourced>(lexicon: readonly L[], proposals: readonly P[]): (L | P)[] {
  const admissible = proposals.filter((p) => !lexicon.some((l) => overlaps(l, p) && !(within(l, p) && p.end - p.start > l.end - l.start)));
  const chosen = selectLongest(admissible, (p) => SOURCE_RANK[p.source]);
  const survivors = lexicon.filter((l) => !chosen.some((p) => overlaps(l, p)));
  return [...survivors, ...chosen].sort((a, b) => a.start - b.start || a.end - b.end);
}

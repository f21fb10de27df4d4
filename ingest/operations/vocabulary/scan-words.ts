/**
 * Longest-match scanning for trigger words and cues. Words inside a mention do not count:
 * "集聚" in "山东能源互联网产业集聚区" is part of a name, not a verb.
 */
import type { TextSpan } from "../../model.ts";

/** One occurrence of a lexicon word, with what the lexicon says it signals. */
export interface WordHit<T> extends TextSpan {
  readonly word: string;
  readonly values: readonly T[];
}

const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

// Lexicons are compiled once per run and scanned once per sentence: index them once.
const indexes = new WeakMap<ReadonlyMap<string, unknown>, ReadonlyMap<string, readonly string[]>>();

/** Words by first character, longest first. */
function indexOf(lexicon: ReadonlyMap<string, unknown>): ReadonlyMap<string, readonly string[]> {
  const cached = indexes.get(lexicon);
  if (cached !== undefined) return cached;
  const byFirstChar = new Map<string, string[]>();
  for (const word of lexicon.keys()) {
    const first = word.charAt(0);
    const list = byFirstChar.get(first) ?? [];
    list.push(word);
    byFirstChar.set(first, list);
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.length - a.length);
  indexes.set(lexicon, byFirstChar);
  return byFirstChar;
}

/** Scans left to right, longest word first, hits not overlapping each other nor any `blocked` span. */
export function scanWords<T>(text: string, lexicon: ReadonlyMap<string, readonly T[]>, blocked: readonly TextSpan[] = []): WordHit<T>[] {
  const byFirstChar = indexOf(lexicon);

  const hits: WordHit<T>[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = byFirstChar.get(text.charAt(i)) ?? [];
    const word = candidates.find((w) => text.startsWith(w, i) && !blocked.some((b) => overlaps(b, { start: i, end: i + w.length })));
    const values = word === undefined ? undefined : lexicon.get(word);
    if (word !== undefined && values !== undefined) {
      hits.push({ start: i, end: i + word.length, word, values });
      i += word.length;
    } else {
      i += 1;
    }
  }
  return hits;
}

// "尚未开工", "没有落地": the trigger is denied. Plain 不 is left out: "不断引进" is not a negation.
const NEGATION = /(?:未|没有|没|无法|不再)$/u;

/** True when the word at `start` is directly negated (未/没有/没/无法/不再 right before it). */
export function isNegated(text: string, start: number): boolean {
  return NEGATION.test(text.slice(Math.max(0, start - 2), start));
}

/**
 * Finds the words of a cue list in a (folded, masked) question.
 *
 * A question is read against every cue list several times (parsing, intent, unexplained words: a few thousand
 * phrase look-ups per question), almost all of which find nothing. So a look-up that finds nothing allocates
 * nothing and costs little: each list's English phrases are split into words once (splitting them per look-up
 * was most of the memory an `ask` request allocated, and its garbage collection a fifth of the API's CPU under
 * load), and a question without a Latin letter skips the phrases that need one.
 */
import type { Cues } from "./cue-lists.ts";
import { isWordChar } from "./fold-text.ts";
import { remember } from "./bounded-memo.ts";

/** One cue found. */
export interface CueHit {
  readonly cue: string;
  readonly start: number;
  readonly end: number;
}

/** Every occurrence of the list's words; a hit inside a longer hit of the same list is dropped. */
export function findCues(text: string, cues: Cues): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of cues.zh) {
    for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) hits.push({ cue, start: at, end: at + cue.length });
  }
  for (const phrase of englishPhrases(cues, text)) collectWords(text, phrase, hits);
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

/**
 * True when any word of the list occurs. (Any occurrence is enough: `findCues` drops a hit only for a longer
 * one that contains it, so its list is empty exactly when nothing occurs.)
 */
export function hasCue(text: string, cues: Cues): boolean {
  if (cues.zh.some((cue) => text.includes(cue))) return true;
  return englishPhrases(cues, text).some((phrase) => firstOccurrence(text, phrase.words, 0).end >= 0);
}

/** Occurrences of an English word or phrase at word boundaries; spaces match any run of spaces. */
export function findWords(text: string, phrase: string): CueHit[] {
  return collectWords(text, { phrase, words: splitWords(phrase) }, []);
}

/** True when `findWords(text, phrase)` finds something; allocates nothing. */
export function hasWords(text: string, phrase: string): boolean {
  return firstOccurrence(text, splitWords(phrase), 0).end >= 0;
}

/** An English phrase and its words. */
interface Phrase {
  readonly phrase: string;
  readonly words: readonly string[];
}

/** A list's English phrases, split, in the list's order. */
interface EnglishPhrases {
  readonly all: readonly Phrase[];
  /** Those whose first word holds no letter a–z (the only ones a text without one may hold). */
  readonly withoutLatin: readonly Phrase[];
}

/** Per cue list (the lists are module constants, so this is filled once). */
const compiled = new WeakMap<Cues, EnglishPhrases>();

/** The English phrases of `cues` that can occur in `text`. */
function englishPhrases(cues: Cues, text: string): readonly Phrase[] {
  let phrases = compiled.get(cues);
  if (phrases === undefined) {
    const all = cues.en.map((phrase) => ({ phrase, words: splitWords(phrase) }));
    phrases = { all, withoutLatin: all.filter((p) => !/[a-z]/.test(p.words[0] ?? "")) };
    compiled.set(cues, phrases);
  }
  return /[a-z]/.test(text) ? phrases.all : phrases.withoutLatin;
}

/** Appends the occurrences of `phrase` (see findWords) to `hits`. */
function collectWords(text: string, phrase: Phrase, hits: CueHit[]): CueHit[] {
  for (let found = firstOccurrence(text, phrase.words, 0); found.end >= 0; found = firstOccurrence(text, phrase.words, found.start + 1)) {
    hits.push({ cue: phrase.phrase, start: found.start, end: found.end });
  }
  return hits;
}

/** Where nothing was found (shared: a miss allocates nothing). */
const MISS = { start: -1, end: -1 } as const;

/** The first occurrence of `words` (a phrase split) at or after `from`, or MISS. */
function firstOccurrence(text: string, words: readonly string[], from: number): { readonly start: number; readonly end: number } {
  const first = words[0];
  if (first === undefined) return MISS;
  for (let at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
    if (isWordChar(text.charAt(at - 1) || undefined)) continue;
    const end = wordsEnd(text, words, at + first.length);
    if (end >= 0 && !isWordChar(text.charAt(end) || undefined)) return { start: at, end };
  }
  return MISS;
}

/** Where the words after the first end, each after a run of spaces from `end`; -1 when one does not follow. */
function wordsEnd(text: string, words: readonly string[], end: number): number {
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    let next = end;
    while (text.charAt(next) === " ") next++;
    if (next === end || !text.startsWith(word, next)) return -1;
    end = next + word.length;
  }
  return end;
}

/** Phrases split into words, kept (findWords is also called with the same few phrases again and again); bounded. */
const wordsOf = new Map<string, readonly string[]>();

function splitWords(phrase: string): readonly string[] {
  const known = wordsOf.get(phrase);
  if (known !== undefined) return known;
  return remember(wordsOf, phrase, phrase.split(/\s+/).filter(Boolean));
}

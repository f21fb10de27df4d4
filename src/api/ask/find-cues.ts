/** Finds the words of a cue list in a (folded, masked) question. */
import type { Cues } from "./cue-lists.ts";
import { isWordChar } from "./fold-text.ts";

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
  for (const cue of cues.en) hits.push(...findWords(text, cue));
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

/** True when any word of the list occurs. */
export function hasCue(text: string, cues: Cues): boolean {
  return findCues(text, cues).length > 0;
}

/** Occurrences of an English word or phrase at word boundaries; spaces match any run of spaces. */
export function findWords(text: string, phrase: string): CueHit[] {
  const hits: CueHit[] = [];
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0) return hits;
  const first = words[0] ?? "";
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (isWordChar(text.charAt(at - 1) || undefined)) continue;
    let end = at + first.length;
    let ok = true;
    for (const word of words.slice(1)) {
      let next = end;
      while (text.charAt(next) === " ") next++;
      if (next === end || !text.startsWith(word, next)) {
        ok = false;
        break;
      }
      end = next + word.length;
    }
    if (ok && !isWordChar(text.charAt(end) || undefined)) hits.push({ cue: phrase, start: at, end });
  }
  return hits;
}

/**
 * Finds the names of a question: entities and metrics by their longest exact surface, then unambiguous
 * parts of Chinese names ("活力区" → 济南中央活力区) and of English names in what is left.
 */
import { FILLER_WORDS, QUESTION_CUES } from "./cue-lists.ts";
import { hasWords } from "./find-cues.ts";
import { isHan, isLatinWord, isWordChar } from "./fold-text.ts";
import type { IndexedEntity, NameIndex, SurfaceEntry } from "./name-index.ts";

/** An entity name found in the question. */
export interface EntitySpot {
  readonly kind: "entity";
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** The entities this surface can mean, best first (usually one). */
  readonly candidates: readonly SurfaceEntry[];
  readonly match: "exact" | "partial";
}

/** A metric name found in the question. */
export interface MetricSpot {
  readonly kind: "metric";
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly metric: string;
}

/** Either kind of name. */
export type NameSpot = EntitySpot | MetricSpot;

/** The character that replaces recognised spans, so later cue searches never look inside a name. */
export const MASK = "\u25a1";

/** Longest exact surfaces, left to right, never overlapping; on equal spans a metric wins over an entity. */
export function spotExactNames(folded: string, index: NameIndex): NameSpot[] {
  const found: NameSpot[] = [];
  for (let start = 0; start < folded.length; start++) {
    // Most characters of a question start no surface at all, and the others only a few lengths of one.
    for (const length of index.lengthsFrom.get(folded.charAt(start)) ?? []) {
      if (length < 2 || start + length > folded.length) continue;
      const surface = folded.slice(start, start + length);
      const metric = index.metricSurfaces.get(surface);
      const candidates = index.surfaces.get(surface);
      if (metric === undefined && (candidates === undefined || candidates.length === 0)) continue;
      const end = start + length;
      if (isLatinWord(surface) && (isWordChar(folded.charAt(start - 1) || undefined) || isWordChar(folded.charAt(end) || undefined))) continue;
      if (metric !== undefined) found.push({ kind: "metric", start, end, surface, metric });
      if (candidates && candidates.length > 0) found.push({ kind: "entity", start, end, surface, candidates, match: "exact" });
    }
  }
  return pickNonOverlapping(found);
}

/**
 * Unambiguous parts of names in the spans not yet explained: three or more ideographs of `hanText` (where
 * function words are blanked out, so "服务于" never joins a name), or two or more English words of `latinText`
 * (where they are not: "Future Network Research Institute" may end in a type word).
 */
export function spotPartialNames(hanText: string, latinText: string, index: NameIndex): EntitySpot[] {
  const spots: EntitySpot[] = [];
  for (const run of hanRuns(hanText)) spots.push(...partialInRun(hanText, run.start, run.end, index));
  spots.push(...partialEnglish(latinText, index));
  return spots;
}

/** Blanks out spans with MASK, keeping the length. */
export function maskSpans(text: string, spans: readonly { readonly start: number; readonly end: number }[]): string {
  const chars = [...text.split("")];
  for (const span of spans) for (let i = span.start; i < span.end; i++) chars[i] = MASK;
  return chars.join("");
}

function pickNonOverlapping(found: NameSpot[]): NameSpot[] {
  const ordered = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.kind === "metric" ? -1 : 1) - (b.kind === "metric" ? -1 : 1),
  );
  const taken: NameSpot[] = [];
  for (const spot of ordered) {
    if (taken.some((t) => t.start < spot.end && spot.start < t.end)) continue;
    taken.push(spot);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function hanRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const han = i < text.length && isHan(text.charAt(i));
    if (han && start < 0) start = i;
    if (!han && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

function partialInRun(text: string, runStart: number, runEnd: number, index: NameIndex): EntitySpot[] {
  for (let length = runEnd - runStart; length >= 3; length--) {
    for (let start = runStart; start + length <= runEnd; start++) {
      const piece = text.slice(start, start + length);
      const entity = uniqueContaining(piece, index);
      if (!entity) continue;
      const spot: EntitySpot = { kind: "entity", start, end: start + length, surface: piece, candidates: [{ entity, kind: "name" }], match: "partial" };
      // The rest of the run, on both sides, may hold another name.
      return [...partialInRun(text, runStart, start, index), spot, ...partialInRun(text, start + length, runEnd, index)];
    }
  }
  return [];
}

// The one entity whose Chinese name (or curated alias) contains `piece`; null when none or several do.
function uniqueContaining(piece: string, index: NameIndex): IndexedEntity | null {
  let found: IndexedEntity | null = null;
  for (const { folded, entity } of index.partials) {
    if (!folded.includes(piece)) continue;
    if (found && found.id !== entity.id) return null;
    found = entity;
  }
  return found;
}

/** Per index: its surfaces with a Latin letter, which every English phrase of a question is looked for in. */
const latinSurfaces = new WeakMap<NameIndex, readonly (readonly [string, readonly SurfaceEntry[]])[]>();

function englishSurfaces(index: NameIndex): readonly (readonly [string, readonly SurfaceEntry[]])[] {
  let list = latinSurfaces.get(index);
  if (list === undefined) {
    list = [...index.surfaces].filter(([surface]) => isLatinWord(surface));
    latinSurfaces.set(index, list);
  }
  return list;
}

// English: the longest run of at least two content words that sits inside exactly one entity's English names.
const EN_FILLER: ReadonlySet<string> = new Set([...FILLER_WORDS.en, ...QUESTION_CUES.en]);

function partialEnglish(masked: string, index: NameIndex): EntitySpot[] {
  const words = [...masked.matchAll(/[a-z][a-z0-9'&.-]*/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const spots: EntitySpot[] = [];
  let i = 0;
  while (i < words.length) {
    let hit: { spot: EntitySpot; next: number } | null = null;
    for (let j = words.length; j >= i + 2 && !hit; j--) {
      const slice = words.slice(i, j);
      const content = slice.filter((w) => !EN_FILLER.has(w.word));
      const first = slice[0];
      const last = slice[slice.length - 1];
      if (content.length < 2 || !first || !last || EN_FILLER.has(first.word) || EN_FILLER.has(last.word)) continue;
      const phrase = masked.slice(first.start, last.end);
      if (phrase.includes("\u25a1")) continue;
      const entity = uniqueEnglish(phrase, index);
      if (entity) hit = { spot: { kind: "entity", start: first.start, end: last.end, surface: phrase, candidates: [{ entity, kind: "en" }], match: "partial" }, next: j };
    }
    if (hit) {
      spots.push(hit.spot);
      i = hit.next;
    } else i++;
  }
  return spots;
}

function uniqueEnglish(phrase: string, index: NameIndex): IndexedEntity | null {
  let found: IndexedEntity | null = null;
  for (const [surface, entries] of englishSurfaces(index)) {
    if (surface.length <= phrase.length || !hasWords(surface, phrase)) continue;
    for (const entry of entries) {
      if (entry.kind === "seen") continue;
      if (found && found.id !== entry.entity.id) return null;
      found = entry.entity;
    }
  }
  return found;
}

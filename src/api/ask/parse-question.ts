/**
 * Reads a question into its parts: the names it mentions (entities, metrics), the years, the type words
 * that filter the answer, and any place outside the corpus. Pure: the index is passed in.
 */
import type { EntityType } from "../../graph/contract.ts";
import { ALL_CUES, type Cues } from "./cue-lists.ts";
import { findCues, findWords, type CueHit } from "./find-cues.ts";
import { foldText } from "./fold-text.ts";
import type { NameIndex } from "./name-index.ts";
import { maskSpans, spotExactNames, spotPartialNames, type EntitySpot, type MetricSpot } from "./spot-names.ts";
import { EN_TYPE_WORDS, ZH_TYPE_WORDS } from "./type-words.ts";
import { pinyinOf } from "./evidence/glossary.ts";
import { jieba } from "../../chinese/jieba.ts";
import { spellings } from "./evidence/read-question.ts";
import { remember } from "./bounded-memo.ts";

/** A year named in the question. */
export interface YearSpot {
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

/** A type word of the question and the types it means. */
export interface TypeSpot {
  readonly word: string;
  readonly types: readonly EntityType[];
  readonly start: number;
  readonly end: number;
}

/** A question taken apart. */
export interface ParsedQuestion {
  /** The question as asked, trimmed. */
  readonly question: string;
  readonly folded: string;
  /** `folded` with names and years blanked out: what cue lists are searched in. */
  readonly masked: string;
  readonly entities: readonly EntitySpot[];
  readonly metrics: readonly MetricSpot[];
  readonly years: readonly YearSpot[];
  readonly types: readonly TypeSpot[];
  /**
   * Places the question names that no entity of the graph matched ("拉萨", "Lhasa"): candidates for a place
   * outside the documents. Whether the documents are about one is the graph's to say (see `placesOutside`).
   */
  readonly foreign: readonly string[];
}

const FUNCTION_WORDS: readonly Cues[] = [...ALL_CUES, { zh: ZH_TYPE_WORDS.map((t) => t.word), en: EN_TYPE_WORDS.map((t) => t.word) }];

/** Takes a question apart against the name index. */
export function parseQuestion(question: string, index: NameIndex): ParsedQuestion {
  const trimmed = question.trim();
  const folded = foldText(trimmed);
  const exact = spotExactNames(folded, index);
  const years = findYears(maskSpans(folded, exact));
  const named = maskSpans(folded, [...exact, ...years]);
  // Partial names are looked for only where no function word stands, so "服务于" never becomes part of a name.
  const functionHits = FUNCTION_WORDS.flatMap((cues) => findCues(named, cues));
  const partial = spotPartialNames(maskSpans(named, functionHits), named, index);
  const masked = maskSpans(named, partial);
  const entities = [...exact.filter((s): s is EntitySpot => s.kind === "entity"), ...partial].sort((a, b) => a.start - b.start);
  return {
    question: trimmed,
    folded,
    masked,
    entities,
    metrics: exact.filter((s): s is MetricSpot => s.kind === "metric"),
    years,
    types: findTypeWords(masked, entities),
    foreign: findPlaces(masked, trimmed),
  };
}

function findYears(text: string): YearSpot[] {
  return [...text.matchAll(/(?<![0-9])((?:19|20)\d{2})(?![0-9])/g)].map((m) => ({
    year: Number(m[1]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Chinese type words, longest first (a longer word wins the characters it shares with a shorter one). */
const ZH_TYPE_WORDS_LONGEST_FIRST = [...ZH_TYPE_WORDS].sort((a, b) => b.word.length - a.word.length);

// Type words, longest first; one glued to a name of its own type ("数字经济产业", "上新街项目") is part of that name.
function findTypeWords(masked: string, entities: readonly EntitySpot[]): TypeSpot[] {
  const hits: TypeSpot[] = [];
  const add = (hit: CueHit, types: readonly EntityType[]) => {
    const glued = entities.find((e) => e.end <= hit.start && masked.slice(e.end, hit.start).trim() === "");
    if (glued && glued.candidates.some((c) => types.includes(c.entity.type))) return;
    hits.push({ word: hit.cue, types, start: hit.start, end: hit.end });
  };
  for (const tw of ZH_TYPE_WORDS_LONGEST_FIRST) {
    for (let at = masked.indexOf(tw.word); at >= 0; at = masked.indexOf(tw.word, at + 1)) {
      const end = at + tw.word.length;
      if (hits.some((h) => h.start < end && at < h.end)) continue;
      add({ cue: tw.word, start: at, end }, tw.types);
    }
  }
  for (const tw of EN_TYPE_WORDS) for (const hit of findWords(masked, tw.word)) add(hit, tw.types);
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Place names in the question: Chinese words jieba reads as a place (拉萨, 伦敦), and capitalised English words
 * that transliterate one ("Lhasa" → 拉萨). Names the graph knows are already masked out.
 */
function findPlaces(masked: string, question: string): string[] {
  const found: string[] = [];
  for (const { word, tag } of jieba().tag(masked, true)) {
    if (tag === "ns" && word.length >= 2 && /^\p{Script=Han}+$/u.test(word)) found.push(word);
  }
  const capitalised = [...question.matchAll(/(?<![A-Za-z'])([A-Z][a-z]+)(?![A-Za-z-])/g)].filter((m) => m.index > 0).map((m) => (m[1] ?? "").toLowerCase());
  for (const word of new Set(capitalised)) {
    if (findWords(masked, word).length === 0) continue;
    if (placeForms(word).length > 0) found.push(word);
  }
  return [...new Set(found)];
}

const placeFormsMemo = new Map<string, string[]>();
/**
 * The Chinese place names an English word transliterates ("lhasa" → 拉萨): Han spellings of its pinyin that
 * jieba's dictionary holds as one place name ("center" spells no place).
 */
export function placeForms(word: string): string[] {
  const memo = placeFormsMemo.get(word);
  if (memo) return memo;
  const forms =
    word.length < 4 || word.length > 16 || !/^[a-z]+$/.test(word)
      ? []
      : spellings(word, 4).filter((c) => {
          const tags = jieba().tag(c, true);
          return tags.length === 1 && tags[0]?.tag === "ns";
        });
  return remember(placeFormsMemo, word, forms);
}

/** True when `word` (Han) reads as `latin` in toneless pinyin ("拉萨" ~ "lasa"): a transliterated name. */
export function readsAs(word: string, latin: string): boolean {
  let partial = [""];
  for (const ch of word) partial = partial.flatMap((p) => pinyinOf(ch).map((r) => p + r)).filter((p) => latin.startsWith(p));
  return partial.includes(latin);
}

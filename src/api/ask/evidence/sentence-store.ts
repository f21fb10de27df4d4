/**
 * Every sentence of the graph with its document and the entities mentioned in it, held in memory once per
 * database handle (the corpus is a few thousand sentences, 55 reports 28,000: 27 MB): the evidence answerer scores them all.
 */
import type { Db } from "../../../db/index.ts";
import { foldText } from "../fold-text.ts";
import { MEMO_LIMIT, remember } from "../bounded-memo.ts";
import { perDbCache } from "../per-db-cache.ts";

/** An entity named in a sentence, at offsets of the sentence text. */
export interface Mention {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** A stated indicator value whose evidence is a sentence. */
export interface StatedValue {
  readonly metric: string;
  readonly value: number;
  readonly unit: string | null;
  readonly year: number | null;
  readonly kind: string | null;
}

/** One sentence. */
export interface StoredSentence {
  readonly id: string;
  readonly text: string;
  /** `text` folded (same length): what terms are matched in. */
  readonly folded: string;
  readonly heading: string | null;
  /** The two sentences before it in its document (a list of targets is introduced by "主要预期目标是："). */
  readonly context: string;
  /** True when one of the eight sentences before it introduces targets (目标, 预期): a list of a year's goals. */
  readonly inTargets: boolean;
  readonly documentId: string;
  readonly documentTitle: string | null;
  readonly publishedAt: string | null;
  readonly mentions: readonly Mention[];
  readonly values: readonly StatedValue[];
}

/** The sentences and the document frequency of strings, memoised. */
export interface SentenceStore {
  readonly sentences: readonly StoredSentence[];
  /** Number of sentences that contain any of `alternatives`. */
  df(alternatives: readonly string[]): number;
  /** Indices (into `sentences`) of the sentences that hold `text` (folded), ascending. */
  matching(text: string): readonly number[];
  /** Per document: how many of its sentences hold one of `alternatives`. */
  docCounts(alternatives: readonly string[]): ReadonlyMap<string, number>;
  /** True when some sentence holds one of `alternatives` (stops at the first). */
  has(alternatives: readonly string[]): boolean;
}

/** The query that reads the sentences. */
export const SENTENCES_QUERY = {
  cypher: `MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document)
RETURN s.id AS id, s.text AS text, s.heading AS heading, d.id AS documentId, d.title AS documentTitle, d.publishedAt AS publishedAt,
       COLLECT { MATCH (e:Entity)-[m:MENTIONED_IN]->(s) RETURN {id: e.id, name: e.name, type: e.type, start: m.start, end: m.end} } AS mentions
ORDER BY d.publishedAt, d.id, s.index`,
} as const;

/** The stated values, by the sentences that state them. */
export const VALUES_QUERY = {
  cypher: `MATCH (v:IndicatorValue) UNWIND coalesce(v.evidenceSentenceIds, []) AS sentenceId
RETURN sentenceId, v.metric AS metric, v.value AS value, v.unit AS unit, v.year AS year, v.kind AS kind`,
} as const;

type Row = Omit<StoredSentence, "folded" | "context" | "inTargets">;

/** A store over sentences given as data (tests, and the loader below). */
export function buildSentenceStore(rows: readonly Row[]): SentenceStore {
  const sentences: StoredSentence[] = rows
    .filter((r) => typeof r.text === "string" && r.text.length > 0)
    .map((r, i, all) => ({
      ...r,
      text: r.text,
      folded: foldText(r.text),
      context: foldText(
        [all[i - 2], all[i - 1]]
          .filter((p) => p !== undefined && p.documentId === r.documentId)
          .map((p) => p?.text ?? "")
          .join(" "),
      ),
      inTargets: all.slice(Math.max(0, i - 8), i + 1).some((p) => p.documentId === r.documentId && /(预期)?目标(是|为)?[：:]/.test(p.text)),
      mentions: r.mentions ?? [],
      values: (r.values ?? []).filter((v) => typeof v.value === "number"),
    }));
  const memo = new Map<string, number>();
  const postings = bigramPostings(sentences);
  /** The sentences that may hold `text` (length ≥ 2): those of its rarest bigram (none when a bigram occurs nowhere). */
  const candidates = (text: string): Int32Array => {
    let rarest: Int32Array | undefined;
    for (let k = 0; k + 2 <= text.length; k++) {
      const list = postings.of(bigram(text, k));
      if (list.length === 0) return list;
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest ?? new Int32Array(0);
  };
  /** The first `most` sentences that hold `text` (folded, length ≥ 2), ascending. */
  const holders = (text: string, most: number): number[] => {
    const found: number[] = [];
    for (const i of candidates(text)) {
      if (!sentences[i]?.folded.includes(text)) continue;
      found.push(i);
      if (found.length >= most) break;
    }
    return found;
  };
  const matchMemo = new Map<string, readonly number[]>();
  let matched = 0;
  const matching = (raw: string): readonly number[] => {
    const text = foldText(raw);
    const known = matchMemo.get(text);
    if (known) return known;
    let found: number[] = [];
    if (text.length === 1) found = sentences.flatMap((s, i) => (s.folded.includes(text) ? [i] : []));
    else if (text.length >= 2) found = holders(text, Infinity);
    if (matchMemo.size >= MEMO_LIMIT || matched + found.length > MATCHED_LIMIT) {
      matchMemo.clear();
      matched = 0;
    }
    matched += found.length;
    matchMemo.set(text, found);
    return found;
  };
  /** True when some sentence holds `text` (folded). */
  const occurs = (text: string): boolean => {
    if (text.length === 0) return false;
    if (text.length === 1) return postings.hasUnit(text.charCodeAt(0));
    return holders(text, 1).length > 0;
  };
  const docMemo = new Map<string, Map<string, number>>();
  const store: SentenceStore = {
    sentences,
    matching,
    docCounts(alternatives) {
      const key = alternatives.join("\u0000");
      const known = docMemo.get(key);
      if (known) return known;
      const folded = alternatives.map((a) => foldText(a)).filter((a) => a.length > 0);
      const counts = new Map<string, number>();
      for (const s of sentences) {
        const inTitle = folded.some((a) => foldText(s.documentTitle ?? "").includes(a));
        if (inTitle && !counts.has(s.documentId)) counts.set(s.documentId, 3);
        if (folded.some((a) => s.folded.includes(a))) counts.set(s.documentId, (counts.get(s.documentId) ?? 0) + 1);
      }
      remember(docMemo, key, counts);
      return counts;
    },
    has(alternatives) {
      return alternatives.some((a) => occurs(foldText(a)));
    },
    df(alternatives) {
      const key = alternatives.join("\u0000");
      const known = memo.get(key);
      if (known !== undefined) return known;
      const union = new Set<number>();
      for (const a of alternatives) if (a.length > 0) for (const i of matching(a)) union.add(i);
      remember(memo, key, union.size);
      return union.size;
    },
  };
  return store;
}

/** Most sentence indices the match memo holds in all (8 MB): a common character alone can match most sentences. */
const MATCHED_LIMIT = 1_000_000;

/** Two UTF-16 code units as one 32-bit integer (negative for high units): a bigram's key, with no string made for it. */
function bigram(text: string, at: number): number {
  return (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
}

/**
 * Character bigram → the sentences holding it, ascending, in one flat array: a string is looked for only in the
 * sentences of its rarest bigram. Flat and keyed by number, the index of 28,000 sentences (55 reports) takes
 * about a tenth of what a map of strings to arrays took.
 */
function bigramPostings(sentences: readonly StoredSentence[]): { of(key: number): Int32Array; hasUnit(unit: number): boolean } {
  const slots = new Map<number, number>();
  const counts: number[] = [];
  const units = new Set<number>();
  const seen = new Set<number>();
  const eachBigram = (visit: (key: number, sentence: number) => void) => {
    for (const [i, s] of sentences.entries()) {
      seen.clear();
      for (let k = 0; k + 2 <= s.folded.length; k++) {
        const key = bigram(s.folded, k);
        if (seen.has(key)) continue;
        seen.add(key);
        visit(key, i);
      }
    }
  };
  eachBigram((key) => {
    const slot = slots.get(key);
    if (slot === undefined) {
      slots.set(key, counts.length);
      counts.push(1);
    } else counts[slot] = (counts[slot] ?? 0) + 1;
  });
  for (const s of sentences) for (let k = 0; k < s.folded.length; k++) units.add(s.folded.charCodeAt(k));
  const starts = new Int32Array(counts.length + 1);
  for (let slot = 0; slot < counts.length; slot++) starts[slot + 1] = (starts[slot] ?? 0) + (counts[slot] ?? 0);
  const data = new Int32Array(starts[counts.length] ?? 0);
  const filled = starts.slice(0, counts.length);
  eachBigram((key, sentence) => {
    const slot = slots.get(key) ?? 0;
    const at = filled[slot] ?? 0;
    data[at] = sentence;
    filled[slot] = at + 1;
  });
  const none = new Int32Array(0);
  return {
    of(key) {
      const slot = slots.get(key);
      return slot === undefined ? none : data.subarray(starts[slot], starts[slot + 1]);
    },
    hasUnit: (unit) => units.has(unit),
  };
}

const stores = perDbCache(readSentenceStore, (store) => store.sentences.length === 0);

/** The sentences of `db`, loaded on first use and kept until the graph version changes (per-db-cache.ts). */
export function loadSentenceStore(db: Db): Promise<SentenceStore> {
  return stores.get(db);
}

/** Drops the kept sentences of `db` (after an ingest changed the graph). */
export function forgetSentenceStore(db: Db): void {
  stores.forget(db);
}

async function readSentenceStore(db: Db): Promise<SentenceStore> {
  const [rows, values] = await Promise.all([db.rows<Omit<Row, "values">>(SENTENCES_QUERY, "READ"), db.rows<StatedValue & { sentenceId: string }>(VALUES_QUERY, "READ")]);
  const bySentence = new Map<string, StatedValue[]>();
  for (const { sentenceId, ...v } of values) bySentence.set(sentenceId, [...(bySentence.get(sentenceId) ?? []), v]);
  return buildSentenceStore(rows.map((r) => ({ ...r, values: bySentence.get(r.id) ?? [] })));
}

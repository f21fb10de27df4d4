/**
 * Every sentence of the graph with its document and the entities mentioned in it, held in memory once per
 * database handle (a corpus of reports is a few thousand sentences): the evidence answerer scores them all.
 */
import type { Db } from "../../../db/index.ts";
import { foldText } from "../fold-text.ts";

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
  /** True when some sentence holds one of `alternatives` (fast for strings of up to four characters). */
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
  // Character bigram → sentences holding it: a string is looked for only in the sentences of its rarest bigram.
  const postings = new Map<string, number[]>();
  for (const [i, s] of sentences.entries()) {
    const seen = new Set<string>();
    for (let k = 0; k + 2 <= s.folded.length; k++) {
      const g = s.folded.slice(k, k + 2);
      if (seen.has(g)) continue;
      seen.add(g);
      const list = postings.get(g);
      if (list) list.push(i);
      else postings.set(g, [i]);
    }
  }
  const matchMemo = new Map<string, readonly number[]>();
  const matching = (raw: string): readonly number[] => {
    const text = foldText(raw);
    const known = matchMemo.get(text);
    if (known) return known;
    let found: number[] = [];
    if (text.length === 1) found = sentences.flatMap((s, i) => (s.folded.includes(text) ? [i] : []));
    else if (text.length >= 2) {
      let rarest: number[] | undefined;
      for (let k = 0; k + 2 <= text.length; k++) {
        const list = postings.get(text.slice(k, k + 2));
        if (!list) {
          rarest = [];
          break;
        }
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      found = (rarest ?? []).filter((i) => sentences[i]?.folded.includes(text));
    }
    matchMemo.set(text, found);
    return found;
  };
  let grams: Set<string> | null = null;
  const gramSet = () => {
    if (grams) return grams;
    grams = new Set();
    for (const s of sentences) for (let i = 0; i < s.folded.length; i++) for (let n = 1; n <= 4 && i + n <= s.folded.length; n++) grams.add(s.folded.slice(i, i + n));
    return grams;
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
      docMemo.set(key, counts);
      return counts;
    },
    has(alternatives) {
      return alternatives.some((a) => (a.length <= 4 ? gramSet().has(foldText(a)) : store.df([a]) > 0));
    },
    df(alternatives) {
      const key = alternatives.join("\u0000");
      const known = memo.get(key);
      if (known !== undefined) return known;
      const union = new Set<number>();
      for (const a of alternatives) if (a.length > 0) for (const i of matching(a)) union.add(i);
      memo.set(key, union.size);
      return union.size;
    },
  };
  return store;
}

const cache = new WeakMap<Db, { at: number; store: Promise<SentenceStore> }>();
/** How long a loaded store is trusted before it is read again (an ingest may have changed the graph). */
const MAX_AGE_MS = 10 * 60_000;

/** The sentences of `db`, loaded on first use and again once a minute old. */
export function loadSentenceStore(db: Db): Promise<SentenceStore> {
  const cached = cache.get(db);
  if (cached && Date.now() - cached.at < MAX_AGE_MS) return cached.store;
  const store = Promise.all([db.rows<Omit<Row, "values">>(SENTENCES_QUERY, "READ"), db.rows<StatedValue & { sentenceId: string }>(VALUES_QUERY, "READ")]).then(([rows, values]) => {
    const bySentence = new Map<string, StatedValue[]>();
    for (const { sentenceId, ...v } of values) bySentence.set(sentenceId, [...(bySentence.get(sentenceId) ?? []), v]);
    return buildSentenceStore(rows.map((r) => ({ ...r, values: bySentence.get(r.id) ?? [] })));
  });
  store.catch(() => cache.delete(db));
  // While a fresh copy loads, the old one keeps answering.
  if (cached) {
    cache.set(db, { at: Date.now(), store: cached.store });
    void store.then(() => cache.set(db, { at: Date.now(), store }), () => undefined);
    return cached.store;
  }
  cache.set(db, { at: Date.now(), store });
  return store;
}

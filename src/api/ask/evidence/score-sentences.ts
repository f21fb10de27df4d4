/**
 * Scores sentences against a read question, BM25-style: each term weighs its inverse sentence frequency (names
 * more, places and type words less), a sentence earns the weight of every term it carries (a long term in part,
 * by its character bigrams), and long sentences are damped. Coverage is the share of the question's weight a
 * sentence carries: the answerer answers only from a sentence that covers enough.
 */
import type { Reading, Term, TermRole } from "./read-question.ts";
import type { SentenceStore, StoredSentence } from "./sentence-store.ts";

/** A term matched in a sentence. */
export interface TermHit {
  readonly term: Term;
  readonly weight: number;
  /** 1 for a full match, less for a partial one, 0 for none. */
  readonly match: number;
  /** Where in the sentence (folded offsets) it was found, when found whole. */
  readonly start: number;
  readonly end: number;
}

/** A sentence scored. */
export interface ScoredSentence {
  readonly sentence: StoredSentence;
  readonly score: number;
  /** Share of the question's weight carried, 0–1. */
  readonly coverage: number;
  readonly hits: readonly TermHit[];
  /** Names of the question (role `name`) the sentence does not carry. */
  readonly missingNames: readonly Term[];
}

const ROLE_FACTOR: Readonly<Record<TermRole, number>> = { name: 1.6, place: 0.8, constraint: 1, type: 0.6, year: 0.9 };

/** The weight of each term in this store. */
export function termWeights(reading: Reading, store: SentenceStore): Map<Term, number> {
  const n = Math.max(1, store.sentences.length);
  const weights = new Map<Term, number>();
  for (const term of reading.terms) {
    const df = store.df(term.alts);
    let idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // A word no sentence holds is a paraphrase more often than a missing fact, unless it is a name.
    if (df === 0 && term.role !== "name") idf = Math.log(1 + n / 20);
    weights.set(term, idf * ROLE_FACTOR[term.role]);
  }
  return weights;
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) out.push(text.slice(i, i + 2));
  return out;
}

/**
 * The documents about a place: those that name it often (a report about a district says 我区 more than its name,
 * so a document counts whole once it names the place a few times).
 */
export function placeDocuments(term: Term, store: SentenceStore): ReadonlySet<string> {
  const counts = store.docCounts(term.alts);
  const max = Math.max(0, ...counts.values());
  return new Set([...counts].filter(([, n]) => n >= Math.max(2, 0.25 * max)).map(([d]) => d));
}

/** How a sentence carries one term (`places`: the documents about each place term). */
export function matchTerm(term: Term, sentence: StoredSentence, places?: ReadonlyMap<Term, ReadonlySet<string>>): { match: number; start: number; end: number } {
  for (const alt of term.alts) {
    if (alt.length === 0) continue;
    const at = sentence.folded.indexOf(alt);
    if (at >= 0) return { match: 1, start: at, end: at + alt.length };
  }
  for (const alt of term.weak ?? []) {
    const at = alt.length > 0 ? sentence.folded.indexOf(alt) : -1;
    if (at >= 0) return { match: 0.6, start: at, end: at + alt.length };
  }
  // A goal of a list of targets ("主要预期目标是：…；城镇新增就业120万人以上；") is a target wherever it stands.
  if (term.alts.some((a) => /^(目标|预期|预期目标)$/.test(a)) && sentence.inTargets) return { match: 1, start: -1, end: -1 };
  if (term.role === "place") return { match: places?.get(term)?.has(sentence.documentId) ? 1 : 0, start: -1, end: -1 };
  // Words of the sentences just before ("主要预期目标是：" before a list of targets) count in part.
  if (term.role === "constraint" && term.alts.some((a) => a.length >= 2 && sentence.context.includes(a))) {
    return { match: term.alts.some((a) => /目标|预期/.test(a)) ? 1 : 0.5, start: -1, end: -1 };
  }
  if (term.role === "year") {
    const year = Number(term.text);
    const published = Number((sentence.publishedAt ?? "").slice(0, 4));
    if (published === year || published === year + 1) return { match: 0.5, start: -1, end: -1 };
    return { match: 0, start: -1, end: -1 };
  }
  // Partial: a long word whose bigrams the sentence mostly holds ("保障性住房" ~ "保障房").
  if (term.role === "constraint" || term.role === "type") {
    let best = 0;
    let at = -1;
    for (const alt of term.alts) {
      if (alt.length < 3 || !/\p{Script=Han}/u.test(alt)) continue;
      const grams = bigrams(alt);
      const found = grams.filter((g) => sentence.folded.includes(g));
      const share = found.length / grams.length;
      if (share > best) {
        best = share;
        // Where the longest run of its bigrams stands ("新开工" ~ "开工建设": at 开工), for the answer's position.
        at = found.length > 0 ? sentence.folded.indexOf(found[found.length - 1]!) : -1;
      }
    }
    if (best >= 0.5) return { match: best * 0.6, start: term.role === "constraint" ? at : -1, end: term.role === "constraint" && at >= 0 ? at + 2 : -1 };
  }
  return { match: 0, start: -1, end: -1 };
}

/** One sentence scored on its own words only (the sentence after a heading-like one, for its list). */
export function scoreOne(reading: Reading, store: SentenceStore, sentence: StoredSentence, like: ScoredSentence): ScoredSentence {
  const weights = termWeights(reading, store);
  const hits = reading.terms.map((term) => ({ term, weight: weights.get(term) ?? 0, ...matchTerm(term, sentence) }));
  return { sentence, score: like.score, coverage: like.coverage, hits, missingNames: [] };
}

/** Every sentence scored, best first (only those carrying something). */
export function scoreSentences(reading: Reading, store: SentenceStore, limit = 20): ScoredSentence[] {
  const weights = termWeights(reading, store);
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const avgLength = store.sentences.reduce((a, s) => a + s.text.length, 0) / Math.max(1, store.sentences.length);
  const scored: ScoredSentence[] = [];
  const places = new Map(reading.terms.filter((t) => t.role === "place").map((t) => [t, placeDocuments(t, store)] as const));
  // Only sentences holding some word of the question are scored.
  // A first, cheap pass on whole-word matches keeps the best few hundred for the full scoring.
  const quick = new Map<number, number>();
  for (const term of reading.terms) {
    if (term.role === "place" || term.role === "year") continue;
    const w = weights.get(term) ?? 0;
    const members = new Set<number>();
    for (const alt of [...term.alts, ...(term.weak ?? [])]) for (const i of store.matching(alt)) members.add(i);
    for (const i of members) quick.set(i, (quick.get(i) ?? 0) + w);
  }
  for (const [term, docs] of places) {
    const w = weights.get(term) ?? 0;
    for (const [i, q] of quick) if (docs.has(store.sentences[i]?.documentId ?? "")) quick.set(i, q + w);
  }
  const candidates = [...quick].sort((a, b) => b[1] - a[1]).slice(0, 150).map(([i]) => i);
  for (const i of candidates) {
    const sentence = store.sentences[i];
    if (!sentence) continue;
    const hits: TermHit[] = [];
    let carried = 0;
    for (const term of reading.terms) {
      const weight = weights.get(term) ?? 0;
      const m = matchTerm(term, sentence, places);
      hits.push({ term, weight, ...m });
      carried += weight * m.match;
    }
    if (carried === 0) continue;
    const coverage = carried / total;
    // Terms found close together make a better answer sentence than the same terms scattered.
    const found = hits.filter((h) => h.start >= 0).map((h) => h.start).sort((a, b) => a - b);
    // A long sentence (a year's figures in one run of clauses) is as long as the part that holds the question's words.
    const window = found.length >= 2 ? found[found.length - 1]! - found[0]! + 20 : sentence.text.length;
    const damp = 0.8 + 0.2 * (Math.min(sentence.text.length, Math.max(window, avgLength)) / avgLength);
    const spread = found.length >= 2 ? (found[found.length - 1]! - found[0]!) / Math.max(20, sentence.text.length) : 0;
    // Words next to each other in the question and in the sentence ("养老服务获评") are a phrase found whole.
    const inOrder = hits.filter((h) => h.start >= 0).sort((a, b) => a.term.at - b.term.at);
    let phrase = 0;
    for (let i = 0; i + 1 < inOrder.length; i++) {
      const a = inOrder[i]!;
      const b = inOrder[i + 1]!;
      if (b.start >= a.end && b.start - a.end <= 1) phrase += 0.3 * Math.min(a.weight, b.weight);
    }
    // Among equals, the newer report: a question with no year asks about the present.
    const recency = Number((sentence.publishedAt ?? "0").slice(0, 4)) / 1e5;
    const score = carried / damp + phrase - spread * 0.3 * (carried / Math.max(1, found.length)) + recency;
    // A name not in the sentence, or a place none of the documents is about, cannot be answered around.
    // A question about a place is answered from the documents about it.
    // The year asked about must be the sentence's (stated, or the year of its report or the one before).
    const missingNames = hits.filter((h) => (h.term.role === "name" || h.term.role === "place" || h.term.role === "year") && h.match === 0).map((h) => h.term);
    scored.push({ sentence, score, coverage, hits, missingNames });
  }
  scored.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  return scored.slice(0, limit);
}

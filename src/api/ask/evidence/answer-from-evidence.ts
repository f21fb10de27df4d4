/**
 * The evidence-first answerer: reads the question (answer type, anchors, constraint words), scores every sentence
 * of the graph, and takes the answer out of the best sentence that covers the question well enough. When none
 * does, it says the documents do not say, and shows the closest sentence as a hint. Multi-hop questions ("在X担任
 * 负责人的那位学者…") answer the inner clause first and ask the outer one about its answer.
 */
import type { Db } from "../../../db/index.ts";
import type { AskEvidence, AskItem, AskResult } from "../ask-result.ts";
import type { NameIndex } from "../name-index.ts";
import { parseQuestion } from "../parse-question.ts";
import { findEnumerations, numbersIn, pickCount, pickEnumeration, pickNumber, pickSingle, pickYear, type Span } from "./extract-answer.ts";
import { jieba } from "../../../chinese/jieba.ts";
import { readQuestion, type Reading } from "./read-question.ts";
import { scoreOne, scoreSentences, type ScoredSentence } from "./score-sentences.ts";
import { loadSentenceStore, type SentenceStore, type StoredSentence } from "./sentence-store.ts";
import { shownCypher } from "../shown-cypher.ts";

/** Least share of the question's weight the answering sentence must carry (English words map to Chinese loosely). */
export const MIN_COVERAGE = { zh: 0.55, en: 0.42 } as const;
/** How many of the best sentences are tried for an answer. */
const TRIED = 6;

/** The query shown (and run) for the evidence: the sentence, its document and the names mentioned in it. */
export const EVIDENCE_QUERY = `MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document) WHERE s.id IN $sentenceIds
RETURN s.id AS sentenceId, s.text AS quote, d.id AS documentId, d.title AS documentTitle, d.publishedAt AS publishedAt,
       COLLECT { MATCH (e:Entity)-[m:MENTIONED_IN]->(s) RETURN e.name + ' (' + e.type + ')' } AS mentioned`;

/** What the evidence answerer found, before it is shaped into an AskResult. */
interface Found {
  readonly items: AskItem[];
  readonly scored: ScoredSentence;
  readonly count: number | null;
  readonly answer: string;
}

/** Answers from the sentences; `index` is the name index of the graph (anchors). */
export async function answerFromEvidence(db: Db, question: string, index: NameIndex): Promise<AskResult> {
  const store = await loadSentenceStore(db);
  const outer = splitRelativeClause(question);
  let asked = question;
  let innerNote = "";
  if (outer) {
    const inner = await find(outer.inner, store, index);
    const name = inner.found?.items[0]?.name;
    if (inner.found && name) {
      asked = outer.outer(name);
      innerNote = `; first answered “${outer.inner}” → ${name}, then asked “${asked}”`;
    }
  }
  const { reading, found, ranked } = await find(asked, store, index);
  const interpretation = describe(reading) + innerNote;
  if (reading.refusal) return refused(question, interpretation, reading.refusal, null);
  if (!found) {
    const best = ranked[0];
    const missing = best ? best.hits.filter((h) => h.match === 0 && h.weight > 0).map((h) => h.term.text) : [];
    const reason =
      best === undefined
        ? "The documents in the graph do not say: no sentence carries the question's words."
        : `The documents in the graph do not say: the closest sentence carries ${(100 * best.coverage).toFixed(0)}% of the question${missing.length > 0 ? ` (not: ${missing.join(", ")})` : ""}, and no answer of the kind asked stands in it. Closest: “${best.sentence.text}” (${best.sentence.documentTitle ?? best.sentence.documentId}, ${best.sentence.publishedAt ?? "undated"})`;
    return refused(question, interpretation, reason, best?.sentence ?? null);
  }
  const sentenceIds = [found.scored.sentence.id];
  const paramsJson = JSON.stringify({ sentenceIds });
  const cypher = shownCypher(EVIDENCE_QUERY, paramsJson);
  const rows = await db.rows<{ sentenceId: string; quote: string; documentId: string; documentTitle: string | null; publishedAt: string | null }>(
    { cypher: EVIDENCE_QUERY, params: { sentenceIds } },
    "READ",
  );
  const row = rows[0];
  const evidence: AskEvidence = {
    quote: row?.quote ?? found.scored.sentence.text,
    documentId: row?.documentId ?? found.scored.sentence.documentId,
    documentTitle: row?.documentTitle ?? found.scored.sentence.documentTitle,
    publishedAt: row?.publishedAt || found.scored.sentence.publishedAt || null,
    sentenceId: found.scored.sentence.id,
    rule: `evidence:${reading.answer}`,
  };
  return {
    question,
    answered: true,
    interpretation: `${interpretation}; answered from sentence ${found.scored.sentence.id} (covers ${(100 * found.scored.coverage).toFixed(0)}%)`,
    cypher,
    params: paramsJson,
    reason: null,
    items: found.items.map((i) => ({ ...i, evidence: [evidence] })),
    intent: "evidence",
    count: found.count,
    answer: found.answer,
    entities: [],
  };
}

async function find(question: string, store: SentenceStore, index: NameIndex): Promise<{ reading: Reading; found: Found | null; ranked: ScoredSentence[] }> {
  const parsed = parseQuestion(question, index);
  const reading = readQuestion(question, parsed, (alts) => store.has(alts), (alts) => store.df(alts));
  if (reading.refusal || reading.terms.length === 0) return { reading, found: null, ranked: [] };
  // A number is asked for: only sentences that state one can answer, so the others do not crowd the few tried.
  const numeric = reading.answer === "number" || reading.answer === "count";
  const ranked = scoreSentences(reading, store, numeric ? 60 : 20).filter((s) => !numeric || numbersIn(s.sentence.text).length > 0);
  // Of the sentences that may answer, the one that carries more of the question first (a long sentence that
  // carries all of it beats a short one that carries two thirds).
  const passing = ranked
    .filter((s) => s.coverage >= MIN_COVERAGE[reading.lang] && s.missingNames.length === 0 && carriesHead(s, reading) && statesSuperlative(s, reading))
    .slice(0, numeric ? 2 * TRIED : TRIED)
    .sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2);
  if (reading.answer === "list") {
    // A list comes from the sentence that covers the question and holds the enumeration that fits it best.
    let best: { found: Found; score: number } | null = null;
    for (const first of passing) {
      // A heading-like sentence ("发展壮大战略性新兴产业。") is followed by the list it announces.
      const next = store.sentences[store.sentences.indexOf(first.sentence) + 1];
      const followed = next && next.documentId === first.sentence.documentId && first.sentence.text.length <= 30 ? scoreOne(reading, store, next, first) : null;
      for (const scored of followed ? [first, followed] : [first]) {
        const picked = pickEnumeration(scored, reading);
        const found = extract(scored, reading);
        if (!found) continue;
        const score = scored.coverage * 6 + (picked?.score ?? 0) - (scored === first ? 0 : 1);
        if (!best || score > best.score) best = { found, score };
      }
    }
    return { reading, found: best?.found ?? null, ranked };
  }
  if (reading.answer === "count") {
    // A count the text states, in any passing sentence, before a number or the size of a list.
    for (const scored of passing) {
      const c = pickCount(scored, reading);
      if (c) return { reading, found: countFound(scored, reading, c.value, scored.sentence.text.slice(c.start, c.end)), ranked };
    }
  }
  // A figure asked for a past year is a figure, not a floor or a band ("连续9年稳定在1300亿斤以上"): a sentence
  // that states one is taken before a sentence that states only a bound, unless a target is asked.
  if (reading.answer === "number" && !reading.target) {
    for (const scored of passing) {
      const n = pickNumber(scored, reading);
      if (n && !isBound(scored.sentence.text, n)) return { reading, found: extract(scored, reading), ranked };
    }
  }
  for (const scored of passing) {
    const found = extract(scored, reading);
    if (found) return { reading, found, ranked };
  }
  return { reading, found: null, ranked };
}

/** A number said as a bound: "…以上", "左右", "稳定在…", "控制在…". */
export function isBound(text: string, n: { start: number; end: number }): boolean {
  return /^(以上|以下|以内|左右|上下)/.test(text.slice(n.end, n.end + 2)) || /(稳定在|保持在|控制在|不低于|不少于)$/.test(text.slice(Math.max(0, n.start - 4), n.start));
}

function countFound(scored: ScoredSentence, reading: Reading, value: number, text: string): Found {
  const year = reading.years.length === 1 ? (reading.years[0] ?? null) : null;
  const item: AskItem = { ...bare(), name: reading.head[0] ?? null, value, year, text, relation: "STATED_IN", evidence: [] };
  return { items: [item], scored, count: value, answer: String(value) };
}

const GENERIC_HEADS = new Set(["机构", "单位", "组织", "企业", "公司", "项目", "工程", "平台", "载体", "人物", "人员", "地方", "区域", "领域", "行业", "产业", "方面", "称号", "名字", "名称", "内容", "片区", "城市"]);

/** The sentence names the kind of thing asked for (whole, or most of its characters). */
function carriesHead(scored: ScoredSentence, reading: Reading): boolean {
  if (reading.head.length === 0 || reading.answer === "number" || reading.answer === "year") return true;
  if (reading.head.some((h) => GENERIC_HEADS.has(h))) return true;
  const text = scored.sentence.folded;
  if (reading.head.some((h) => text.includes(h))) return true;
  // Any word of the kind asked for ("地铁线路" → 线路 … "轨道交通5号线": not enough; "能源企业" → 企业: enough).
  if (jieba().cut(reading.head[0] ?? "", false).some((w) => w.length >= 2 && text.includes(w))) return true;
  // A list whose items end in the kind word's first character ("线路" … "甲线、乙线二期"): the kind, abbreviated.
  if (reading.answer === "list") {
    const firsts = new Set(reading.head.filter((h) => h.length >= 2).map((h) => h.charAt(0)));
    const enumerations = findEnumerations(scored.sentence, reading.head, scored.hits, reading.kind);
    if (enumerations.some((e) => e.items.filter((i) => [...firsts].some((c) => i.text.includes(c) && i.text.length > 1)).length >= 2)) return true;
  }
  const phrase = reading.head[0] ?? "";
  if (phrase.length < 2) return false;
  let shared = 0;
  for (let i = 0; i + 2 <= phrase.length; i++) if (text.includes(phrase.slice(i, i + 2))) shared++;
  return shared / Math.max(1, phrase.length - 1) >= 0.5 && phrase.length >= 3;
}

/**
 * A superlative asked is stated of the kind asked: "全区最大保障性住房项目" for the largest housing project, not
 * "最大限度消除隐患" (an adverb) nor a 最大 far from the kind of thing.
 */
function statesSuperlative(scored: ScoredSentence, reading: Reading): boolean {
  const most = reading.superlative;
  if (!most) return true;
  const text = scored.sentence.folded;
  const kinds = reading.superlativeOf;
  for (let at = text.indexOf(most); at >= 0; at = text.indexOf(most, at + 1)) {
    const after = text.slice(at + most.length, at + most.length + 16);
    if (/^(限度|程度|努力|可能|化|的努力)/.test(after)) continue;
    if (kinds.some((k) => after.includes(k))) return true;
  }
  return false;
}

function bare(): Omit<AskItem, "name" | "evidence"> {
  return { type: null, entityId: null, value: null, unit: null, year: null, text: null, relation: null, via: null, kind: null };
}

function spanItem(span: Span, reading: Reading, scored: ScoredSentence): AskItem {
  return {
    ...bare(),
    name: span.text,
    type: span.entity?.type ?? (reading.answer === "person" ? "Person" : (reading.types?.[0] ?? null)),
    entityId: span.entity?.id ?? null,
    text: span.entity && span.entity.name !== span.text ? `${span.text} = ${span.entity.name}` : null,
    relation: "STATED_IN",
    via: scored.sentence.heading,
    evidence: [],
  };
}

function extract(scored: ScoredSentence, reading: Reading): Found | null {
  const year = reading.years.length === 1 ? (reading.years[0] ?? null) : null;
  switch (reading.answer) {
    case "list": {
      const picked = pickEnumeration(scored, reading);
      if (picked && picked.score > 0) {
        const items = dedupe(picked.enumeration.items.map((s) => spanItem(s, reading, scored)));
        return { items, scored, count: null, answer: items.map((i) => i.name).join("、") };
      }
      // One item only when the graph knows it as a thing of the kind asked.
      const single = pickSingle(scored, reading);
      return single?.entity ? { items: [spanItem(single, reading, scored)], scored, count: null, answer: single.text } : null;
    }
    case "single":
    case "person": {
      const single = pickSingle(scored, reading);
      return single ? { items: [spanItem(single, reading, scored)], scored, count: null, answer: single.text } : null;
    }
    case "number": {
      const n = pickNumber(scored, reading);
      if (!n) return null;
      const stated = scored.sentence.values.find((v) => Math.abs(v.value - n.value) < 1e-9);
      const metric = stated?.metric ?? scored.hits.filter((h) => h.match === 1 && h.term.role === "constraint").map((h) => h.term.text).join("");
      const item: AskItem = {
        ...bare(),
        name: metric || null,
        type: "Indicator",
        value: n.value,
        unit: stated?.unit ?? n.unit,
        year: year ?? stated?.year ?? null,
        kind: stated?.kind ?? (reading.target ? "target" : null),
        text: scored.sentence.text.slice(Math.max(0, n.start - 20), n.end),
        relation: "STATED_IN",
        evidence: [],
      };
      return { items: [item], scored, count: null, answer: `${n.value}${n.unit ?? ""}${item.year ? ` (${item.year})` : ""}` };
    }
    case "count": {
      const c = pickCount(scored, reading);
      if (c) {
        const item: AskItem = { ...bare(), name: reading.head[0] ?? null, value: c.value, year, text: scored.sentence.text.slice(c.start, c.end), relation: "STATED_IN", evidence: [] };
        return { items: [item], scored, count: c.value, answer: String(c.value) };
      }
      // No count stated: the number given next to the metric, else the size of the enumeration.
      const n = pickNumber(scored, { ...reading, rate: false });
      if (n && n.unit && /[个家项所座条位名处件]$/.test(n.unit)) {
        const item: AskItem = { ...bare(), name: reading.head[0] ?? null, value: n.value, unit: n.unit, year, relation: "STATED_IN", evidence: [] };
        return { items: [item], scored, count: n.value, answer: String(n.value) };
      }
      const picked = pickEnumeration(scored, reading);
      if (picked && picked.score > 0) {
        const items = dedupe(picked.enumeration.items.map((s) => spanItem(s, reading, scored)));
        return { items, scored, count: items.length, answer: `${items.length}: ${items.map((i) => i.name).join("、")}` };
      }
      return null;
    }
    case "year": {
      const y = pickYear(scored);
      if (!y) return null;
      return { items: [{ ...bare(), name: null, value: y.value, year: y.value, relation: "STATED_IN", evidence: [] }], scored, count: null, answer: String(y.value) };
    }
    default:
      return null;
  }
}

function dedupe(items: AskItem[]): AskItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = i.name ?? "";
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A question whose subject is a relative clause ("在X担任负责人的那位学者，是…", "组建X的那个集聚区，…",
 * "X所在的战略区组建了…"): the inner question (who/which is it) and the outer one with the answer put in.
 */
export function splitRelativeClause(question: string): { inner: string; outer: (answer: string) => string } | null {
  const q = question.trim();
  const m = /^(.{4,40}?)的(?:那|这)?(?:位|个|家|所|座|条|项)?([\p{Script=Han}]{1,4})[，,](.+)$/u.exec(q);
  if (m?.[1] && m[2] && m[3]) {
    const [, clause, head, rest] = m;
    return { inner: `${clause}的${head}是哪个？`.replace(/学者是哪个/, "学者是谁"), outer: (a) => `${a}${rest}` };
  }
  const located = /^(.{2,30}?)所在的([\p{Script=Han}]{1,6}?)(.+)$/u.exec(q);
  if (located?.[1] && located[2] && located[3]) {
    const [, thing, head, rest] = located;
    return { inner: `${thing}在哪个${head}？`, outer: (a) => `${a}${rest}` };
  }
  return null;
}

function describe(reading: Reading): string {
  const terms = (role: string) => reading.terms.filter((t) => t.role === role).map((t) => t.text);
  const parts = [
    `evidence-first (${reading.lang}): ${reading.answer}${reading.types ? ` of ${reading.types.join("/")}` : ""}${reading.size ? ` (${reading.size} asked)` : ""}`,
    terms("name").length > 0 ? `names ${terms("name").join(", ")}` : null,
    terms("place").length > 0 ? `places ${terms("place").join(", ")}` : null,
    reading.years.length > 0 ? `years ${reading.years.join(", ")}` : null,
    terms("constraint").length > 0 ? `constraint words ${terms("constraint").join(", ")}` : null,
    reading.head.length > 0 ? `kind ${reading.head.slice(0, 3).join("/")}` : null,
  ];
  return parts.filter(Boolean).join("; ");
}

function refused(question: string, interpretation: string, reason: string, hint: StoredSentence | null): AskResult {
  return {
    question,
    answered: false,
    interpretation: hint ? `${interpretation}; closest sentence ${hint.id}` : interpretation,
    cypher: null,
    params: null,
    reason,
    items: [],
    intent: "evidence",
    count: null,
    answer: null,
    entities: [],
  };
}

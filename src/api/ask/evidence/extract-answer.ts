/**
 * Takes the answer out of a scored sentence: the enumeration a list question asks for (every item of it, and only
 * those), the one name a lookup asks for, the number next to the metric asked about, the count the text states.
 * Pure: works on the sentence text, its entity mentions and the question's terms found in it.
 */
import { jieba } from "../../../chinese/jieba.ts";
import { numeral, type Reading } from "./read-question.ts";
import type { ScoredSentence, TermHit } from "./score-sentences.ts";

/** A span of the sentence taken as an answer item. */
export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The entity mentioned exactly there, when the graph knows it. */
  readonly entity?: { readonly id: string; readonly name: string; readonly type: string };
}

/** Items separated by 、 (and a last 和/及), with where they stand. */
export interface Enumeration {
  readonly items: readonly Span[];
  readonly start: number;
  readonly end: number;
  readonly clauseStart: number;
  readonly clauseEnd: number;
}

/** Words after which an enumeration's first item starts (verbs and prepositions of policy prose). */
const LEAD_WORDS = [
  "引进", "引入", "招引", "聚焦", "推进", "推动", "建设", "建成", "打造", "培育", "发展", "包括", "包含", "依托", "联合", "支持", "实施",
  "开工", "设立", "组建", "谋划", "布局", "壮大", "加快", "加强与", "加强", "与", "同", "如", "例如", "涵盖", "围绕", "集聚", "落地", "形成",
  "建立", "成立", "入选", "获评", "获批", "提升", "拥有", "共建", "携手", "吸引", "瞄准", "抢占", "做强", "做优", "做大", "突破", "优化",
  "推广", "开通", "启动", "完成", "新建", "续建", "改造", "引导", "鼓励", "支持", "促进", "深化", "强化", "覆盖", "涉及", "即", "有", "是", "为",
  "着力", "重点", "全面", "积极", "大力", "加速", "开展", "实现", "参与", "服务", "以", "在", "对", "将", "把", "向", "和", "及", "于",
];
/** Words at which an enumeration's last item ends. */
const TAIL_WORDS = ["等等", "等", "以及", "和", "及", "共计", "一批", "一系列", "多家", "多个", "各类", "相关", "领域", "方面", "在内", "为代表", "的", "为", "已", "被", "将", "正", "均", "全部", "先后", "分别", "也", "都", "在"];
const COUNT_WORD = /^[两二三四五六七八九十\d]+(大|个|家|项|所|座|条|位|名|处|种|类|批|支|张|件)/;

const CLAUSE_BREAK = /[，。；：！？,;:!?（）()\n*]/;

/** The sentence's clauses, as [start, end) offsets. */
export function clauses(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_BREAK.test(text.charAt(i)) || text.startsWith("——", i) || text.startsWith("——", i - 1)) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

function trimItem(text: string, start: number): { text: string; start: number } {
  let t = text;
  let s = start;
  const lead = /^([和及与于]|以及|包括|如|例如|\s|[“"「《])+/.exec(t);
  if (lead) {
    s += lead[0].length;
    t = t.slice(lead[0].length);
  }
  t = t.replace(/(等等|等|[”"」》]|\s)+$/, "");
  return { text: t, start: s };
}

function mentionAt(sentence: ScoredSentence["sentence"], start: number, end: number) {
  return sentence.mentions.find((m) => m.start === start && m.end === end);
}

/**
 * Every enumeration of the sentence: a clause's run of items joined by 、, the first cut after the last lead word
 * (or at the start of the name mentioned there), the last cut before 等 / a count word / the kind of thing named.
 */
export function findEnumerations(sentence: ScoredSentence["sentence"], heads: readonly string[], hits: readonly TermHit[], kind: readonly string[] = heads): Enumeration[] {
  const text = sentence.text;
  const out: Enumeration[] = [];
  const boundaries = hits.filter((h) => h.start >= 0 && h.term.role !== "type").map((h) => h.end);
  // The question's own words after the last item end it ("…丙线一期工程|前期工作").
  const stops = hits.filter((h) => h.start >= 0 && h.match === 1 && h.term.role === "constraint").map((h) => h.start);
  for (const [cs, ce] of clauses(text)) {
    const clause = text.slice(cs, ce);
    const parts = clause.split("、");
    if (parts.length < 2) {
      const pair = pairIn(sentence, cs, ce);
      if (pair) out.push(pair);
      continue;
    }
    const spans: Span[] = [];
    let offset = cs;
    for (const [i, part] of parts.entries()) {
      let start = offset;
      const end = offset + part.length;
      if (i === 0) start = firstItemStart(sentence, start, end, boundaries);
      if (i === parts.length - 1) {
        const last = lastItems(sentence, start, end, kind, stops);
        for (const l of last) spans.push(l);
      } else {
        const t = trimItem(text.slice(start, end), start);
        // "A、B和C、D": two items joined by 和/及 inside the run ("与" may be part of a name: "细胞与基因").
        const joined = i > 0 && !sentence.mentions.some((m) => m.start === t.start && m.end === t.start + t.text.length) ? /^(\p{Script=Han}{2,8})(和|及)(\p{Script=Han}{2,8})$/u.exec(t.text) : null;
        if (joined?.[1] && joined[2] && joined[3]) {
          spans.push({ text: joined[1], start: t.start, end: t.start + joined[1].length });
          const second = t.start + joined[1].length + joined[2].length;
          spans.push({ text: joined[3], start: second, end: second + joined[3].length });
        } else spans.push({ text: t.text, start: t.start, end: t.start + t.text.length });
      }
      offset += part.length + 1;
    }
    const items = spans.filter((s) => s.text.length >= 1 && s.text.length <= 30 && !/[，。；]/.test(s.text)).map((s) => withEntity(sentence, s));
    if (items.length >= 2) out.push({ items, start: items[0]!.start, end: items[items.length - 1]!.end, clauseStart: cs, clauseEnd: ce });
  }
  return out;
}

function withEntity(sentence: ScoredSentence["sentence"], span: Span): Span {
  const m = mentionAt(sentence, span.start, span.end);
  return m ? { ...span, entity: { id: m.id, name: m.name, type: m.type } } : span;
}

function firstItemStart(sentence: ScoredSentence["sentence"], start: number, end: number, boundaries: readonly number[]): number {
  const text = sentence.text;
  const mention = sentence.mentions.filter((m) => m.end === end && m.start >= start && m.end - m.start >= 2).sort((a, b) => a.start - b.start)[0];
  if (mention) return mention.start;
  let cut = start;
  const part = text.slice(start, end);
  for (const w of LEAD_WORDS) {
    for (let at = part.indexOf(w); at >= 0; at = part.indexOf(w, at + 1)) {
      const after = start + at + w.length;
      if (end - after >= 2 && after > cut) cut = after;
    }
  }
  for (const b of boundaries) if (b > cut && b <= end - 2 && b >= start) cut = b;
  // A quoted item starts at its quote.
  const quote = part.lastIndexOf("“");
  if (quote >= 0 && start + quote >= cut - 1) cut = start + quote;
  return cut;
}

function lastItems(sentence: ScoredSentence["sentence"], start: number, end: number, heads: readonly string[], stops: readonly number[] = []): Span[] {
  const text = sentence.text;
  const part = text.slice(start, end);
  const mention = sentence.mentions.filter((m) => m.start === start && m.end <= end).sort((a, b) => b.end - a.end)[0];
  let cut = part.length;
  const consider = (at: number) => {
    if (at >= 1 && at < cut) cut = at;
  };
  for (const w of TAIL_WORDS) {
    const at = part.indexOf(w, 1);
    if (at >= 0) consider(at);
  }
  for (let i = 1; i < part.length; i++) if (COUNT_WORD.test(part.slice(i))) consider(i);
  for (const at of stops) if (at - start >= 2) consider(at - start);
  // A generic kind word the items before do not end with ("…一期|工程") is not part of the last item.
  for (const w of ["工程", "项目"]) {
    const at = part.indexOf(w, 2);
    if (at >= 0 && !siblingsEndWith(text, start, w) && !heads.includes(w)) consider(at);
  }
  for (const h of heads) {
    const at = part.indexOf(h, 2);
    if (at >= 0 && !/^[和及与]/.test(part.slice(0, at))) consider(siblingsEndWith(text, start, h) ? at + h.length : at);
  }
  // A name the graph knows runs past a cut, unless it runs into the kind word its siblings lack ("青禾新机场|工程").
  const intoKind = mention && heads.some((h) => text.slice(start, mention.end).endsWith(h) && !siblingsEndWith(text, start, h));
  if (mention && !intoKind && mention.end - start > cut) cut = mention.end - start;
  const close = part.indexOf("”");
  if (close >= 0 && close < cut && part.startsWith("“")) cut = close + 1;
  const first = trimItem(part.slice(0, cut), start);
  const spans: Span[] = [{ text: first.text, start: first.start, end: first.start + first.text.length }];
  // "A、B和C": the words after 和/及/以及 are one more item.
  const joiner = /^(以及|和|及|与)/.exec(part.slice(cut));
  if (joiner) {
    const restStart = start + cut + joiner[0].length;
    const more = lastItems(sentence, restStart, end, heads, stops);
    spans.push(...more.slice(0, 1));
  }
  return spans;
}

// The items before the last one of this enumeration end with the kind word ("青禾区人民医院、…、东湖中心医院").
function siblingsEndWith(text: string, lastStart: number, head: string): boolean {
  const before = text.slice(Math.max(0, lastStart - 40), lastStart - 1);
  const items = before.split(/[、，。；]/).slice(-2).filter((x) => x.length > 0);
  return items.length > 0 && items.every((x) => x.endsWith(head));
}

// Two names joined by 和/及/与 in a clause without 、 ("A和B"), when the graph knows both.
function pairIn(sentence: ScoredSentence["sentence"], cs: number, ce: number): Enumeration | null {
  const inside = sentence.mentions.filter((m) => m.start >= cs && m.end <= ce).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < inside.length; i++) {
    const a = inside[i]!;
    const b = inside[i + 1]!;
    if (/^(和|及|与|以及)$/.test(sentence.text.slice(a.end, b.start))) {
      const items = [a, b].map((m) => ({ text: sentence.text.slice(m.start, m.end), start: m.start, end: m.end, entity: { id: m.id, name: m.name, type: m.type } }));
      return { items, start: a.start, end: b.end, clauseStart: cs, clauseEnd: ce };
    }
  }
  return null;
}

/** The enumeration a list question asks for: near the question's words, next to the kind of thing, of the size said. */
export function pickEnumeration(scored: ScoredSentence, reading: Reading): { enumeration: Enumeration; score: number } | null {
  const all = findEnumerations(scored.sentence, reading.head, scored.hits, reading.kind);
  const folded = scored.sentence.folded;
  const headNear = (e: Enumeration) => {
    const after = folded.slice(e.end, Math.min(e.end + 14, e.clauseEnd + 1));
    // Before the items, within the clause; across a colon ("五大主导产业：A、B…") too.
    const colon = /[：:]/.test(folded.charAt(e.clauseStart - 1));
    const before = folded.slice(Math.max(colon ? e.clauseStart - 15 : e.clauseStart, e.start - 14), e.start);
    // Or every item is itself of the kind ("开工建设A高铁、B高铁" for high-speed rail projects).
    const carried = e.items.length >= 2 && e.items.every((i) => reading.kind.some((k) => k.length >= 2 && i.text.endsWith(k)) || reading.head.some((h) => h.length >= 2 && i.text.includes(h)));
    return reading.head.some((h) => after.includes(h) || before.includes(h)) || carried;
  };
  // The enumeration that stands next to the kind of thing asked for is the answer, when there is one.
  const nextToHead = all.filter(headNear);
  const enums = nextToHead.length > 0 ? nextToHead : all;
  const maxWeight = Math.max(1, ...scored.hits.map((h) => h.weight));
  let best: { enumeration: Enumeration; score: number } | null = null;
  for (const e of enums) {
    let score = 0;
    for (const h of scored.hits) {
      if (h.start < 0 || h.match === 0) continue;
      const inItems = e.items.some((i) => h.start >= i.start && h.end <= i.end);
      if (inItems) {
        score -= h.weight * (h.term.role === "type" ? 0.3 : 1.2);
        continue;
      }
      // The kind word is weighed once, as the kind next to the items (below), not again as a word in order.
      if (h.term.role === "type") continue;
      const sameClause = h.start >= e.clauseStart - 14 && h.end <= e.clauseEnd + 1;
      if (reading.whAt >= 0 && h.term.at >= 0) {
        // Words before the question word belong before the answer; words after it, after.
        const inOrder = h.term.at < reading.whAt ? h.end <= e.start : h.start >= e.end;
        score += h.weight * (inOrder ? (sameClause ? 1 : 0.6) : 0.1);
      } else score += h.weight * (sameClause ? 1 : 0.2);
    }
    if (headNear(e)) score += 3 + 2 * maxWeight;
    if (reading.size !== null) score += e.items.length === reading.size ? 3 : -1;
    const after = folded.slice(e.end, e.end + 14);
    const counted = /^(等)?([两二三四五六七八九十\d]+)(大|个|家|项|所|座|条|位|名|处|种|类)/.exec(after);
    const countedSize = counted?.[2] ? numeral(counted[2]) : null;
    if (countedSize !== null) score += countedSize === e.items.length ? 2 : -0.5;
    if (reading.types) {
      const typed = e.items.filter((i) => i.entity && reading.types?.includes(i.entity.type as never)).length;
      score += (2 * typed) / e.items.length;
    }
    if (!best || score > best.score) best = { enumeration: e, score };
  }
  return best;
}

/** The one thing a lookup asks for: aligned with the words around the question word, else the mention of the type asked. */
export function pickSingle(scored: ScoredSentence, reading: Reading): Span | null {
  const s = scored.sentence;
  const text = s.text;
  const folded = s.folded;
  const slot = reading.slot;
  const questionSpans = scored.hits.filter((h) => h.start >= 0);
  // A name the question itself gives is not its answer (a longer name holding one of its words may be).
  const outsideQuestion = (a: number, b: number) => !questionSpans.some((h) => h.term.role !== "type" && h.start <= a && b <= h.end);
  if (reading.answer === "person") {
    const people = s.mentions.filter((m) => m.type === "Person" && outsideQuestion(m.start, m.end));
    const near0 = (at: number) => Math.min(...questionSpans.map((h) => Math.abs(h.start - at)), 1e9);
    const p = people.sort((a, b) => near0(a.start) - near0(b.start))[0];
    if (p) return { text: text.slice(p.start, p.end), start: p.start, end: p.end, entity: { id: p.id, name: p.name, type: p.type } };
    // A byline or a title before a name: "省长 王某", "负责人张某".
    const titled = /(省长|市长|区长|县长|书记|主任|负责人|院长|董事长|总经理|部长)[\s　]*(\p{Script=Han}{2,3})(?![\p{Script=Han}])/u.exec(text);
    if (titled?.[2]) {
      const at = titled.index + titled[0].length - titled[2].length;
      return { text: titled[2], start: at, end: at + titled[2].length };
    }
  }
  // Characters of [a, b) that no word of the question covers: an answer says something the question does not.
  const ownChars = (a: number, b: number) => {
    let n = 0;
    for (let i = a; i < b; i++) if (!questionSpans.some((h) => h.term.role !== "place" && h.start <= i && i < h.end)) n++;
    return n;
  };
  const anchorsAt = questionSpans.filter((h) => h.term.role !== "type").map((h) => h.start);
  const nearAnchor = (at: number) => (anchorsAt.length === 0 ? 0 : Math.min(...anchorsAt.map((x) => Math.abs(x - at))));
  // A name ending in the kind asked for ("…集聚区", "…实验室"), not one of the question's own names.
  const heads = reading.head.filter((h) => h.length >= 2);
  if (heads.length > 0) {
    const named = s.mentions
      .filter((m) => outsideQuestion(m.start, m.end) && heads.some((h) => folded.slice(m.start, m.end).endsWith(h)) && m.end - m.start > 2 && ownChars(m.start, m.end) >= 2)
      .sort((a, b) => nearAnchor(a.start) - nearAnchor(b.start));
    const m = named[0];
    if (m && !slotBoth(slot, folded)) return { text: text.slice(m.start, m.end), start: m.start, end: m.end, entity: { id: m.id, name: m.name, type: m.type } };
    if (!slotBoth(slot, folded)) {
      const spans = heads
        .flatMap((h) => occurrences(folded, [h]).map((o) => headedSpan(text, o.start, o.end)))
        .filter((x): x is Span => x !== null && outsideQuestion(x.start, x.end) && ownChars(x.start, x.end - 2) >= 2);
      const best = spans.sort((x, y) => nearAnchor(x.start) - nearAnchor(y.start))[0];
      if (best) return withEntity(s, best);
    }
  }
  if (slot && (slot.left.length > 0 || slot.right.length > 0)) {
    const span = alignSlot(text, folded, slot, nearAnchor);
    if (span) return withEntity(s, span);
  }
  // "The largest housing project": the name that follows the kind the superlative is stated of ("最大…项目[X]").
  if (!slot && reading.superlative) {
    const most = folded.indexOf(reading.superlative);
    // The kind's words right after 最X, one after another ("最大|保障性住房|项目").
    let end = most >= 0 ? most + reading.superlative.length : -1;
    for (let grew = end >= 0; grew; ) {
      grew = false;
      for (const k of reading.superlativeOf) {
        if (folded.startsWith(k, end) || (folded.startsWith(k, end + 1) && /[的之]/.test(folded.charAt(end)))) {
          end = folded.indexOf(k, end) + k.length;
          grew = true;
        }
      }
    }
    if (end > most + reading.superlative.length) {
      const span = alignSlot(text, folded, { left: [folded.slice(most, end)], right: [] }, nearAnchor);
      if (span) return withEntity(s, span);
    }
  }
  // Mentions of the asked type, not named in the question, nearest the question's words.
  const anchor = questionSpans.filter((h) => h.term.role !== "type").map((h) => h.start);
  const near = (m: { start: number }) => (anchor.length === 0 ? 0 : Math.min(...anchor.map((x) => Math.abs(x - m.start))));
  const wanted = reading.answer === "person" ? ["Person"] : reading.types;
  const mentions = s.mentions
    .filter((m) => outsideQuestion(m.start, m.end) && (wanted === null || wanted.includes(m.type as never)))
    .sort((a, b) => near(a) - near(b));
  const m = mentions[0];
  if (m) return { text: text.slice(m.start, m.end), start: m.start, end: m.end, entity: { id: m.id, name: m.name, type: m.type } };
  // A quoted name near the question's words.
  const quotes = [...text.matchAll(/“([^”]{2,30})”/g)]
    .map((q) => ({ text: q[1] ?? "", start: q.index + 1 }))
    .filter((q) => outsideQuestion(q.start - 1, q.start + q.text.length + 1))
    .sort((a, b) => near(a) - near(b));
  const q = quotes[0];
  if (q) return { text: q.text, start: q.start, end: q.start + q.text.length };
  return null;
}

function occurrences(folded: string, words: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const w of words) for (let at = folded.indexOf(w); at >= 0 && w.length > 0; at = folded.indexOf(w, at + 1)) out.push({ start: at, end: at + w.length });
  return out;
}

function slotBoth(slot: Reading["slot"], folded: string): boolean {
  if (!slot) return false;
  const lefts = occurrences(folded, slot.left);
  const rights = occurrences(folded, slot.right);
  return lefts.some((l) => rights.some((r) => r.start - l.end >= 2 && r.start - l.end <= 24));
}

/**
 * The words between the question word's neighbours as the sentence writes them ("盐田与[哪个区]合作共建" against
 * "与大鹏新区联合建设" → 大鹏新区); with one neighbour found, up to the clause's end or from its start.
 */
function alignSlot(text: string, folded: string, slot: NonNullable<Reading["slot"]>, near: (at: number) => number): Span | null {
  const lefts = occurrences(folded, slot.left);
  const rights = occurrences(folded, slot.right);
  const pairs = lefts.flatMap((l) => rights.filter((r) => r.start - l.end >= 2 && r.start - l.end <= 24).map((r) => ({ a: l.end, b: r.start })));
  pairs.sort((x, y) => x.b - x.a - (y.b - y.a) || near(x.a) - near(y.a));
  let a = -1;
  let b = -1;
  const pair = pairs[0];
  if (pair) {
    a = pair.a;
    b = pair.b;
    // "定为什么年": a one-character neighbour right after the question word ends the answer ("…年").
    const oneChar = slot.right.find((r) => r.length === 1 && folded.startsWith(r, b));
    if (oneChar) b += 1;
  } else if (rights.length > 0) {
    const r = [...rights].sort((x, y) => near(x.start) - near(y.start))[0]!;
    b = r.start;
    a = backToBoundary(text, b);
  } else if (lefts.length > 0) {
    const l = [...lefts].sort((x, y) => near(x.start) - near(y.start))[0]!;
    a = l.end;
    b = forwardToBoundary(text, a);
  }
  if (a < 0 || b <= a) return null;
  let raw = text.slice(a, b);
  let start = a;
  const lead = /^[为是成了：:于在]+/.exec(raw);
  if (lead) {
    raw = raw.slice(lead[0].length);
    start += lead[0].length;
  }
  const t = trimItem(raw, start);
  const inner = /^“([^”]{2,30})”$/.exec(t.text);
  const clean = nounPhrase(inner?.[1] ?? t.text);
  if (clean.length < 2 || clean.length > 30 || /[，。；]/.test(clean)) return null;
  const at = inner ? t.start + 1 : t.start;
  return { text: clean, start: at, end: at + clean.length };
}

/** The name that ends in a kind word at [start, end): the nouns just before it ("布吉街道龙岭社区" → 龙岭社区). */
function headedSpan(text: string, start: number, end: number): Span | null {
  const before = text.slice(Math.max(0, start - 14), start);
  const tokens = jieba().tag(before, true);
  let taken = "";
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!/^(n|nr|ns|nt|nz|j|eng|m|x)/.test(t.tag) || !/\p{Script=Han}|[A-Za-z0-9]/u.test(t.word)) break;
    if (taken.length > 0 && /(街道|区|市|省|县|镇)$/.test(t.word)) break;
    taken = t.word + taken;
  }
  if (taken.length === 0) return null;
  return { text: taken + text.slice(start, end), start: start - taken.length, end };
}

/** A span cut before its first verb, adverb or particle ("妈湾“工改保”全速推进" → 妈湾“工改保”). */
export function nounPhrase(span: string): string {
  const tokens = jieba().tag(span, true);
  let out = "";
  for (const t of tokens) {
    const len = out.replace(/[“”"]/g, "").length;
    // Inside quotes is a name, whatever its words ("东湖“安居苑”").
    const quoted = (out.match(/“/g) ?? []).length > (out.match(/”/g) ?? []).length;
    if (len >= 2 && !quoted && (/^(v|p|c|u)/.test(t.tag) || ((t.tag === "d" || t.tag === "ad") && len >= 4)) && t.tag !== "vn") break;
    out += t.word;
  }
  return out.replace(/[“"]$/, "");
}

function backToBoundary(text: string, at: number): number {
  let i = at;
  while (i > 0 && !CLAUSE_BREAK.test(text.charAt(i - 1)) && text.charAt(i - 1) !== "、" && at - i < 20) i--;
  const part = text.slice(i, at);
  let cut = i;
  for (const w of LEAD_WORDS) {
    const k = part.lastIndexOf(w);
    if (k >= 0 && at - (i + k + w.length) >= 2) cut = Math.max(cut, i + k + w.length);
  }
  return cut;
}

function forwardToBoundary(text: string, at: number): number {
  let i = at;
  while (i < text.length && !CLAUSE_BREAK.test(text.charAt(i)) && text.charAt(i) !== "、" && i - at < 20) i++;
  const part = text.slice(at, i);
  let cut = i;
  for (const w of ["等", "的", "和", "及"]) {
    const k = part.indexOf(w, 2);
    if (k >= 0) cut = Math.min(cut, at + k);
  }
  const close = part.indexOf("”");
  if (part.startsWith("“") && close > 0) cut = at + close + 1;
  return cut;
}

/** A number stated in a sentence. */
export interface StatedNumber {
  readonly value: number;
  readonly unit: string | null;
  readonly start: number;
  readonly end: number;
}

const NUMBER = /(\d+(?:\.\d+)?)\s*(万亿|亿|万|千)?(美元|元|吨|斤|公斤|千克|人次|人|个百分点|个|家|项|件|所|座|条|处|户|套|辆|艘|标箱|TEU|平方米|平方公里|亩|公里|千米|米|千瓦时|千瓦|%|倍|名|位|台|张|次|天|小时|万)?/g;

/** Every number of a sentence, years left out. */
export function numbersIn(text: string): StatedNumber[] {
  const out: StatedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[1] ?? "";
    const unit = `${m[2] ?? ""}${m[3] ?? ""}` || null;
    const isYear = /^(19|20)\d{2}$/.test(raw) && (/^\s*年/.test(text.slice(m.index + m[0].length)) || unit === null) && !m[2];
    if (isYear) continue;
    if (/[\d.]$/.test(text.slice(0, m.index))) continue;
    // "1-11月", "一季度": month and quarter numbers are not values.
    if (/^\s*(月|季度|号线|期|届|次会议|年|周年|岁)/.test(text.slice(m.index + m[0].length)) && !unit) continue;
    out.push({ value: Number(raw), unit, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The number a numeric question asks for: after the metric's words, in their clause, of the kind asked (rate or amount). */
export function pickNumber(scored: ScoredSentence, reading: Reading): StatedNumber | null {
  const text = scored.sentence.text;
  const numbers = numbersIn(text);
  const hits = scored.hits.filter((h) => h.start >= 0 && h.match > 0 && h.term.role !== "year" && h.term.role !== "place");
  let best: { n: StatedNumber; score: number } | null = null;
  const cls = clauses(text);
  const clauseOf = (at: number) => cls.findIndex(([a, b]) => at >= a && at < b);
  for (const n of numbers) {
    let score = 0;
    for (const h of hits) {
      if (h.end <= n.start) {
        const gap = n.start - h.end;
        const same = clauseOf(h.start) === clauseOf(n.start);
        score += h.weight * (same ? 1 : 0.3) * (gap <= 12 ? 1 : gap <= 30 ? 0.6 : 0.3);
      } else if (h.start >= n.end && clauseOf(h.start) === clauseOf(n.start)) score += h.weight * 0.4;
    }
    if (reading.unit && n.unit && n.unit.endsWith(reading.unit)) score += 4;
    if (n.unit === null) score -= 1;
    const percent = n.unit === "%" || n.unit === "个百分点";
    // A rate is asked for and this is an amount, or the other way round: not the answer.
    if (reading.rate !== percent) score -= 10;
    const before = text.slice(Math.max(0, n.start - 6), n.start);
    if (!reading.rate && /增长|提高|下降|增加$/.test(before) && percent) score -= 1;
    if (reading.target && /目标|预期|力争|达到|控制在|以上|左右/.test(text.slice(Math.max(0, n.start - 10), n.end + 4))) score += 0.5;
    if (!best || score > best.score) best = { n, score };
  }
  return best && best.score > 0 ? best.n : null;
}

/** The count a "how many" question asks for: the number stated next to the kind of thing counted. */
export function pickCount(scored: ScoredSentence, reading: Reading): { value: number; start: number; end: number } | null {
  const text = scored.sentence.text;
  const folded = scored.sentence.folded;
  const heads = reading.head.length > 0 ? reading.head : scored.hits.filter((h) => h.term.role === "type").flatMap((h) => h.term.alts);
  let best: { value: number; start: number; end: number; score: number } | null = null;
  const consider = (value: number | null, start: number, end: number, score: number) => {
    if (value === null || !Number.isFinite(value)) return;
    if (!best || score > best.score) best = { value, start, end, score };
  };
  for (const h of heads) {
    for (let at = folded.indexOf(h); at >= 0; at = folded.indexOf(h, at + 1)) {
      // "五大主导产业", "3个文旅项目": the count before the kind, maybe with words between.
      const before = text.slice(Math.max(0, at - 12), at);
      const pre = /([两二三四五六七八九十\d]+)(大|个|家|项|所|座|条|位|名|处|种|类|批|件)([^，。；、\d]{0,8})$/.exec(before);
      if (pre?.[1]) consider(numeral(pre[1]), at - before.length + pre.index, at, 3 - (pre[3]?.length ?? 0) * 0.1);
      // "新开工重点项目109个": the count after the kind.
      const after = text.slice(at + h.length, at + h.length + 14);
      const post = /^([^，。；、\d]{0,6})(\d+)(个|家|项|所|座|条|位|名|处|种|类|批|件)/.exec(after);
      if (post?.[2]) consider(Number(post[2]), at + h.length + (post[1]?.length ?? 0), at + h.length + post[0].length, 2.5 - (post[1]?.length ?? 0) * 0.1);
    }
  }
  return best;
}

/** The year a "when" question asks for: the year stated nearest the question's words. */
export function pickYear(scored: ScoredSentence): { value: number; start: number; end: number } | null {
  const text = scored.sentence.text;
  const hits = scored.hits.filter((h) => h.start >= 0 && h.term.role !== "year");
  let best: { value: number; start: number; end: number; d: number } | null = null;
  for (const m of text.matchAll(/((?:19|20)\d{2})\s*年/g)) {
    const d = hits.length === 0 ? 0 : Math.min(...hits.map((h) => Math.abs(h.start - m.index)));
    if (!best || d < best.d) best = { value: Number(m[1]), start: m.index, end: m.index + m[0].length, d };
  }
  return best;
}

/**
 * Reads a question for the evidence answerer: what kind of answer it wants (a list, one thing, a number, a count,
 * a year, a person), the words that anchor it (names, years, places) and the constraint words that any sentence
 * answering it must carry. Chinese is segmented with jieba; English words are mapped to the Chinese words they may
 * stand for (glossary) and names written in pinyin to the Han spellings the documents use.
 */
import { jieba } from "../../../chinese/jieba.ts";
import type { EntityType } from "../../../graph/contract.ts";
import { foldText } from "../fold-text.ts";
import type { ParsedQuestion } from "../parse-question.ts";
import { EN_TYPE_WORDS, ZH_TYPE_WORDS } from "../type-words.ts";
import { englishWords, stem } from "./english-words.ts";
import { chineseFor, glossaryWords as EXTRA_FIRST, pinyinOf } from "./glossary.ts";
import { readsAs } from "../parse-question.ts";

/** What the answer is. */
export type AnswerKind = "list" | "single" | "number" | "count" | "year" | "person";

/** How a term counts in a sentence. */
export type TermRole = "name" | "place" | "constraint" | "type" | "year";

/** One thing a sentence should carry, with the strings that count as it. */
export interface Term {
  readonly text: string;
  /** Folded strings, longest first; a sentence carries the term when it holds one of them. */
  readonly alts: readonly string[];
  /** Looser strings (an English word's other dictionary senses): a sentence holding one carries the term in part. */
  readonly weak?: readonly string[];
  readonly role: TermRole;
  /** Position in the question (for slots); -1 when unknown. */
  readonly at: number;
}

/** A question read. */
export interface Reading {
  readonly lang: "zh" | "en";
  readonly answer: AnswerKind;
  /** Entity types the answer should have (from a type word), or null. */
  readonly types: readonly EntityType[] | null;
  /** Strings naming the kind of thing asked for ("企业", "城市"): the enumeration stands next to one. */
  readonly head: readonly string[];
  /** The last word of the kind ("机场工程" → 工程, 项目): where a list's last item ends. */
  readonly kind: readonly string[];
  /** How many items the question says there are ("哪四座城市" → 4), or null. */
  readonly size: number | null;
  readonly years: readonly number[];
  readonly terms: readonly Term[];
  /** Chinese lookups: the words just before and after the question word, to align with a sentence. */
  readonly slot: { readonly left: readonly string[]; readonly right: readonly string[] } | null;
  /** Where the question word stands in the question (-1 when unknown): words before it describe what comes before the answer. */
  readonly whAt: number;
  /** True when a target or plan is asked for (目标, 预期, target). */
  readonly target: boolean;
  /** True when a rate or share is asked for (增速, 比重, rate). */
  readonly rate: boolean;
  /** The unit the question names (亿元, 个), or null. */
  readonly unit: string | null;
  /** A superlative the answering sentence must state of the kind asked ("最大"), or null. */
  readonly superlative: string | null;
  /** What the superlative is said of (the kind asked, or the words after "largest"): one must follow it. */
  readonly superlativeOf: readonly string[];
  /** Why the question is not answered from evidence at all (negation, comparison, relative year), or null. */
  readonly refusal: string | null;
}

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** A Chinese numeral of one or two characters (三, 十二, 二十) or digits, as a number; null otherwise. */
export function numeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return CN_DIGITS[text] ?? null;
  if (text.length === 2 && text.startsWith("十")) return 10 + (CN_DIGITS[text.charAt(1)] ?? NaN) || null;
  if (text.length === 2 && text.endsWith("十")) return (CN_DIGITS[text.charAt(0)] ?? NaN) * 10 || null;
  if (text.length === 3 && text.charAt(1) === "十") return (CN_DIGITS[text.charAt(0)] ?? NaN) * 10 + (CN_DIGITS[text.charAt(2)] ?? NaN) || null;
  return null;
}

/** Words that mean the same in policy prose: each group's words count for one another. */
export const SYNONYMS: readonly (readonly string[])[] = [
  ["引进", "引入", "招引", "引育", "吸引"],
  ["头部", "龙头", "领军"],
  ["企业", "公司"],
  ["设立", "成立", "组建", "挂牌"],
  ["落户", "落地", "布局", "入驻"],
  ["目标", "预期"],
  ["增速", "增长"],
  ["地区生产总值", "GDP", "生产总值", "经济总量"],
  ["建设", "建成", "推进", "打造"],
  ["培育", "壮大", "发展"],
  ["规模", "总额", "总量"],
  ["合作", "联合", "携手", "共建"],
  ["获评", "获得", "荣获", "入选", "评为"],
  ["定为", "确定为", "作为"],
  ["院校", "学校", "大学"],
  ["主导产业", "支柱产业"],
  ["提前", "前瞻", "超前"],
  ["谋划", "布局", "规划"],
];

const ZH_REFUSE_NEGATION = ["不属于", "不是", "不在", "不服务", "不包括", "没有", "并非", "以外", "之外", "未被", "不被"];
const ZH_REFUSE_COMPARE = ["相比", "比较", "对比", "高于", "低于", "多于", "少于", "排名", "排行", "年比", "哪个先", "哪个更", "谁先", "谁更"];
const ZH_REFUSE_RELATIVE = ["去年", "明年", "前年", "后年", "上年"];
const EN_REFUSE = /\b(not|n't|except|excluding|other than|without|compared?|comparison|versus|vs|than|rank(ing)?|last year|next year|most|least)\b/;

const ZH_SUPERLATIVE = /最(大|多|高|少|低|早|晚|长|强)/;
const EN_SUPERLATIVE: Readonly<Record<string, string>> = { largest: "最大", biggest: "最大", highest: "最高", lowest: "最低", fewest: "最少", earliest: "最早", longest: "最长", strongest: "最强" };

/**
 * "规模最大的…是哪个", "the largest …": a superlative the documents may state themselves ("全区最大…项目"). Returns
 * how they would write it (最大), or null. Answered only from a sentence that states it; never computed.
 */
export function superlative(question: string): string | null {
  const zh = ZH_SUPERLATIVE.exec(question);
  if (zh) return zh[0];
  const en = /\b(largest|biggest|highest|lowest|fewest|earliest|longest|strongest)\b/i.exec(question);
  return en?.[1] ? (EN_SUPERLATIVE[en[1].toLowerCase()] ?? null) : null;
}

/** Question words and particles: never constraint words. */
const ZH_STOP = new Set(
  ("的 了 在 和 与 及 是 有 将 要 把 被 为 对 中 等 哪 那 这 其 该 个 家 些 吗 呢 啊 请问 报告 报告中 提到 提出 提及 文中 文件 " +
    "分别 都 共 一共 总共 哪些 哪个 哪家 哪所 哪座 哪条 哪位 哪项 哪一 哪几 什么 多少 几 谁 何 如何 怎样 怎么 是否 " +
    "主要 具体 相关 方面 当中 其中 今年 本年 全年 年 于 由 从 到 以 并 也 还 又 所 之 地 得 着 过 上 下 里 内 叫 名字 " +
    "指 指的 代表 作为 那位 那个 这个 这位 哪里 哪儿 计划 打算 准备").split(/\s+/),
);

const ZH_COUNT = /(几|多少)(个|家|项|所|座|条|位|名|处|件|种|类|批|支|次|户|套|只)|有几|几大/;
const ZH_NUMBER = /多少|几何|是几|达到?多少|增速是|规模是/;
const ZH_YEAR = /哪一年|哪年|何时|什么时候|哪个时候|何年/;
const ZH_PERSON = /谁|哪位|哪一位/;
const ZH_LIST = /哪些|哪几|有什么|分别|包括哪|包含哪|哪[两三四五六七八九十\d]+[个家项所座条位名处种类大]?/;
const ZH_SINGLE = /哪个|哪家|哪所|哪座|哪条|哪项|哪一|哪座|什么|叫什么|何种|哪种|哪类/;
const ZH_WH = /(哪(?:一[个家所座条位项种类]|[些个家所座条位项种类一]|几(?:[个家项所座条位名处种类大])?|[两三四五六七八九十\d]+[个家项所座条位名处种类大]?)?|什么|多少(?:[个家项所座条位名处件])?|几[个家项所座条位名处种类大]?|谁|何时|何种)/g;

/**
 * "除了X以外，还有哪些…", "which … besides X": a question for the others of a list, not a negation. Returns X (what
 * the answer leaves out), or null.
 */
export function besides(question: string): string | null {
  const zh = /除了?([^，,。？?]{1,30}?)(?:以外|之外|外)?[，,]?[^，,。？?]{0,12}?(?:还|另外|另有)/u.exec(question);
  if (zh?.[1] && /哪|什么|多少|几/.test(question)) return zh[1];
  const en = /\b(?:besides|apart from|in addition to)\s+([^,?.]{2,60})/i.exec(question);
  if (en?.[1] && /\b(which|what|how many)\b/i.test(question)) return en[1];
  return null;
}

/** Reads a question; `parsed` supplies the names the graph knows (anchors) and the years. */
export function readQuestion(
  question: string,
  parsed: ParsedQuestion,
  inCorpus: (alts: readonly string[]) => boolean,
  df: (alts: readonly string[]) => number = (alts) => (inCorpus(alts) ? 1 : 0),
): Reading {
  const folded = foldText(question.trim());
  const han = (folded.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (folded.match(/[a-z]/g) ?? []).length;
  return han >= latin / 3 && han > 0 ? readChinese(folded, parsed, inCorpus) : readEnglish(question.trim(), folded, parsed, inCorpus, df);
}

function synonymsOf(word: string): string[] {
  const group = SYNONYMS.find((g) => g.includes(word));
  const out = [word, ...(group ?? []).filter((w) => w !== word)];
  // A compound holding a synonym ("头部企业") also counts with the synonym swapped in ("龙头企业").
  for (const g of SYNONYMS) {
    for (const w of g) {
      if (w === word || !word.includes(w)) continue;
      for (const o of g) if (o !== w) out.push(word.replace(w, o));
    }
  }
  return [...new Set(out.map(foldText))];
}

// Only whole names anchor a question: a part of a name ("前期工作" in a policy's title) is just words.
function entityTerms(parsed: ParsedQuestion): Term[] {
  return parsed.entities.filter((spot) => spot.match === "exact").map((spot) => {
    const entity = spot.candidates[0]?.entity;
    const surface = parsed.question.slice(spot.start, spot.end);
    const alts = [...new Set([foldText(surface), ...(entity ? [foldText(entity.name)] : [])])].filter((a) => /[\p{Script=Han}]/u.test(a) || a.length > 1);
    const role: TermRole = entity && (entity.type === "Area" || (entity.type === "Strategy" && isPlaceName(entity.name))) ? "place" : "name";
    return { text: entity?.name ?? surface, alts: alts.sort((a, b) => b.length - a.length), role, at: spot.start };
  });
}

// Administrative places (the subject of a report: a province, city or district) are weak anchors: a report says 我区, 全省.
function isPlaceName(name: string): boolean {
  return /(省|市|区|县|镇|自治区|新区)$/.test(name) && name.length <= 8;
}

function typesOf(words: readonly string[], lang: "zh" | "en"): EntityType[] | null {
  const types = new Set<EntityType>();
  for (const w of words) {
    if (lang === "zh") for (const tw of ZH_TYPE_WORDS) if (w.includes(tw.word)) tw.types.forEach((t) => types.add(t));
    if (lang === "en") for (const tw of EN_TYPE_WORDS) if (w === tw.word || stem(tw.word) === w) tw.types.forEach((t) => types.add(t));
  }
  return types.size > 0 ? [...types] : null;
}

function readChinese(q: string, parsed: ParsedQuestion, inCorpus: (alts: readonly string[]) => boolean): Reading {
  const refusal =
    (besides(q) === null && ZH_REFUSE_NEGATION.find((w) => q.replace(/有没有|是不是|是否/g, "").includes(w)) && "Negations are not answered: the documents list what is, not what is not.") ||
    (ZH_REFUSE_COMPARE.find((w) => q.includes(w)) && "Comparisons are not answered: ask for each value, one at a time.") ||
    (ZH_REFUSE_RELATIVE.find((w) => q.includes(w)) && "A relative year depends on when it is asked; name the year (e.g. 2023年).") ||
    null;
  const answer: AnswerKind = ZH_YEAR.test(q)
    ? "year"
    : ZH_COUNT.test(q) && !/哪几/.test(q)
      ? "count"
      : ZH_NUMBER.test(q)
        ? "number"
        : ZH_PERSON.test(q)
          ? "person"
          : ZH_LIST.test(q)
            ? "list"
            : ZH_SINGLE.test(q)
              ? "single"
              : "list";
  const sizeMatch = /哪([两三四五六七八九十\d]+)[个家项所座条位名处种类大]?/.exec(q) ?? /([两三四五六七八九十\d]+)[个家项所座条位名处种类大](?=\p{Script=Han}{1,6}(分别|都|各)?(是|有|包括)(哪|什么))/u.exec(q);
  const size = sizeMatch?.[1] ? numeral(sizeMatch[1]) : null;

  const anchors = entityTerms(parsed);
  const covered = (at: number, end: number) => parsed.entities.some((s) => s.match === "exact" && s.start < end && at < s.end) || parsed.years.some((y) => y.start < end && at < y.end);
  const years = [...new Set(parsed.years.map((y) => y.year))];

  // Tokens with offsets: the wh-phrases are blanked so jieba does not glue them to the head noun.
  const blanked = q.replace(ZH_WH, (m) => "，".repeat(m.length));
  const tokens: { word: string; tag: string; at: number }[] = [];
  let at = 0;
  for (const { word, tag } of jieba().tag(blanked, true)) {
    tokens.push({ word, tag, at });
    at += word.length;
  }
  const whMatch = [...q.matchAll(ZH_WH)][0];
  const whAt = whMatch?.index ?? -1;
  const whEnd = whMatch ? whAt + whMatch[0].length : -1;

  // Head noun: the nouns right after the wh-phrase ("哪些头部企业"), else right before ("线路有哪些").
  const head: string[] = [];
  if (whMatch) {
    const after = tokens.filter((t) => t.at >= whEnd);
    for (const t of after) {
      if (!/^(n|vn|j|t|b|a)/.test(t.tag) || ZH_STOP.has(t.word)) break;
      head.push(t.word);
      if (head.length >= 3) break;
    }
    if (head.length === 0) {
      const before = tokens.filter((t) => t.at + t.word.length <= whAt).reverse();
      for (const t of before) {
        if ((ZH_STOP.has(t.word) || ["一共", "总共", "共有", "分别", "都"].includes(t.word) || !/\p{Script=Han}/u.test(t.word)) && head.length === 0) continue;
        if (!/^(n|j)/.test(t.tag) || ZH_STOP.has(t.word) || covered(t.at, t.at + t.word.length)) break;
        head.unshift(t.word);
        if (head.length >= 2) break;
      }
    }
  }
  const headPhrase = head.join("");
  const headAlts = [...new Set([...(headPhrase ? synonymsOf(headPhrase) : []), ...head.flatMap(synonymsOf)])].filter((h) => h.length >= 2 || head.length === 1);

  const terms: Term[] = [...anchors];
  for (const y of parsed.years) terms.push({ text: String(y.year), alts: [`${y.year}年`, String(y.year)], role: "year", at: y.start });
  const most = superlative(q);
  if (most) terms.push({ text: most, alts: [most], role: "name", at: q.indexOf(most) });
  for (const t of tokens) {
    const end = t.at + t.word.length;
    if (covered(t.at, end)) continue;
    if (most && (t.word === most || t.word === "最")) continue;
    if (!/\p{Script=Han}|[a-z0-9]/u.test(t.word) || ZH_STOP.has(t.word)) continue;
    if (/^\d+$/.test(t.word)) continue;
    // "五个", "三大": a count said in the question is the size of the answer, not a word to find.
    if (/^[两二三四五六七八九十\d]+[个家项所座条位名处种类大]$/.test(t.word)) continue;
    if (t.word.length === 1 && !/[\p{Script=Han}]/u.test(t.word)) continue;
    if (t.word.length === 1 && !/^[nv]/.test(t.tag)) continue;
    const isHead = head.includes(t.word);
    const isType = isHead || ZH_TYPE_WORDS.some((tw) => tw.word === t.word);
    // A proper name the documents never write is a fact they lack; one they write scopes the answer to where it is.
    const proper = /^(nr|nt|nz|ns|eng)$/.test(t.tag) && t.word.length >= 2;
    const known = inCorpus([t.word]);
    // Only a place word (ns) the documents write scopes the answer to the documents about it; a known word jieba
    // reads as some other proper noun ("新开工", nz) is just a word.
    const role: TermRole = isType ? "type" : proper && !known ? "name" : proper && (t.tag === "ns" || !phraseOfWords(t.word)) ? "place" : "constraint";
    terms.push({ text: t.word, alts: synonymsOf(t.word), role, at: t.at });
  }
  // The question's own place next to the question word ("落户在[青禾县]哪个镇") is not what the sentence writes there.
  const placeToken = (t: { word: string; tag: string; at: number }) => t.tag === "ns" || terms.some((x) => x.role === "place" && x.at === t.at);
  // Neighbouring single-character tokens jieba split off an unknown word are joined back ("低|空" → 低空).
  const slot = whMatch && (answer === "single" || answer === "person" || answer === "year" || answer === "list")
    ? {
        left: neighbour(tokens, whAt, -1, placeToken),
        right: neighbour(tokens, whEnd + headPhrase.length, 1, placeToken),
      }
    : null;
  return {
    lang: "zh",
    answer,
    types: typesOf(head.length > 0 ? head : tokens.map((t) => t.word), "zh"),
    head: headAlts,
    kind: head.length > 0 ? synonymsOf(head[head.length - 1] ?? "") : [],
    size,
    years,
    terms: mergeTerms(terms),
    slot,
    whAt,
    superlative: most,
    superlativeOf: [...headAlts, ...(head.length > 0 ? synonymsOf(head[head.length - 1] ?? "") : [])].filter((k) => k.length >= 2),
    target: /目标|预期|力争|预计/.test(q),
    rate: /增速|增长率|比重|占比|率|百分/.test(q),
    unit: /(万亿元|亿元|万元|美元|元|万吨|吨|万人|人|平方米|公里|亩|%)/.exec(q)?.[1] ?? null,
    refusal: refusal || (whMatch ? null : "No question word (哪些, 什么, 多少, 谁 …): ask what you want to know about it.") || tooFew(terms),
  };
}

/** A word made of ordinary words, one of them a verb or adverb ("新开工" = 新 + 开工): a phrase, not a name. */
function phraseOfWords(word: string): boolean {
  const parts = jieba().cutAll(word).filter((p) => p !== word && p.length >= 2);
  return parts.some((p) => jieba().tag(p, false).every((t) => /^(v|d|ad)/.test(t.tag)));
}

/** The words next to the question word, as the strings a sentence may write them with: the nearest word, its synonyms, and the two nearest. */
function neighbour(
  tokens: readonly { word: string; tag: string; at: number }[],
  at: number,
  dir: 1 | -1,
  skip: (t: { word: string; tag: string; at: number }) => boolean = () => false,
): string[] {
  const list = dir === 1 ? tokens.filter((t) => t.at >= at) : tokens.filter((t) => t.at + t.word.length <= at).reverse();
  const out: string[] = [];
  for (const t of list) {
    if (!/\p{Script=Han}|[a-z0-9]/u.test(t.word)) break;
    if ((["的", "是", "了", "有", "成", "到", "叫", "为", "在"].includes(t.word) || skip(t)) && out.length === 0) continue;
    out.push(t.word);
    if (out.length >= 2) break;
  }
  const nearest = out[0];
  if (!nearest) return [];
  // "升级成" against "升级为": a verb's trailing 成/为/到/至 is not part of what to align on.
  const bare = /^(\p{Script=Han}{2,})[成为到至在]$/u.exec(nearest)?.[1];
  if (bare) out[0] = bare;
  const two = out.length === 2 ? (dir === 1 ? out.join("") : [...out].reverse().join("")) : null;
  return [...new Set([...(two ? [two] : []), ...synonymsOf(out[0] ?? nearest)])].filter((w) => w.length >= 1);
}

// A question must say enough: a name, a place or a year, or at least three words to look for.
function tooFew(terms: readonly Term[]): string | null {
  const anchored = terms.some((t) => t.role === "name" || t.role === "place" || t.role === "year");
  const words = terms.filter((t) => t.role === "constraint").length;
  return anchored || words >= 3 ? null : "The question names nothing the documents speak of; name a place, a project, a year or a metric.";
}

function mergeTerms(terms: readonly Term[]): Term[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = t.alts.join("|");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const EN_STOP_EXTRA = new Set(["which", "what", "who", "whom", "when", "how", "name", "list", "plan", "planned", "plans", "aim", "aims", "intend", "intends", "will", "does", "did", "year", "named", "called", "make", "made", "up", "besides", "other", "its", "this", "that"]);

function readEnglish(question: string, folded: string, parsed: ParsedQuestion, inCorpus: (alts: readonly string[]) => boolean, df: (alts: readonly string[]) => number): Reading {
  // The Chinese words an English word stands for that the documents use: the policy glossary's first, then the
  // dictionary's by how often the documents use them.
  const glossaryWordsInDocs = (word: string): string[] => EXTRA_FIRST(word).filter((c) => inCorpus([c])).map(foldText);
  const inDocs = (word: string, limit: number): string[] => {
    const all = chineseFor(word).filter((c) => c.length >= 2 && inCorpus([c]));
    const extra = all.filter((c) => EXTRA_FIRST(word).includes(c));
    const rest = all.filter((c) => !extra.includes(c)).sort((a, b) => df([b]) - df([a]));
    return [...extra, ...rest].slice(0, limit);
  };
  const refusal = EN_REFUSE.test(folded) ? "Negations, comparisons and relative years are not answered from evidence." : null;
  const answer: AnswerKind = /\b(what|which) year\b|\bwhen\b/.test(folded)
    ? "year"
    : /\bhow many\b/.test(folded)
      ? "count"
      : /\bhow (much|large|big|high)\b/.test(folded) ||
          (/^\s*what\b/.test(folded) && /\b(rate|growth|target|output|value|volume|revenue|income|gdp|total|amount|number|throughput|scale|size|level|investment|production|sales|share|percentage|proportion)\b/.test(folded))
        ? "number"
        : /\bwho\b|\bwhich (governor|mayor|person|official|leader)\b/.test(folded)
          ? "person"
          : "single";
  const sizeWords: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  const sizeMatch = /\b(two|three|four|five|six|seven|eight|nine|ten)\b/.exec(folded);
  const size = sizeMatch?.[1] ? (sizeWords[sizeMatch[1]] ?? null) : null;
  const anchors = entityTerms(parsed);
  const covered = (start: number, end: number) => parsed.entities.some((s) => s.match === "exact" && s.start < end && start < s.end) || parsed.years.some((y) => y.start < end && start < y.end);
  const years = [...new Set(parsed.years.map((y) => y.year))];

  // Words with their offsets and original case.
  const raw = [...question.matchAll(/[A-Za-z][A-Za-z-]*|\d+(?:\.\d+)?[A-Za-z]*/g)].map((m) => ({ word: m[0], at: m.index }));
  const words = raw
    .filter((w) => !covered(w.at, w.at + w.word.length))
    .map((w, i) => ({ ...w, i, lower: w.word.toLowerCase(), base: englishWords(w.word)[0] ?? null }));
  const terms: Term[] = [...anchors];
  for (const y of parsed.years) terms.push({ text: String(y.year), alts: [`${y.year}年`, String(y.year)], role: "year", at: y.start });

  // The head: the words after which/what up to the first plural noun.
  const whIndex = words.findIndex((w, i) => /^(which|what)$/.test(w.lower) || (w.lower === "many" && words[i - 1]?.lower === "how"));
  const head: string[] = [];
  if (whIndex >= 0) {
    for (const w of words.slice(whIndex + 1, whIndex + 6)) {
      // A number inside the kind ("phase-5 rail lines") is part of it, not its end.
      if (/^\d/.test(w.word) && head.length > 0) continue;
      if (!w.base || /^(is|was|are|were|did|does|do|will|has|have)$/.test(w.lower)) break;
      head.push(w.base);
      if (/s$/.test(w.lower) && w.lower !== w.base) break;
    }
  }
  // A list when the kind asked for is plural ("which metro lines is …", "which four cities"), or "what are …";
  // "which district does …" and "what is …" ask for one.
  const plural = head.length > 0 && isPlural(words.find((w) => w.base === head[head.length - 1] && w.i > whIndex)?.lower ?? "");
  const reading: AnswerKind = answer === "single" && (plural || /\b(which|what) (are|were)\b/.test(folded) || (size ?? 0) >= 2) ? "list" : answer;
  // Runs of capitalised words ("Guangdong Bohua UHD Innovation Center"), and whether another word of the run is known.
  const capitalised = (i: number) => /^[A-Z]/.test(words[i]?.word ?? "") && i > 0;
  const adjacent = (i: number) => (words[i + 1]?.at ?? Infinity) - ((words[i]?.at ?? 0) + (words[i]?.word.length ?? 0)) <= 3;
  const inKnownRun = (i: number): boolean => {
    let a = i;
    let b = i;
    while (a - 1 >= 0 && capitalised(a - 1) && adjacent(a - 1)) a--;
    while (b + 1 < words.length && capitalised(b + 1) && adjacent(b)) b++;
    if (b === a) return false;
    for (let k = a; k <= b; k++) {
      const base = words[k]?.base;
      if (k !== i && base && (inDocs(base, 1).length > 0 || pinyinSpellings((words[k]?.lower ?? "").replace(/[^a-z]/g, ""), inCorpus).length > 0)) return true;
    }
    return false;
  };
  const used = new Set<number>();
  // Two neighbouring words glossed by one Chinese word ("low altitude" → 低空) count as one term.
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (!a?.base || !b?.base || b.at - (a.at + a.word.length) > 1) continue;
    const both = chineseFor(a.base).filter((c) => c.length >= 2 && chineseFor(b.base ?? "").includes(c) && inCorpus([c]));
    if (both.length === 0) continue;
    used.add(i).add(i + 1);
    const isHead = head.includes(a.base) || head.includes(b.base);
    // The phrase's own word first; each word's words still count ("growth rate": 增长率, or 增长 and 率).
    const alts = both.slice(0, 4).map(foldText);
    const weak = [...new Set([...inDocs(a.base, 4), ...inDocs(b.base ?? "", 4)])].map(foldText).filter((x) => !alts.includes(x));
    terms.push({ text: `${a.word} ${b.word}`, alts, weak, role: isHead ? "type" : "constraint", at: a.at });
  }
  for (const w of words) {
    if (used.has(w.i) || !w.base || EN_STOP_EXTRA.has(w.lower) || EN_STOP_EXTRA.has(w.base)) continue;
    if (/^(largest|biggest|highest|lowest|fewest|earliest|longest|strongest)$/.test(w.lower)) continue;
    if (/^(trillion|billion|million|yuan)$/.test(w.lower) || /^(trillion|billion|million)$/.test(words[w.i + 1]?.lower ?? "")) continue;
    // A proper name (few dictionary senses, written capitalised) must stand in the sentence, even inside the head.
    const properNoun = /^[A-Z]/.test(w.word) && w.i > 0 && chineseFor(w.base).length <= 3 && !/^[A-Z]{1,3}$/.test(w.word);
    const isHead = head.includes(w.base) && !properNoun;
    const literal = /[A-Z].*[A-Z]|\d/.test(w.word) && inCorpus([w.word]) ? [foldText(w.word)] : [];
    const dictionary = chineseFor(w.base);
    const parts = w.word.includes("-") ? w.word.toLowerCase().split("-").filter((x) => x.length > 1).map(stem) : [];
    const glossed = inDocs(w.base, 12);
    const partGlossed = glossed.length === 0 ? parts.flatMap((x) => inDocs(x, 4)) : [];
    // An acronym the documents write ("GDP") counts as itself and as the words it stands for (地区生产总值).
    const alts = literal.length > 0 ? [...literal, ...glossaryWordsInDocs(w.base)] : glossed.length > 0 ? glossed : partGlossed;
    const capital = /^[A-Z]/.test(w.word) && w.i > 0;
    // A capitalised word the documents write as a place (拉萨, 伦敦): the documents about it answer. A common noun
    // in a title-case name ("… Port", many senses, none its own spelling) is a word of the name, not a place.
    const spelled = capital ? pinyinSpellings(w.lower, inCorpus) : [];
    const proper = capital && (dictionary.length <= 3 || alts.some((a) => readsAs(a, w.lower)) || spelled.length > 0);
    // The documents' own spelling of a pinyin name (拉萨) first; else the dictionary's places for it.
    const spelledPlaces = spelled.filter((a) => jieba().tag(a, true).every((t) => t.tag === "ns"));
    const placeForms = !proper ? [] : spelledPlaces.length > 0 ? spelledPlaces : alts.filter((a) => jieba().tag(a, true).every((t) => t.tag === "ns"));
    if (capital && placeForms.length > 0) {
      terms.push({ text: w.word, alts: placeForms.map(foldText), role: "place", at: w.at });
      continue;
    }
    if (alts.length === 0 && dictionary.length > 3 && !isHead) continue;
    if (alts.length === 0 && capital && !w.word.includes("-")) {
      const spelled = pinyinSpellings(w.lower, inCorpus);
      if (spelled.length > 0) {
        terms.push({ text: w.word, alts: spelled, role: "place", at: w.at });
        continue;
      }
      // A name the documents never write: the question is about something they do not cover. Inside a title-case
      // run whose other words the documents do write ("Henan Provincial People's Government") it is part of a name.
      if (inKnownRun(w.i)) continue;
      if (!/^[A-Z]{1,3}$/.test(w.word)) terms.push({ text: w.word, alts: [foldText(w.word)], role: "name", at: w.at });
      continue;
    }
    if (alts.length === 0) continue;
    // The policy glossary's words are the reading; the dictionary's other senses count in part.
    const strong = literal.length === 0 ? glossaryWordsInDocs(w.base) : [];
    const folded = alts.map(foldText);
    const split = strong.length > 0 && !properNoun;
    terms.push({
      text: w.word,
      alts: split ? strong : folded,
      weak: split ? folded.filter((x) => !strong.includes(x)) : [],
      role: properNoun ? "name" : isHead ? "type" : "constraint",
      at: w.at,
    });
  }
  const most = superlative(folded);
  const mostAt = most ? question.search(/\b(largest|biggest|highest|lowest|fewest|earliest|longest|strongest)\b/i) : -1;
  if (most) terms.push({ text: most, alts: [most], role: "name", at: -1 });
  // "50 billion yuan" is written 500亿元: an amount the question gives is looked for as the reports write it.
  for (const m of folded.matchAll(/(\d+(?:\.\d+)?)\s*(trillion|billion|million)\b/g)) {
    const [factor, unit] = m[2] === "trillion" ? [1, "万亿"] : m[2] === "billion" ? [10, "亿"] : [100, "万"];
    const amount = `${Number((Number(m[1]) * factor).toFixed(6))}${unit}`;
    terms.push({ text: m[0], alts: [amount], role: "constraint", at: m.index });
  }
  const headAlts = [...new Set(head.filter((h) => !words.some((w) => w.base === h && /^[A-Z]/.test(w.word) && w.i > 0 && chineseFor(h).length <= 3)).flatMap((h) => inDocs(h, 6)))].map(foldText);
  // The kind of thing asked for is one the documents never name ("airports"): nothing can answer.
  const headUnknown = head.length > 0 && headAlts.length === 0 && head.some((h) => chineseFor(h).length > 0);
  return {
    lang: "en",
    answer: reading,
    types: typesOf(head, "en"),
    head: headAlts,
    kind: head.length > 0 ? inDocs(head[head.length - 1] ?? "", 6).map(foldText) : [],
    size,
    years,
    terms: mergeTerms(terms),
    slot: null,
    whAt: -1,
    superlative: most,
    // The two words after "largest" ("largest affordable-housing project" → 保障性住房, 项目).
    superlativeOf: mostAt < 0 ? [] : terms.filter((t) => t.at > mostAt && (t.role === "constraint" || t.role === "type")).sort((a, b) => a.at - b.at).slice(0, 2).flatMap((t) => [...t.alts, ...(t.weak ?? [])]).filter((k) => k.length >= 2),
    target: /\b(target|goal|expected|plan|planned|aim|forecast)\b/.test(folded),
    rate: /\b(rate|growth|share|percentage|proportion|percent)\b/.test(folded),
    unit: /\byuan\b/.test(folded) ? "元" : null,
    refusal:
      refusal ??
      (headUnknown ? `The documents never name any ${head.join(" ")}.` : null) ??
      (/\b(which|what|who|when|how|where|list|name)\b/.test(folded) ? null : "No question word (which, what, how many …): ask what you want to know about it.") ??
      tooFew(terms),
  };
}

/** A plural English noun ("lines", "cities", "companies"; not "does", "is", "business"). */
function isPlural(word: string): boolean {
  return /[^su]s$/.test(word) && stem(word) !== word && !/^(does|has|was|is|this|its|his)$/.test(word);
}

/**
 * Han spellings of a pinyin word found in the documents ("nanshan" → 南山): the syllables are read off the
 * word by the readings of the characters of the documents' own two- to four-character strings.
 */
function pinyinSpellings(word: string, inCorpus: (alts: readonly string[]) => boolean): string[] {
  const found: string[] = [];
  for (const candidate of spellings(word, 4)) if (inCorpus([candidate])) found.push(candidate);
  return found.slice(0, 4);
}

const SYLLABLES = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)(?![aeiouv])/;

// Every split of `word` into syllables, and for each the Han strings whose characters read so (from a small
// reverse table built on demand over the characters the glossary knows).
export function spellings(word: string, maxSyllables: number): string[] {
  const splits: string[][] = [];
  const walk = (rest: string, acc: string[]) => {
    if (acc.length > maxSyllables) return;
    if (rest.length === 0) {
      if (acc.length >= 2) splits.push(acc);
      return;
    }
    for (let n = Math.min(6, rest.length); n >= 1; n--) {
      const piece = rest.slice(0, n);
      const m = SYLLABLES.exec(piece);
      if (m && m[0] === piece) walk(rest.slice(n), [...acc, piece]);
    }
  };
  walk(word, []);
  const out: string[] = [];
  for (const split of splits.slice(0, 4)) {
    let partial = [""];
    for (const syl of split) {
      const chars = charsReading(syl);
      partial = partial.flatMap((p) => chars.map((c) => p + c)).slice(0, 4000);
    }
    out.push(...partial);
  }
  return out;
}

let byReading: Map<string, string[]> | null = null;
function charsReading(syllable: string): string[] {
  if (!byReading) {
    byReading = new Map();
    // Common characters only: the first 3500 code points of the glossary's table that have a reading.
    for (let code = 0x4e00; code <= 0x9fa5; code++) {
      const ch = String.fromCharCode(code);
      for (const r of pinyinOf(ch)) {
        const list = byReading.get(r) ?? [];
        list.push(ch);
        byReading.set(r, list);
      }
    }
  }
  return byReading.get(syllable) ?? [];
}

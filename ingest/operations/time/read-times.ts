/**
 * The time words of a sentence, each resolved to a period against the document's date: written years
 * ("2023年", OCR-spaced "2 0 2 3年"), ranges ("2012-2021年"), spans ("2021年以来", "“十四五”期间",
 * "近年来", "过去五年"), parts of a year ("前三季度", "一季度", "1-11月份", "上半年", "截至2020年11月底")
 * and words relative to the publication date (今年, 去年, 上年, 明年, 目前, "10年前").
 */
import type { TextSpan } from "../../model.ts";
import { type DocumentTime, reviewYear } from "./document-time.ts";
import { type Period, partOfYear, spanOfYears, wholeYear } from "./period.ts";

/** A time expression found in a text. */
export interface TimeMention extends TextSpan {
  /** The words as written, e.g. "2023年1-11月份". */
  readonly text: string;
  readonly period: Period;
  /** Written relative to the publication date (今年, 去年, 目前…) rather than as a number. */
  readonly relative: boolean;
  /** "今年", "今年以来": the year so far, when the document was published before the year ended. */
  readonly toDate: boolean;
}

/** What a rule needs besides its match: the publication year and the year the document reviews. */
interface Anchor {
  readonly published: number | null;
  readonly reviewed: number | null;
}

type Reading = Omit<TimeMention, "start" | "end" | "text">;

interface Rule {
  readonly pattern: RegExp;
  readonly read: (match: RegExpExecArray, at: Anchor, text: string) => Reading | null;
}

// Four digits, each optionally followed by one OCR space ("2 0 2 1"); 1950-2099 only, checked after matching.
const Y = String.raw`(?<![\d.])([12]\s?[09]\s?\d\s?\d)(?![\d.])`;
const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
// Part of a year: "1-11月份", "1至11月", "前三季度", "一季度", "第二季度", "上半年".
const PART = String.raw`(?:(\d{1,2})\s?[-—–~～至到]\s?(\d{1,2})\s?月份?|前([二两三])个?季度|第?([一二三四1-4])季度|([上下])半年)`;

const toYear = (digits: string | undefined): number | null => {
  if (digits === undefined) return null;
  const year = Number(digits.replace(/\s/gu, ""));
  return year >= 1950 && year <= 2099 ? year : null;
};
const toCount = (word: string | undefined): number | null => {
  if (word === undefined) return null;
  return /^\d+$/u.test(word) ? Number(word) : (CN_DIGIT[word] ?? null);
};
const plain = (period: Period): Reading => ({ period, relative: false, toDate: false });
const relative = (period: Period, toDate = false): Reading => ({ period, relative: true, toDate });

/** The months a PART match names (groups at `i`..`i + 4`), or null when they make no sense. */
function partMonths(m: RegExpExecArray, i: number): [number, number] | null {
  const [first, last, firstQuarters, quarter, half] = [m[i], m[i + 1], m[i + 2], m[i + 3], m[i + 4]];
  if (first !== undefined && last !== undefined) {
    const [a, b] = [Number(first), Number(last)];
    return a >= 1 && a <= b && b <= 12 ? [a, b] : null;
  }
  if (firstQuarters !== undefined) return [1, 3 * (CN_DIGIT[firstQuarters] ?? 1)];
  if (quarter !== undefined) {
    const q = toCount(quarter) ?? 1;
    return [3 * q - 2, 3 * q];
  }
  if (half !== undefined) return half === "上" ? [1, 6] : [7, 12];
  return null;
}

// "比上年增长", "较上年", "上年同期": 上年 names the base of a comparison, not the period of the value.
const COMPARISON_BEFORE = /(?:比|较|于|与|同|超|超过|高于|低于|好于)$/u;
const COMPARISON_AFTER = /^(?:同期|基础|水平)/u;

const RULES: readonly Rule[] = [
  // "截至2020年11月底": a stock as it stood then.
  {
    pattern: new RegExp(String.raw`(?:截至|截止到?)\s?${Y}\s?年\s?(?:(\d{1,2})\s?月份?)?\s?[底末]?`, "gu"),
    read: (m) => {
      const year = toYear(m[1]);
      const month = m[2] === undefined ? 12 : Number(m[2]);
      return year === null || month < 1 || month > 12 ? null : plain(partOfYear(year, 1, month));
    },
  },
  // "2023年1-11月份", "2023年一季度"
  {
    pattern: new RegExp(String.raw`${Y}\s?年\s?${PART}`, "gu"),
    read: (m) => {
      const year = toYear(m[1]);
      const months = partMonths(m, 2);
      return year === null || months === null ? null : plain(partOfYear(year, months[0], months[1]));
    },
  },
  // "前三季度", "1至11月": the year the document reports on.
  {
    pattern: new RegExp(PART, "gu"),
    read: (m, at) => {
      const months = partMonths(m, 1);
      return months === null || at.reviewed === null ? null : relative(partOfYear(at.reviewed, months[0], months[1]));
    },
  },
  // "2012-2021年", "2021至2023年"
  {
    pattern: new RegExp(String.raw`${Y}\s?年?\s?[-—–~～至到]\s?${Y}\s?年`, "gu"),
    read: (m) => {
      const [from, to] = [toYear(m[1]), toYear(m[2])];
      return from === null || to === null || to < from ? null : plain(spanOfYears(from, to));
    },
  },
  // "2021年以来": from then to the year the document reports on.
  {
    pattern: new RegExp(String.raw`${Y}\s?年\s?以来`, "gu"),
    read: (m, at) => {
      const from = toYear(m[1]);
      if (from === null) return null;
      const to = Math.max(from, at.reviewed ?? from);
      return { period: spanOfYears(from, to), relative: false, toDate: to === at.published };
    },
  },
  {
    pattern: new RegExp(String.raw`${Y}\s?年(?!代)`, "gu"),
    read: (m) => {
      const year = toYear(m[1]);
      return year === null ? null : plain(wholeYear(year));
    },
  },
  // "“十四五”期间" (2021-2025), "十三五以来", "十四五末".
  {
    pattern: /[“"]?十([一二三四五六])五[”"]?\s?(?:规划)?(期间|时期|以来|末|期末)/gu,
    read: (m, at) => {
      const n = 10 + (CN_DIGIT[m[1] ?? ""] ?? 0);
      const start = 2021 + 5 * (n - 14);
      const end = start + 4;
      if (m[2] === "末" || m[2] === "期末") return plain(wholeYear(end));
      if (m[2] === "以来") return relative(spanOfYears(start, Math.min(end, Math.max(start, at.reviewed ?? end))));
      return plain(spanOfYears(start, end));
    },
  },
  // "过去一年", "过去五年": counted back from the publication year, which they do not include.
  {
    pattern: /过去(一|二|两|三|四|五|十|\d{1,2})年/gu,
    read: (m, at) => {
      const n = toCount(m[1]);
      if (n === null || at.published === null) return null;
      return relative(spanOfYears(at.published - n, at.published - 1));
    },
  },
  // "近三年", "近5年": the last n years up to the reviewed one.
  {
    pattern: /近(二|两|三|四|五|十|\d{1,2})年(?!前)/gu,
    read: (m, at) => {
      const n = toCount(m[1]);
      return n === null || at.reviewed === null ? null : relative(spanOfYears(at.reviewed - n + 1, at.reviewed));
    },
  },
  {
    pattern: /近(?:几|些)?年(?:来|以来)?/gu,
    read: (_m, at) => (at.reviewed === null ? null : relative(spanOfYears(null, at.reviewed))),
  },
  // "10年前"
  {
    pattern: /(?<![\d.])(\d{1,2})\s?年前/gu,
    read: (m, at) => (at.published === null ? null : relative(wholeYear(at.published - Number(m[1])))),
  },
  {
    pattern: /今年以来|去年以来|今年|本年度?|年内|去年|上年|前年|明年|后年|截至目前|至今|目前|现在|当前|如今/gu,
    read: (m, at, text) => {
      const word = m[0];
      const { published, reviewed } = at;
      if (published === null || reviewed === null) return null;
      if (word === "上年" && (COMPARISON_BEFORE.test(text.slice(0, m.index)) || COMPARISON_AFTER.test(text.slice(m.index + 2)))) return null;
      switch (word) {
        case "今年以来":
        case "今年":
        case "本年":
        case "本年度":
          return relative(wholeYear(published), true);
        case "年内":
          return relative(wholeYear(published));
        case "去年以来":
          return relative(spanOfYears(published - 1, Math.max(published - 1, reviewed)), reviewed === published);
        case "去年":
        case "上年":
          return relative(wholeYear(published - 1));
        case "前年":
          return relative(wholeYear(published - 2));
        case "明年":
          return relative(wholeYear(published + 1));
        case "后年":
          return relative(wholeYear(published + 2));
        default:
          // 目前, 至今…: as things stand when the document was written: the reviewed year, or in a
          // mid-year article the year so far.
          return relative(wholeYear(reviewed), reviewed === published);
      }
    },
  },
];

/** Spans inside 《…》: a title's "(2023-2025年)" is not the period of the sentence's facts. */
function titleSpans(text: string): TextSpan[] {
  return [...text.matchAll(/《[^《》]*》/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Every time expression in `text`, in order; where two overlap, the one starting first (then the longer) wins. */
export function readTimes(text: string, doc: DocumentTime): TimeMention[] {
  const at: Anchor = { published: doc.year, reviewed: reviewYear(doc) };
  const titles = titleSpans(text);
  const candidates: TimeMention[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (titles.some((t) => start >= t.start && end <= t.end)) continue;
      const reading = rule.read(match as RegExpExecArray, at, text);
      if (reading !== null) candidates.push({ start, end, text: match[0], ...reading });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeMention[] = [];
  for (const c of candidates) {
    const last = kept.at(-1);
    if (last === undefined || c.start >= last.end) kept.push(c);
  }
  return kept;
}

/** The first time expression written in any of the headings (innermost first). */
export function headingTime(headings: readonly string[], doc: DocumentTime): TimeMention | null {
  for (const heading of headings) {
    const found = readTimes(heading, doc).find((t) => !t.relative);
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * Years in a sentence: "2021年", OCR-spaced "2 0 2 1年", ranges "2012-2021年", and words relative to
 * the document's year (今年, 去年, 明年, 年内, 目前, "10年前"). Facts take the year nearest to them.
 */
import type { TextSpan } from "../../model.ts";

/** How a year was written: a plain year, the end of a range, or a word relative to the document year. */
export type YearSource = "explicit" | "range" | "relative";

/** A year found in a text. For a range, `year` is the later end and `from` the earlier one. */
export interface YearMention extends TextSpan {
  readonly year: number;
  readonly source: YearSource;
  readonly from: number | null;
}

// Four digits, each optionally followed by one OCR space ("2 0 2 1"); 1950-2099 only, checked after matching.
const D4 = String.raw`(?<![\d.])([12]\s?[09]\s?\d\s?\d)(?![\d.])`;
const RANGE = String.raw`${D4}\s?年?\s?[-—–~～至到]\s?${D4}\s?年?`;
const SINGLE = String.raw`${D4}\s?年(?!代)`;
// "10年前": a span counted back from the document's year.
const YEARS_AGO = String.raw`(?<![\d.])(\d{1,2})\s?年前`;
// 上年 is left out on purpose: "比上年增长" names the comparison base, not the value's year.
const RELATIVE = "今年|本年|去年|前年|明年|后年|年内|目前|现在|当前|如今";
const YEAR_PATTERN = new RegExp(`${RANGE}|${SINGLE}|${YEARS_AGO}|(${RELATIVE})`, "gu");

const RELATIVE_OFFSET: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 年内: 0, 目前: 0, 现在: 0, 当前: 0, 如今: 0,
  去年: -1, 前年: -2, 明年: 1, 后年: 2,
};

function toYear(digits: string | undefined): number | null {
  if (digits === undefined) return null;
  const year = Number(digits.replace(/\s/g, ""));
  return year >= 1950 && year <= 2099 ? year : null;
}

/** Spans inside 《…》: a title's "(2023-2025年)" is not the year of the sentence's facts. */
function titleSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const match of text.matchAll(/《[^《》]*》/gu)) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** Every year in `text`, in order; relative words resolve only when documentYear is known. */
export function findYears(text: string, documentYear: number | null): YearMention[] {
  const titles = titleSpans(text);
  const found: YearMention[] = [];
  for (const match of text.matchAll(YEAR_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (titles.some((t) => start >= t.start && end <= t.end)) continue;
    const [, rangeFrom, rangeTo, single, ago, relative] = match;
    if (rangeFrom !== undefined) {
      const from = toYear(rangeFrom);
      const to = toYear(rangeTo);
      if (from !== null && to !== null && to >= from) found.push({ start, end, year: to, source: "range", from });
    } else if (single !== undefined) {
      const year = toYear(single);
      if (year !== null) found.push({ start, end, year, source: "explicit", from: null });
    } else if (ago !== undefined && documentYear !== null) {
      found.push({ start, end, year: documentYear - Number(ago), source: "relative", from: null });
    } else if (relative !== undefined && documentYear !== null) {
      found.push({ start, end, year: documentYear + (RELATIVE_OFFSET[relative] ?? 0), source: "relative", from: null });
    }
  }
  return found;
}

/** Options for picking the year of a fact at some offset. */
export interface PickYearOptions {
  /** Only years written out (explicit or ranges), not 今年/目前. */
  readonly explicitOnly?: boolean;
  /** Also accept a year after the offset elsewhere in the sentence, as a last resort. */
  readonly sentenceAfter?: boolean;
}

/**
 * The year of a fact at `pos` inside `clause`: the nearest year before it in the clause, else the
 * nearest after it in the clause, else the nearest before it in the sentence; null when none.
 */
export function pickYear(years: readonly YearMention[], clause: TextSpan, pos: number, options: PickYearOptions = {}): number | null {
  const usable = options.explicitOnly === true ? years.filter((y) => y.source !== "relative") : years;
  const inClause = usable.filter((y) => y.start >= clause.start && y.end <= clause.end);
  const before = (list: readonly YearMention[]): YearMention | undefined => list.filter((y) => y.end <= pos).at(-1);
  const after = (list: readonly YearMention[]): YearMention | undefined => list.find((y) => y.start >= pos);
  const picked =
    before(inClause) ??
    after(inClause) ??
    before(usable) ??
    (options.sentenceAfter === true ? after(usable) : undefined);
  return picked?.year ?? null;
}

/** The first written-out year in any of the headings (innermost first), or null. */
export function headingYear(headings: readonly string[]): number | null {
  for (const heading of headings) {
    const year = findYears(heading, null).find((y) => y.source !== "relative");
    if (year !== undefined) return year.year;
  }
  return null;
}

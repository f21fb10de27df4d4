/**
 * The period one fact describes: the time words picked for it in its sentence, else its section's heading,
 * else the document (a target speaks of the year it is set in, a result of the year the document reviews).
 */
import type { TextSpan } from "../../model.ts";
import { type DocumentTime, monthsSoFar, reviewYear } from "./document-time.ts";
import { isSpanPeriod, partOfYear, type Period, wholeYear } from "./period.ts";
import type { TimeMention } from "./read-times.ts";

/** A fact's period, the words it was read from, and whether the sentence itself left it unsaid. */
export interface PeriodReading {
  readonly period: Period;
  /** The time words in the sentence or heading; "" when the period comes from the document's date. */
  readonly text: string;
  /** True when the sentence states no period and the heading or the document's date supplied it. */
  readonly inferred: boolean;
}

/** Whether the fact is a result (reported) or a goal or plan (set for the year of the document). */
export type FactTense = "result" | "plan";

/** The last time mention inside the first of `windows` that holds one. */
export function lastTimeIn(times: readonly TimeMention[], windows: readonly TextSpan[]): TimeMention | undefined {
  for (const w of windows) {
    const found = times.filter((t) => t.start >= w.start && t.end <= w.end).at(-1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Resolves the period of a fact. "今年引进项目134个" in a July article is the year so far (January to
 * June), and so is an undated "累计建成5G基站4262处" there; "今年力争引进…" is a goal for the whole year.
 */
export function factPeriod(
  stated: TimeMention | undefined,
  heading: TimeMention | null,
  doc: DocumentTime,
  tense: FactTense,
): PeriodReading | null {
  if (stated !== undefined) {
    const soFar = monthsSoFar(doc);
    const yearSoFar = stated.toDate && tense === "result" && soFar !== null && stated.period.year === doc.year && !isSpanPeriod(stated.period);
    return { period: yearSoFar ? partOfYear(stated.period.year, 1, soFar) : stated.period, text: stated.text, inferred: false };
  }
  if (heading !== null) return { period: heading.period, text: heading.text, inferred: true };
  const year = tense === "plan" ? doc.year : reviewYear(doc);
  if (year === null) return null;
  // A result in a mid-year article that names no period is as of the article: the year so far. Only the
  // year-end figure of a later report may stand for the whole year.
  const soFar = monthsSoFar(doc);
  if (tense === "result" && soFar !== null && year === doc.year) return { period: partOfYear(year, 1, soFar), text: "", inferred: true };
  return { period: wholeYear(year), text: "", inferred: true };
}

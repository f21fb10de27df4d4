/**
 * The period a value or milestone describes: a year, a part of a year (一季度, 1-11月, 上半年) or a span of
 * years (2021年以来, "十四五"期间). Stored as one string so Cypher can group on it:
 *   "2023"          the whole year
 *   "2023-Q1"       a quarter; "2023-Q1..Q3" several (前三季度)
 *   "2023-01..11"   months that are not whole quarters (1-11月); "2023-11" one month
 *   "2021..2023"    a span of whole years; "..2023" a span whose start the text leaves open (近年来)
 */

/** A period of time; `year` is always the (last) year it falls in. */
export interface Period {
  readonly year: number;
  /** First year of a span; null when the period lies within `year`. */
  readonly fromYear: number | null;
  /** A span that starts at some unstated year ("近年来"). */
  readonly openStart: boolean;
  /** First and last month of a part of `year`; null for the whole year. */
  readonly months: readonly [number, number] | null;
}

/** The whole of one year. */
export const wholeYear = (year: number): Period => ({ year, fromYear: null, openStart: false, months: null });

/** Months `first`..`last` of `year`; 1..12 is the whole year. */
export function partOfYear(year: number, first: number, last: number): Period {
  return first === 1 && last === 12 ? wholeYear(year) : { year, fromYear: null, openStart: false, months: [first, last] };
}

/** The years `fromYear`..`year`; one year when they are equal. */
export function spanOfYears(fromYear: number | null, year: number): Period {
  if (fromYear !== null && fromYear >= year) return wholeYear(year);
  return { year, fromYear, openStart: fromYear === null, months: null };
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** The stored form (see the file comment). */
export function formatPeriod(period: Period): string {
  const { year, fromYear, openStart, months } = period;
  if (openStart) return `..${year}`;
  if (fromYear !== null) return `${fromYear}..${year}`;
  if (months === null) return String(year);
  const [first, last] = months;
  if ((first - 1) % 3 === 0 && last % 3 === 0) {
    const q1 = (first + 2) / 3;
    const q2 = last / 3;
    return q1 === q2 ? `${year}-Q${q1}` : `${year}-Q${q1}..Q${q2}`;
  }
  return first === last ? `${year}-${pad(first)}` : `${year}-${pad(first)}..${pad(last)}`;
}

/** True for a part of a year: such a value never joins a series of whole years. */
export const isPartialPeriod = (period: Period): boolean => period.months !== null;

/** True for a span of several years. */
export const isSpanPeriod = (period: Period): boolean => period.openStart || period.fromYear !== null;

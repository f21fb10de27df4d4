/**
 * Groups indicator values into series and periods. A series is one subject's metric in one measure (stock,
 * flow, rate, share, level) and unit, over whole years or over parts of years: a first-quarter figure never
 * sits in a series of whole years, and new parks never in the series of all parks. In each period, actual
 * stands against target with the gap, and a conflict is flagged when documents disagree. Pure, so the rules
 * are unit-tested.
 */
import { isPartialPeriodText, MEASURES, type FactPeriod, type Measure, type ValueKind } from "../../graph/contract.ts";
import type { IndicatorValueRow } from "../queries/indicator-values.ts";
import { compareYears } from "./compare-years.ts";
import type { EntityResult } from "./entity.ts";
import { latestPublished, toEvidence, type Evidence } from "./evidence.ts";

/** One value a document states. */
export interface IndicatorPoint extends FactPeriod {
  readonly id: string;
  readonly subject: EntityResult;
  readonly value: number;
  readonly unit: string;
  /** A part of a year (一季度, 1-11月): kept out of series of whole years. */
  readonly partial: boolean;
  readonly kind: ValueKind;
  readonly measure: Measure;
  readonly evidence: readonly Evidence[];
}

/** A series' values in one period. */
export interface IndicatorYear {
  readonly subject: EntityResult;
  readonly year: number | null;
  readonly period: string | null;
  /** The time words of its values ("前三季度", "2023年以来"), distinct, joined by "、"; "" when none states one. */
  readonly periodText: string;
  /** True when no value of the period had it stated in its sentence. */
  readonly periodInferred: boolean;
  readonly partial: boolean;
  readonly measure: Measure;
  readonly unit: string;
  readonly actual: number | null;
  readonly estimate: number | null;
  readonly target: number | null;
  /** actual − target, when both are stated. */
  readonly gap: number | null;
  /** True when two documents state different values for the same kind. */
  readonly conflict: boolean;
  readonly values: readonly IndicatorPoint[];
}

/** One series: a subject's metric in one measure and unit, over whole years or over parts of years. */
export interface IndicatorLine {
  readonly subject: EntityResult;
  readonly measure: Measure;
  readonly unit: string;
  readonly partial: boolean;
  readonly periods: readonly IndicatorYear[];
  readonly hasConflict: boolean;
}

/** Rows as stored → points with evidence. */
export function toPoints(rows: readonly IndicatorValueRow[]): IndicatorPoint[] {
  return rows.map((r) => {
    const period = r.period ?? null;
    return {
      id: r.id,
      subject: r.subject,
      value: r.value,
      unit: r.unit,
      year: r.year ?? null,
      period,
      periodText: r.periodText,
      periodInferred: r.periodInferred,
      partial: period !== null && isPartialPeriodText(period),
      kind: r.kind,
      measure: r.measure,
      evidence: toEvidence(r),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list === undefined) groups.set(k, [item]);
    else list.push(item);
  }
  return [...groups.values()];
}

const seriesKey = (p: { subject: EntityResult; measure: Measure; unit: string; partial: boolean }): string =>
  JSON.stringify([p.subject.id, p.measure, p.unit, p.partial]);

/** Series order: subject name, measure (stock, flow, rate, share, level), unit, whole years before parts. */
function compareSeries(a: Omit<IndicatorLine, "periods" | "hasConflict">, b: Omit<IndicatorLine, "periods" | "hasConflict">): number {
  return (
    a.subject.name.localeCompare(b.subject.name) ||
    MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) ||
    a.unit.localeCompare(b.unit) ||
    Number(a.partial) - Number(b.partial)
  );
}

/**
 * One row per (series, period), in series order and then by year and period (undated last). When several
 * values of one kind disagree, the one from the most recently published document is shown (later reports
 * revise earlier figures) and `conflict` is set if they come from two or more documents.
 */
export function groupIndicatorYears(points: readonly IndicatorPoint[]): IndicatorYear[] {
  const rows = groupBy(points, (p) => JSON.stringify([seriesKey(p), p.period])).map((values): IndicatorYear => {
    const first = values[0];
    if (first === undefined) throw new Error("unreachable: empty group");
    const pick = (kind: ValueKind) => chooseValue(values.filter((v) => v.kind === kind));
    const actual = pick("actual");
    const target = pick("target");
    const estimate = pick("estimate");
    return {
      subject: first.subject,
      year: first.year,
      period: first.period,
      periodText: [...new Set(values.filter((v) => v.periodText !== "").map((v) => v.periodText))].join("、"),
      periodInferred: values.every((v) => v.periodInferred),
      partial: first.partial,
      measure: first.measure,
      unit: first.unit,
      actual: actual.value,
      estimate: estimate.value,
      target: target.value,
      gap: actual.value !== null && target.value !== null ? round(actual.value - target.value) : null,
      conflict: actual.conflict || target.conflict || estimate.conflict,
      values,
    };
  });
  return rows.sort((a, b) => compareSeries(a, b) || compareYears(a.year, b.year) || (a.period ?? "").localeCompare(b.period ?? ""));
}

/** The rows of groupIndicatorYears gathered into their series, in the same order. */
export function groupIndicatorLines(rows: readonly IndicatorYear[]): IndicatorLine[] {
  return groupBy(rows, seriesKey).map((periods) => {
    const first = periods[0];
    if (first === undefined) throw new Error("unreachable: empty series");
    return { subject: first.subject, measure: first.measure, unit: first.unit, partial: first.partial, periods, hasConflict: periods.some((p) => p.conflict) };
  });
}

function chooseValue(values: readonly IndicatorPoint[]): { value: number | null; conflict: boolean } {
  if (values.length === 0) return { value: null, conflict: false };
  const newest = [...values].sort((a, b) => (latestPublished(b.evidence) ?? "").localeCompare(latestPublished(a.evidence) ?? ""))[0];
  const distinct = new Set(values.map((v) => v.value));
  const documents = new Set(values.flatMap((v) => v.evidence.map((e) => e.documentId)));
  return { value: newest?.value ?? null, conflict: distinct.size > 1 && documents.size > 1 };
}

// Differences of decimals such as 1161.7 − 1150 should not print as 11.700000000000045.
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

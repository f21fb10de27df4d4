/**
 * Groups indicator values into one row per subject, unit and year: actual vs target with the gap, and a
 * conflict flag when documents disagree. Pure, so the rules are unit-tested.
 */
import type { ValueKind } from "../../graph/contract.ts";
import type { IndicatorValueRow } from "../queries/indicator-values.ts";
import { compareYears } from "./compare-years.ts";
import type { EntityResult } from "./entity.ts";
import { latestPublished, toEvidence, type Evidence } from "./evidence.ts";

/** One value a document states. */
export interface IndicatorPoint {
  readonly id: string;
  readonly subject: EntityResult;
  readonly value: number;
  readonly unit: string;
  readonly year: number | null;
  readonly kind: ValueKind;
  readonly evidence: readonly Evidence[];
}

/** A subject's metric in one unit and year. */
export interface IndicatorYear {
  readonly subject: EntityResult;
  readonly year: number | null;
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

/** Rows as stored → points with evidence. */
export function toPoints(rows: readonly IndicatorValueRow[]): IndicatorPoint[] {
  return rows.map((r) => ({ id: r.id, subject: r.subject, value: r.value, unit: r.unit, year: r.year ?? null, kind: r.kind, evidence: toEvidence(r) }));
}

/**
 * One row per (subject, unit, year), ordered by subject name, unit, year (undated last). When several
 * values of one kind disagree, the one from the most recently published document is shown (later
 * reports revise earlier figures) and `conflict` is set if they come from two or more documents.
 */
export function groupIndicatorYears(points: readonly IndicatorPoint[]): IndicatorYear[] {
  const groups = new Map<string, IndicatorPoint[]>();
  for (const p of points) {
    const key = JSON.stringify([p.subject.id, p.unit, p.year]);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [p]);
    else list.push(p);
  }
  const rows = [...groups.values()].map((values): IndicatorYear => {
    const first = values[0];
    if (first === undefined) throw new Error("unreachable: empty group");
    const pick = (kind: ValueKind) => chooseValue(values.filter((v) => v.kind === kind));
    const actual = pick("actual");
    const target = pick("target");
    return {
      subject: first.subject,
      year: first.year,
      unit: first.unit,
      actual: actual.value,
      estimate: pick("estimate").value,
      target: target.value,
      gap: actual.value !== null && target.value !== null ? round(actual.value - target.value) : null,
      conflict: actual.conflict || target.conflict || pick("estimate").conflict,
      values,
    };
  });
  return rows.sort(
    (a, b) => a.subject.name.localeCompare(b.subject.name) || a.unit.localeCompare(b.unit) || compareYears(a.year, b.year),
  );
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

/**
 * Numbers with units: "1161.7亿元", OCR-spaced "1 0 8 . 5亿元", "1300余户", "12%以上", "1.15万户".
 * A bare number (a year, a count without unit, "5G") is not a quantity; neither is "翻倍".
 */
import type { TextSpan } from "../../model.ts";

/** A number followed by a unit. */
export interface Quantity extends TextSpan {
  readonly value: number;
  /** The unit as written, with % normalized from ％. */
  readonly unit: string;
  /** "余"/"多" after the number, or 近/超/约/逾 before it. */
  readonly approximate: boolean;
}

// Digits may carry one OCR space each ("1 0 8 . 5"); ASCII thousands commas are allowed.
const NUMBER = /(?<![\dA-Za-z.．])\d(?:\s?\d)*(?:,\d{3})*(?:\s?[.．]\s?\d(?:\s?\d)*)?/gu;
const MAGNITUDE = new Set(["万", "亿", "千", "百"]);
const RANGE_JOINER = /\d\s?[-—–~～至到]\s?$/u;
const APPROX_BEFORE = /(?:近|超|约|逾|超过|大约)$/u;

/** Finds the longest unit from `units` at `pos` (units pre-sorted longest first). */
function unitAt(text: string, pos: number, units: readonly string[]): string | null {
  if (text.startsWith("％", pos) || text.startsWith("%", pos)) return "%";
  return units.find((unit) => text.startsWith(unit, pos)) ?? null;
}

/** Sorts unit words longest first so "万平方米" wins over "平方米" and "万". */
export function sortUnits(units: readonly string[]): string[] {
  return [...new Set(units)].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** Every number-with-unit in `text`, in order. `units` should come from sortUnits. */
export function findQuantities(text: string, units: readonly string[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    let pos = start + match[0].length;
    // "1-2家": a range of counts has no single value; skip both ends.
    if (RANGE_JOINER.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (/^\s?[-—–~～至到]\s?\d/u.test(text.slice(pos, pos + 4))) continue;
    while (text.charAt(pos) === " ") pos += 1;
    let approximate = APPROX_BEFORE.test(text.slice(Math.max(0, start - 2), start));
    if (text.charAt(pos) === "余" || text.charAt(pos) === "多") {
      approximate = true;
      pos += 1;
    }
    let unit = unitAt(text, pos, units);
    // "1.15万户" with only "户" listed: keep the magnitude as part of the unit, value as written.
    if (unit === null && MAGNITUDE.has(text.charAt(pos))) {
      const inner = unitAt(text, pos + 1, units);
      if (inner !== null && inner !== "%") unit = text.charAt(pos) + inner;
    }
    if (unit === null) continue;
    // "高于全市2.8个百分点": a difference between two rates, not a level of anything.
    if (text.startsWith("百分点", pos + unit.length) || unit.endsWith("百分点")) continue;
    const value = Number(match[0].replace(/[\s,]/g, "").replace("．", "."));
    if (!Number.isFinite(value)) continue;
    quantities.push({ start, end: pos + unit.length, value, unit, approximate });
  }
  return quantities;
}

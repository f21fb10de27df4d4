/**
 * Character-level OCR repairs inside one paragraph, keeping each character's origin:
 * full-width digits and letters, spaced-out numbers ("1 0 8 . 5"), letter-spaced titles ("政 府 工 作"),
 * stray spaces beside Chinese punctuation.
 */
import { isCjkPunct, isDigit, isIdeograph, type Unit } from "./chars.ts";
import { trim } from "./lines.ts";

// Chinese punctuation never has a space beside it in print; quotes do, between parts of a title.
const TIGHT_PUNCT = new Set([..."，。、；：！？（）《》【】…"]);
// A run of this many one-character tokens is letter-spacing, not words.
const MIN_SPACED_RUN = 3;

/** Applies every repair to a paragraph's characters. */
export function repairUnits(units: readonly Unit[]): Unit[] {
  return trim(dropSpaces(collapseSpaces(units.map(toHalfWidth))));
}

/** Full-width digits, letters, percent sign and full stop become ASCII. */
function toHalfWidth(u: Unit): Unit {
  const c = u.ch.charCodeAt(0);
  const convertible = (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff05 || c === 0xff0e;
  return convertible ? { ch: String.fromCharCode(c - 0xfee0), at: u.at } : u;
}

function collapseSpaces(units: readonly Unit[]): Unit[] {
  return units.filter((u, i) => !(u.ch === " " && units[i - 1]?.ch === " "));
}

/** Removes the single spaces that OCR put where the print had none. */
function dropSpaces(units: readonly Unit[]): Unit[] {
  const spaced = letterSpacedGaps(units);
  return units.filter((u, i) => u.ch !== " " || !(spaced.has(i) || spuriousSpace(units, i)));
}

function spuriousSpace(units: readonly Unit[], i: number): boolean {
  const a = units[i - 1]?.ch;
  const b = units[i + 1]?.ch;
  if (a === undefined || b === undefined) return false;
  if ((TIGHT_PUNCT.has(a) || TIGHT_PUNCT.has(b)) && isChinese(a) && isChinese(b)) return true;
  if (isDigit(a) && isDigit(b)) return digitRun(units, i - 1, -1) === 1 || digitRun(units, i + 1, 1) === 1;
  // "558 . 5": a decimal point with spaces around it, between digits.
  if (isDigit(a) && b === "." && isDigit(skipSpace(units, i + 2))) return true;
  if (a === "." && isDigit(b) && isDigit(skipSpace(units, i - 2, -1))) return true;
  return isDigit(a) && b === "%";
}

/** Length of the digit run starting at `from` going in direction `step`. */
function digitRun(units: readonly Unit[], from: number, step: 1 | -1): number {
  let n = 0;
  for (let k = from; isDigit(units[k]?.ch); k += step) n++;
  return n;
}

function skipSpace(units: readonly Unit[], from: number, step: 1 | -1 = 1): string | undefined {
  const ch = units[from]?.ch;
  return ch === " " ? units[from + step]?.ch : ch;
}

/** Indexes of spaces inside letter-spaced runs ("政 府 工 作 报 告", "省 会 ”目 标"). */
function letterSpacedGaps(units: readonly Unit[]): Set<number> {
  const tokens: Array<{ start: number; end: number; single: boolean }> = [];
  let start = 0;
  for (let i = 0; i <= units.length; i++) {
    if (i < units.length && units[i]?.ch !== " ") continue;
    if (i > start) {
      const chars = units.slice(start, i).map((u) => u.ch);
      const single = chars.filter(isIdeograph).length === 1 && chars.every((ch) => isIdeograph(ch) || isCjkPunct(ch));
      tokens.push({ start, end: i, single });
    }
    start = i + 1;
  }
  const inRun = tokens.map(() => false);
  for (let t = 0; t < tokens.length; ) {
    let e = t;
    while (tokens[e]?.single === true) e++;
    if (e - t >= MIN_SPACED_RUN) for (let k = t; k < e; k++) inRun[k] = true;
    t = Math.max(e, t + 1);
  }
  const gaps = new Set<number>();
  for (let t = 0; t + 1 < tokens.length; t++) {
    const left = tokens[t];
    const right = tokens[t + 1];
    if (left === undefined || right === undefined || !(inRun[t] === true || inRun[t + 1] === true)) continue;
    // The run may start mid-word where a line break was joined ("…强省 会 ”目 标"): glue that side too if it is Chinese.
    const a = units[left.end - 1]?.ch ?? "";
    const b = units[right.start]?.ch ?? "";
    if (isChinese(a) && isChinese(b)) for (let k = left.end; k < right.start; k++) gaps.add(k);
  }
  return gaps;
}

function isChinese(ch: string): boolean {
  return isIdeograph(ch) || isCjkPunct(ch);
}

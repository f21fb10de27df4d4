/** A paragraph under construction: origin-tracked characters plus what its layout says about it. */
import { isAsciiLetter, type Unit } from "./chars.ts";

/** Body text, a heading, or a caption/byline set apart from the body. */
export type ParaKind = "body" | "heading" | "aside";

/** A paragraph of the original, with the layout facts the joining rules need. */
export interface Para {
  readonly units: readonly Unit[];
  /** The units' characters as a string, kept alongside because every rule reads it. */
  readonly text: string;
  readonly kind: ParaKind;
  /** A heading by markup or numbering (not by shape): never part of another paragraph. */
  readonly hard: boolean;
  /** Original lines it spans. */
  readonly lines: number;
  /** Lines in the blank-line-delimited block it came from. */
  readonly blockLines: number;
  readonly blockStart: boolean;
  /** Blank lines before it (0 inside a block): wider gaps than usual set off pictures and boxes. */
  readonly gapBefore: number;
  readonly blockEnd: boolean;
  /** Whether the width of the column it sits in is known, so `edgeFull` means something. */
  readonly edgeKnown: boolean;
  /** The last line ran to the column edge: the paragraph may go on after a break. */
  readonly edgeFull: boolean;
  readonly indented: boolean;
  /** Original offset of the line break after its last line. */
  readonly breakAt: number;
}

/** The text of a run of units. */
export function textOf(units: readonly Unit[]): string {
  let text = "";
  for (const u of units) text += u.ch;
  return text;
}

/** Appends `right` to `left` in place where a line break split them: no space between ideographs, one between Latin words. */
export function glueInto(left: Unit[], right: readonly Unit[], breakAt: number): Unit[] {
  if (isAsciiLetter(left[left.length - 1]?.ch) && isAsciiLetter(right[0]?.ch)) left.push({ ch: " ", at: breakAt });
  for (const u of right) left.push(u);
  return left;
}

/** Appends `next` to `p` as one paragraph (a continuation after a line, page or caption break). */
export function mergeParas(p: Para, next: Para): Para {
  const units = glueInto([...p.units], next.units, p.breakAt);
  return {
    ...p,
    units,
    text: textOf(units),
    lines: p.lines + next.lines,
    blockEnd: next.blockEnd,
    edgeKnown: next.edgeKnown,
    edgeFull: next.edgeFull,
    breakAt: next.breakAt,
  };
}

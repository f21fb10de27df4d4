/**
 * Repairs OCR damage in a decoded document — wrapped lines, paragraphs cut by page breaks and photo
 * captions, spaced-out digits, full-width characters, markdown markers — keeping for every output
 * character the offset of the original character it came from.
 */
import type { NormalizedText, TextSpan } from "../../model.ts";
import { buildParagraphs, indentsMarkParagraphs } from "./blocks.ts";
import type { Unit } from "./chars.ts";
import { readLines } from "./lines.ts";
import { textOf } from "./paragraph.ts";
import { rejoinParagraphs } from "./rejoin.ts";
import { repairUnits } from "./repairs.ts";

/** Cleans `original` into paragraphs separated by "\n", with `origin` offsets and caption/byline `asides`. */
export function normalizeText(original: string): NormalizedText {
  const lines = readLines(original);
  const indents = indentsMarkParagraphs(lines);
  const paras = rejoinParagraphs(buildParagraphs(lines, indents), indents);

  const units: Unit[] = [];
  const asides: TextSpan[] = [];
  for (const para of paras) {
    const repaired = repairUnits(para.units);
    if (repaired.length === 0) continue;
    const previous = units[units.length - 1];
    if (previous !== undefined) units.push({ ch: "\n", at: Math.min(previous.at + 1, original.length) });
    const start = units.length;
    for (const u of repaired) units.push(u);
    if (para.kind === "aside") asides.push({ start, end: units.length });
  }
  return {
    text: textOf(units),
    origin: [...units.map((u) => u.at), original.length],
    asides,
  };
}

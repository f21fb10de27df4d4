/**
 * Turns lines into paragraphs inside each blank-line-delimited block. Newspaper OCR wraps a narrow
 * column, so a line that reaches the column edge goes on in the next line, while a short line is
 * the end of a paragraph or a heading.
 */
import { ENUMERATOR, endsClosed, isStrictTitle, isTitleLike, openQuotes, SENTENCE_END } from "./chars.ts";
import type { Line } from "./lines.ts";
import { glueInto, textOf, type Para } from "./paragraph.ts";

/** A line narrower than this share of its column did not reach the edge. */
const SHORT_RATIO = 0.7;
// Wrapped lines of one column agree on their width; this much spread still counts as agreement.
const WRAP_TOLERANCE = 0.15;
const MIN_WRAP_SAMPLES = 3;

/** Groups lines into blocks and each block into paragraphs. */
export function buildParagraphs(lines: ReadonlyArray<Line | null>, indents: boolean): Para[] {
  const blocks = toBlocks(lines);
  const wrap = columnWidth(blocks.map((b) => b.lines));
  return blocks.flatMap((block) => blockParagraphs(block.lines, block.gapBefore, wrap, indents));
}

interface Block {
  readonly lines: Line[];
  readonly gapBefore: number;
}

function toBlocks(lines: ReadonlyArray<Line | null>): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  let gap = 0;
  let gapBefore = 0;
  for (const line of lines) {
    if (line !== null) {
      if (current.length === 0) gapBefore = gap;
      current.push(line);
      gap = 0;
      continue;
    }
    if (current.length > 0) blocks.push({ lines: current, gapBefore });
    current = [];
    gap++;
  }
  if (current.length > 0) blocks.push({ lines: current, gapBefore });
  return blocks;
}

/** The width at which the text wraps, when it is wrapped at all (newspaper columns); undefined for one-paragraph-per-line text. */
function columnWidth(blocks: readonly Line[][]): number | undefined {
  const samples: number[] = [];
  for (const block of blocks) {
    for (let i = 0; i + 1 < block.length; i++) {
      const line = block[i];
      const next = block[i + 1];
      if (line === undefined || next === undefined) continue;
      if (line.kind !== "body" || next.kind !== "body" || endsClosed(line.text)) continue;
      samples.push(line.width);
    }
  }
  if (samples.length < MIN_WRAP_SAMPLES) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const agreeing = samples.filter((w) => Math.abs(w - median) <= WRAP_TOLERANCE * median).length;
  return agreeing >= 0.6 * samples.length ? median : undefined;
}

/** Indents only tell paragraphs apart when some lines have them and most do not. */
export function indentsMarkParagraphs(lines: ReadonlyArray<Line | null>): boolean {
  const all = lines.filter((l): l is Line => l !== null);
  const indented = all.filter((l) => l.indented).length;
  return indented >= 2 && indented <= 0.8 * all.length;
}

function blockParagraphs(block: readonly Line[], gapBefore: number, wrap: number | undefined, indents: boolean): Para[] {
  const widest = block.reduce((w, l) => Math.max(w, l.width), 0);
  const ref = block.length >= 3 || wrap === undefined ? widest : Math.max(wrap, widest);
  // Any line but the last can be measured against the block's widest; the last line of a short
  // block only against a known column width.
  const edgeKnown = block.length >= 3 || wrap !== undefined;
  const isFull = (l: Line): boolean => l.width >= SHORT_RATIO * ref;
  // Body text ends with punctuation; without a known column, a block of bare short lines is a stack of titles.
  const titleStack = wrap === undefined && block.length >= 2 && block.every((l) => isStrictTitle(l.text));

  const paras: Para[] = [];
  let group: Line[] = [];
  const flush = (isLast: boolean): void => {
    const first = group[0];
    const last = group[group.length - 1];
    if (first === undefined || last === undefined) return;
    const units = [...first.units];
    for (let i = 1; i < group.length; i++) {
      const prev = group[i - 1];
      const line = group[i];
      if (prev !== undefined && line !== undefined) glueInto(units, line.units, prev.breakAt);
    }
    const text = textOf(units);
    const titled = isTitleLike(text) && (group.length === 1 || !isFull(last));
    const hard = first.kind === "markdown" || (first.kind === "enumerated" && titled);
    const kind = first.kind === "aside" ? "aside" : first.kind === "markdown" || (titled && !isLast) || hard ? "heading" : "body";
    paras.push({
      units,
      text,
      kind,
      hard,
      lines: group.length,
      blockLines: block.length,
      blockStart: paras.length === 0,
      gapBefore: paras.length === 0 ? gapBefore : 0,
      blockEnd: isLast,
      edgeKnown,
      edgeFull: !edgeKnown || isFull(last),
      indented: first.indented,
      breakAt: last.breakAt,
    });
    group = [];
  };

  let quoteDepth = 0;
  for (const line of block) {
    const prev = group[group.length - 1];
    if (prev !== undefined && (titleStack || breaksBefore(prev, line, quoteDepth, isFull(prev), edgeKnown, indents))) {
      flush(false);
      quoteDepth = 0;
    }
    group.push(line);
    quoteDepth = openQuotes(line.text, quoteDepth);
  }
  flush(true);
  return paras;
}

/** Whether a paragraph ends between `prev` and `line` (both in the same block). */
function breaksBefore(prev: Line, line: Line, quoteDepth: number, prevFull: boolean, edgeKnown: boolean, indents: boolean): boolean {
  if (prev.kind === "markdown" || prev.kind === "aside") return true;
  // "二、总体要求" over its first paragraph: only a measured column can say the numbered line wrapped.
  if (prev.kind === "enumerated" && isTitleLike(prev.text) && !edgeKnown) return true;
  if (line.kind === "markdown" || line.kind === "aside" || ENUMERATOR.test(line.text)) return true;
  if (indents && line.indented) return true;
  // A quotation that is still open carries the paragraph over the line end.
  if (quoteDepth > 0) return false;
  if (!endsClosed(prev.text)) return !prevFull;
  // A colon or dash at the column edge usually introduces the next line ("他表示：" / "“…”").
  return hasSentenceEnd(prev.text) || !prevFull;
}

function hasSentenceEnd(text: string): boolean {
  const trimmed = text.replace(/[\s”’」』）)》]+$/u, "");
  return SENTENCE_END.has(trimmed.charAt(trimmed.length - 1));
}

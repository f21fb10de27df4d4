/**
 * Joins paragraphs that a page or column break cut in two, including the newspaper case where the
 * continuation comes only after photo captions (and sometimes a displaced lead paragraph); the
 * captions then move after the rejoined paragraph.
 */
import { ENUMERATOR, QUOTE_PAIRS, SENTENCE_END, displayWidth, endsClosed, isStrictTitle, openQuotes } from "./chars.ts";
import { mergeParas, type Para } from "./paragraph.ts";

// How far past captions and displaced paragraphs a continuation is looked for.
const WINDOW = 8;
const MAX_CAPTION_WIDTH = 30;
const MAX_TRAILING_CAPTION_WIDTH = 24;
const MIN_BODY_WIDTH = 40;
const CLOSING_QUOTES = new Set(QUOTE_PAIRS.values());

/** Rejoins broken paragraphs and marks the captions found on the way as asides. */
export function rejoinParagraphs(paras: readonly Para[], indents: boolean): Para[] {
  const q = [...paras];
  const gap = usualGap(paras);
  for (let i = 0; i < q.length; i++) {
    let p = q[i];
    while (p !== undefined && mayContinue(p)) {
      const found = findContinuation(q, i, indents, gap);
      const next = found === null ? undefined : q[found];
      if (found === null || next === undefined) break;
      // The first paragraph in between, unless marked, is a displaced one (a lead); the rest are captions.
      const between = q.slice(i + 1, found).map((m, k) => (k > 0 && isPictureCaption(m) ? { ...m, kind: "aside" as const } : m));
      p = mergeParas(p, next);
      q.splice(i, found - i + 1, p, ...between);
      // Whatever was displaced now follows this paragraph; do not reach past it for more.
      if (between.length > 0) break;
    }
  }
  return markTrailingCaptions(q);
}

/** A body paragraph that stops mid-sentence at the end of its block, and is not a heading by shape. */
function mayContinue(p: Para): boolean {
  return p.kind === "body" && p.blockEnd && !endsClosed(p.text) && p.edgeFull && !titleShaped(p);
}

/** One line, no commas, no sentence end: a heading or caption unless it demonstrably ran to the column edge mid-block. */
function titleShaped(p: Para): boolean {
  const ranToEdge = p.blockLines > 1 && p.edgeKnown && p.edgeFull;
  return p.lines === 1 && isStrictTitle(p.text) && !ranToEdge;
}

function isContinuation(n: Para, indents: boolean): boolean {
  return n.kind === "body" && n.blockStart && !ENUMERATOR.test(n.text) && !titleShaped(n) && !(indents && n.indented);
}

/** A short one-sentence paragraph: what a photo caption without markers looks like. */
function captionLike(p: Para): boolean {
  if (p.kind === "aside") return true;
  const text = p.text;
  if (p.hard || p.lines > 2 || displayWidth(text) > MAX_CAPTION_WIDTH || ENUMERATOR.test(text)) return false;
  for (let i = 0; i < text.length - 1; i++) if (SENTENCE_END.has(text.charAt(i))) return false;
  return true;
}

function findContinuation(q: readonly Para[], i: number, indents: boolean, usual: number): number | null {
  const p = q[i];
  if (p === undefined) return null;
  const last = Math.min(q.length - 1, i + WINDOW);
  // An open quotation is best closed by the paragraph that starts with its closing quote.
  if (openQuotes(p.text) > 0) {
    for (let j = i + 1; j <= last; j++) {
      const n = q[j];
      if (n === undefined || n.hard) break;
      if (isContinuation(n, indents) && startsWithCloser(n.text)) return j;
    }
  }
  let j = i + 1;
  while (q[j]?.kind === "aside") j++;
  const n = q[j];
  if (n === undefined || !isContinuation(n, indents)) return null;
  if (j > i + 1) return j;
  // A finished paragraph, then captions set off by wider gaps than the text uses, then text that
  // goes on: the finished one was set elsewhere on the page (a lead, a box) and the text after the
  // captions continues `p`. Without the wide gaps the short paragraphs are more likely headings.
  if (endsClosed(n.text) && n.blockEnd) {
    let k = j + 1;
    // The continuation is the first paragraph that is not itself caption-like (continued text runs long).
    while (k <= last && isPictureCaption(q[k])) k++;
    const run = q.slice(j + 1, k);
    const after = q[k];
    const setOff = [...run, after].some((m) => m !== undefined && m.gapBefore > usual);
    const captionish = run.some((m) => m.kind === "aside" || endsWithSentenceEnd(m.text));
    if (run.length > 0 && setOff && captionish && after !== undefined && isContinuation(after, indents)) return k;
  }
  return j;
}

/** A caption-like paragraph standing alone in its block (headings come in blocks of their own kind). */
function isPictureCaption(p: Para | undefined): boolean {
  return p !== undefined && p.kind !== "heading" && p.blockLines === 1 && captionLike(p);
}

function endsWithSentenceEnd(text: string): boolean {
  const t = text.replace(/[\s”’」』）)》]+$/u, "");
  return SENTENCE_END.has(t.charAt(t.length - 1));
}

/** The number of blank lines that usually separates paragraphs. */
function usualGap(paras: readonly Para[]): number {
  const gaps = paras.filter((p) => p.blockStart && p.gapBefore > 0).map((p) => p.gapBefore).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 1;
}

/** True when the text closes a quotation it never opened, within its first sentence. */
function startsWithCloser(text: string): boolean {
  for (const ch of text) {
    if (QUOTE_PAIRS.has(ch) || SENTENCE_END.has(ch)) return false;
    if (CLOSING_QUOTES.has(ch)) return true;
  }
  return false;
}

/** Short one-line paragraphs after the last body paragraph are the captions of the page's photos. */
function markTrailingCaptions(q: Para[]): Para[] {
  let start = q.length;
  while (start > 0) {
    const p = q[start - 1];
    if (p === undefined) break;
    const text = p.text;
    const short = !p.hard && p.lines === 1 && displayWidth(text) <= MAX_TRAILING_CAPTION_WIDTH && !/[，、,]/.test(text) && captionLike(p);
    if (p.kind !== "aside" && !short) break;
    start--;
  }
  const bodyBefore = q.slice(0, start).some((p) => p.kind === "body" && displayWidth(p.text) > MIN_BODY_WIDTH);
  if (start === q.length || !bodyBefore) return q;
  return q.map((p, i) => (i >= start ? { ...p, kind: "aside" as const } : p));
}

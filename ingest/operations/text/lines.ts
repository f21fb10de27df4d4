/**
 * Cuts the original text into lines of origin-tracked characters and tells what each line is:
 * a markdown or enumerated heading, a caption or byline, or body text.
 */
import { isBylineLine, isCaptionLine } from "./asides.ts";
import { ENUMERATOR, displayWidth, isSpace, type Unit } from "./chars.ts";
import { textOf } from "./paragraph.ts";

/** What a single line is, judged on its own. */
export type LineKind = "markdown" | "aside" | "enumerated" | "body";

/** One non-blank line of the original, trimmed and with its markup removed. */
export interface Line {
  readonly units: readonly Unit[];
  readonly text: string;
  readonly kind: LineKind;
  /** Printed width, in ideographs. */
  readonly width: number;
  /** Started with an indent (full-width space or two spaces): a paragraph start where indents are used. */
  readonly indented: boolean;
  /** Offset of the line break after the line in the original (the original's length for the last line). */
  readonly breakAt: number;
}

const PAGE_NUMBER = /^(?:[-—–－]+\s*\d{1,4}\s*[-—–－]+|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?)$/;

/** Lines separated by blank lines; `null` entries stand for blank lines. */
export function readLines(original: string): Array<Line | null> {
  const out: Array<Line | null> = [];
  let units: Unit[] = [];
  let lead = "";
  let leading = true;
  const finish = (breakAt: number): void => {
    out.push(makeLine(units, lead, breakAt));
    units = [];
    lead = "";
    leading = true;
  };
  for (let i = 0; i < original.length; i++) {
    const ch = original.charAt(i);
    if (ch === "\r" || ch === "\n" || ch === "\u2028" || ch === "\u2029") {
      finish(i);
      if (ch === "\r" && original.charAt(i + 1) === "\n") i++;
      continue;
    }
    const cleaned = cleanChar(ch);
    if (cleaned === null) continue;
    if (leading && cleaned === " ") lead += ch;
    else leading = false;
    units.push({ ch: cleaned, at: i });
  }
  if (units.length > 0 || original.length === 0 || !/[\r\n\u2028\u2029]$/.test(original)) finish(original.length);
  return out;
}

/** Invisible and control characters go; every kind of space becomes a plain space. */
function cleanChar(ch: string): string | null {
  const c = ch.charCodeAt(0);
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return null;
  if (isSpace(ch)) return " ";
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) return null;
  return ch;
}

function makeLine(raw: readonly Unit[], lead: string, breakAt: number): Line | null {
  let units = trim(stripBold(raw));
  let text = textOf(units);
  // A page number ("- 3 -", "第3页 共10页") is page furniture: it counts as a gap, so a paragraph it cuts is rejoined.
  if (text === "" || PAGE_NUMBER.test(text)) return null;
  let kind: LineKind = "body";
  const heading = /^#{1,6}(?:\s+|(?=[^\s#]))/.exec(text);
  if (heading !== null && !/^#[^#\s]{1,30}#/.test(text)) {
    // ATX closing hashes ("## Title ##") go too; a "#topic#" hashtag is not a heading.
    units = trim(units.slice(heading[0].length));
    const closing = /\s+#+$/.exec(textOf(units));
    if (closing !== null) units = trim(units.slice(0, units.length - closing[0].length));
    text = textOf(units);
    if (text === "") return null;
    kind = "markdown";
  } else if (isCaptionLine(text) || isBylineLine(text)) {
    kind = "aside";
  } else if (ENUMERATOR.test(text)) {
    kind = "enumerated";
  }
  const indented = lead.includes("\u3000") || lead.length >= 2;
  return { units, text, kind, width: displayWidth(text), indented, breakAt };
}

/** Markdown bold markers wrap words; they are not text. */
function stripBold(units: readonly Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i]?.ch === "*" && units[i + 1]?.ch === "*") {
      i++;
      continue;
    }
    const u = units[i];
    if (u !== undefined) out.push(u);
  }
  return out;
}

/** Drops leading and trailing spaces. */
export function trim(units: readonly Unit[]): Unit[] {
  let s = 0;
  let e = units.length;
  while (s < e && units[s]?.ch === " ") s++;
  while (e > s && units[e - 1]?.ch === " ") e--;
  return units.slice(s, e);
}

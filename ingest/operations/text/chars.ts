/**
 * Character classes and line/paragraph shapes shared by normalizeText and splitSentences,
 * so both stages agree on what a heading, a caption or a finished sentence looks like.
 */

/** One character of cleaned text and the UTF-16 offset of the original character it came from. */
export interface Unit {
  readonly ch: string;
  readonly at: number;
}

/** Characters that end a sentence. */
export const SENTENCE_END = new Set(["。", "！", "？", "；", "!", "?", ";"]);

/** Closing quotes and brackets that belong to the sentence they close. */
export const CLOSERS = new Set(["”", "’", "」", "』", "）", ")", "》", "〉", "】", "]", '"', "'"]);

/** Opening quote → its closing quote. */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
  ["『", "』"],
]);

// A paragraph ending on one of these is finished: sentence ends, colons and dashes introduce what follows.
const CLOSED_ENDINGS = new Set([...SENTENCE_END, "：", ":", "…", "—", "－"]);

/** True for CJK ideographs (basic block, extension A and compatibility ideographs; surrogates count too). */
export function isIdeograph(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdfff);
}

/** True for full-width/CJK punctuation (the marks that sit between ideographs without spaces). */
export function isCjkPunct(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    (c >= 0x2010 && c <= 0x2027) ||
    c === 0xb7
  );
}

/** True for ASCII digits. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

/** True for ASCII letters. */
export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"));
}

/** Whitespace as OCR and editors produce it, including full-width and no-break spaces. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c >= 0x85 && (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** Printed width in ideograph widths: ASCII is half as wide, spaces are layout, not text. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (isSpace(ch)) continue;
    width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  }
  return width;
}

/** True when the text ends finished: a sentence end, colon, ellipsis or dash, possibly followed by closers. */
export function endsClosed(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (isSpace(text.charAt(i)) || CLOSERS.has(text.charAt(i)))) i--;
  return i >= 0 && CLOSED_ENDINGS.has(text.charAt(i));
}

/** Enumerated headings: 一、 （一） 第一章 ① 1、 — a new paragraph always starts here. */
export const ENUMERATOR = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百零〇\d]+[章节部分篇编]|[\u2460-\u2473]|\d{1,2}[、．.](?=[\u4e00-\u9fff]))/;

/** Circled numbers ①…⑳, which number photo captions as often as list items. */
export const CIRCLED = /^[\u2460-\u2473]/;

const MAX_TITLE_WIDTH = 40;

/** Short, has no sentence end anywhere and does not end closed: how a heading looks. */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t === "" || displayWidth(t) > MAX_TITLE_WIDTH || endsClosed(t)) return false;
  for (const ch of t) if (SENTENCE_END.has(ch)) return false;
  return /[\p{L}\p{N}]/u.test(t);
}

/** Title-like and free of commas too: a line that can only be a heading or a caption, never a run-on fragment. */
export function isStrictTitle(text: string): boolean {
  return isTitleLike(text) && !/[，、,]/.test(text);
}

const CLOSING_QUOTES: ReadonlySet<string> = new Set(QUOTE_PAIRS.values());

/** Opening quotes not yet closed at the end of `text`, starting from `depth` open ones. */
export function openQuotes(text: string, depth = 0): number {
  let open = depth;
  for (const ch of text) {
    if (QUOTE_PAIRS.has(ch)) open++;
    else if (open > 0 && CLOSING_QUOTES.has(ch)) open--;
  }
  return open;
}

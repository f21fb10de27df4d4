/**
 * Folding for comparisons between a question and the graph's names: one character for one character,
 * so offsets found in folded text are offsets in the question as typed.
 */

// Punctuation variants that users type interchangeably.
const SAME_AS: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2014": "-",
  "\u2013": "-",
  "\u2012": "-",
  "\u30fb": "·",
  "\u2022": "·",
  "\u3001": ",",
  "\u3002": ".",
};

/** Folds one UTF-16 code unit: full-width ASCII → ASCII, ideographic space → space, A–Z → a–z, dash and quote variants. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return foldChar(String.fromCharCode(code - 0xfee0));
  if (code === 0x3000 || code === 0x09 || code === 0x0a || code === 0x0d) return " ";
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  return SAME_AS[ch] ?? ch;
}

/** Every code unit foldChar changes (a unit test checks all 65,536), so foldText can leave the rest untouched. */
const FOLDED = new RegExp(`[\\uff01-\\uff5e\\u3000\\t\\n\\rA-Z${Object.keys(SAME_AS).map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");

/**
 * Folds a whole string; the result has the same length as the input. One replace, not a string grown a character at
 * a time: that leaves a rope of one node per character (32 bytes each) until something flattens it, and the
 * sentence store folds every sentence of the graph (26 MB of ropes for 55 reports, measured).
 */
export function foldText(text: string): string {
  return text.replace(FOLDED, foldChar);
}

/** True when the text holds a Latin letter or digit: such surfaces only match at word boundaries. */
export function isLatinWord(text: string): boolean {
  return /[a-z]/.test(text);
}

/** True when `ch` continues a Latin word (a letter or a digit). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

/** True for a CJK ideograph. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Script=Han}/u.test(ch);
}

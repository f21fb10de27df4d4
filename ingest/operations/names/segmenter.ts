/**
 * jieba as a boundary helper: tokens with offsets and dictionary part-of-speech tags. jieba cannot
 * name what its dictionary lacks (see shared/design/CHINESE_NLP.md), so it is only used to know where
 * words end and whether a word is a function word, a verb or a number — never to decide a type.
 */
import { jieba as instance } from "../../../src/chinese/jieba.ts";

/** One word of a sentence: half-open span [start, end) in the sentence and jieba's tag (x = unknown). */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tag: string;
}

/** Particles jieba's HMM glues onto unknown words (小吃城等, 西延等): they are words of their own. */
const GLUED = /^[等的和与及在为了]$/u;

/** Splits a particle off either end of an unknown (HMM-found, tag x) word. */
function unglue(token: Token): Token[] {
  if (token.tag !== "x" || token.text.length < 2) return [token];
  const parts: Token[] = [];
  let { start, end } = token;
  const first = token.text.charAt(0);
  const last = token.text.charAt(token.text.length - 1);
  if (GLUED.test(first)) parts.push({ text: first, start, end: ++start, tag: "u" });
  const tail = GLUED.test(last) ? { text: last, start: end - 1, end, tag: "u" } : null;
  if (tail !== null) end--;
  parts.push({ text: token.text.slice(start - token.start, end - token.start), start, end, tag: "x" });
  if (tail !== null) parts.push(tail);
  return parts;
}

/** Segments `text` with HMM on; tokens cover the text exactly, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const { word, tag } of instance().tag(text, true)) {
    // jieba returns the text back in pieces; should a piece ever not line up, search for it instead
    // of trusting the running offset, so spans never drift.
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at);
    if (start < 0 || word.length === 0) continue;
    tokens.push(...unglue({ text: word, start, end: start + word.length, tag }));
    at = start + word.length;
  }
  return tokens;
}

const knownCities = new Map<string, boolean>();

/**
 * True when the dictionary holds 某某市, 某某省 or 某某特别行政区 as one place word: then a bare 某某 tagged as a place is a city
 * or province (not 城市 or 海洋, which the dictionary also tags as places). Dictionary lookup only, no HMM.
 */
export function dictionaryKnowsCity(word: string): boolean {
  let known = knownCities.get(word);
  if (known === undefined) {
    known = ["市", "省", "特别行政区"].some((head) => {
      const tokens = instance().tag(word + head, false);
      return tokens.length === 1 && (tokens[0]?.tag === "ns" || (head.length > 1 && tokens[0]?.tag === "nt"));
    });
    knownCities.set(word, known);
  }
  return known;
}

/** True when the segmenter reads the token as a place: tagged as one, or a city or province its dictionary holds. */
export function isPlaceToken(token: Pick<Token, "text" | "tag">): boolean {
  return token.tag === "ns" || dictionaryKnowsCity(token.text);
}

/**
 * Names that hold a bracketed part: a branch's place (某某大学（某市）, 某某大学（某市）某某学院), a
 * qualifier (某某中心（中医类）, 某某细则（试行）) or a place set into a brand (中国（某省）某某大会, 某某（某区）产业园).
 * The rules that find names stop at a bracket, so they find the parts; a name right before the bracket, or
 * right after it, is joined across it when the bracket holds a few plain characters.
 */
import type { Mention, Sentence } from "../../model.ts";
import { isPlaceToken, type Token } from "./segmenter.ts";
import { HARD_STOPS, NAME_SUFFIXES } from "./vocabulary.ts";

/** A short bracket: a few characters, no punctuation, no count. */
const BRACKET = /（([\p{Script=Han}A-Za-z]{1,6})）/gu;

/** Bracketed words that qualify the name before them without being a place: drafts, trial versions, kinds, sections. */
const QUALIFIER = /^(?:试行|草案|暂行|修订|征求意见稿)$|(?:段|类|型)$/u;

/** Bracket contents that are asides, not parts of a name (以下简称, 含…, 下同). */
const ASIDE = /^(?:以下|简称|含|不含|下同|即|包括|全国|全省|全市|首个|首家)/u;

/** Types whose names take a bracketed place or qualifier at their end. */
const BRACKETED_TYPES: ReadonlySet<string> = new Set(["Institution", "Platform", "Area", "Project", "Policy", "Event"]);

/** True when the bracket holds only places the segmenter knows (某市, 某省, 某某). */
function holdsPlace(inner: string, tokens: readonly Token[], start: number): boolean {
  const words = tokens.filter((t) => t.start >= start && t.end <= start + inner.length);
  return words.length > 0 && words.every(isPlaceToken);
}

/** True when the bracket can end the name before it: a qualifier, or a place after a body's name (a place after a place is an aside). */
function fitsAfter(before: Mention, inner: string, tokens: readonly Token[], start: number): boolean {
  return QUALIFIER.test(inner) || (before.type !== "Area" && holdsPlace(inner, tokens, start));
}

/** The word right before a bracket that a brand may open with (中国, 西部, 某某): Han, one token, not a verb or function word. */
function openingWord(tokens: readonly Token[], open: number): Token | undefined {
  const word = tokens.find((t) => t.end === open);
  if (word === undefined || !/^\p{Script=Han}{1,4}$/u.test(word.text)) return undefined;
  return /^(?:n|ns|nr|nz|nt|j|x|f|s)$/u.test(word.tag) ? word : undefined;
}

/** jieba tags of the words a name's body is made of: nouns, proper and unknown words, modifiers. */
const BODY_TAGS: ReadonlySet<string> = new Set(["n", "nz", "ns", "nt", "nr", "x", "j", "vn", "b", "a", "an", "l", "ng", "zg"]);

/** Longest body after a bracket: the rest of a name is a few more words. */
const MAX_BODY = 12;

/**
 * The rest of a name after its bracket when no rule found it alone (…（某地）科学城, …（某区）共建产业园): the
 * shortest run of whole words that ends in a name's head. Its type is the head's.
 */
function headedBody(sentence: Sentence, tokens: readonly Token[], close: number): Mention | undefined {
  const text = sentence.text;
  for (const token of tokens) {
    if (token.start < close || token.end - close > MAX_BODY) continue;
    if (!BODY_TAGS.has(token.tag) || HARD_STOPS.has(token.text) || !/^[\p{Script=Han}A-Za-z]+$/u.test(token.text)) return undefined;
    const head = NAME_SUFFIXES.find((h) => text.startsWith(h.text, token.end - h.text.length) && token.end - h.text.length >= close);
    if (head === undefined || token.end - close < 2) continue;
    return {
      sentenceIndex: sentence.index,
      surface: text.slice(close, token.end),
      start: close,
      end: token.end,
      type: head.type,
      source: "pattern",
      canonical: null,
    };
  }
  return undefined;
}

/** The top layer with names joined across their brackets; mentions outside brackets are returned unchanged. */
export function joinBracketed(sentence: Sentence, top: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const text = sentence.text;
  let mentions = [...top];
  for (const match of text.matchAll(BRACKET)) {
    const inner = match[1] as string;
    const open = match.index;
    const close = open + match[0].length;
    if (ASIDE.test(inner) || mentions.some((m) => m.start < open && m.end > open)) continue;
    const before = mentions.find((m) => m.end === open);
    const after = mentions.find((m) => m.start === close);
    let joined: Mention | undefined;
    const start = before?.start ?? openingWord(tokens, open)?.start;
    const body = after ?? (start === undefined ? undefined : headedBody(sentence, tokens, close));
    if (body !== undefined && start !== undefined) {
      joined = { ...body, start, canonical: null, source: "pattern" };
    } else if (before !== undefined && BRACKETED_TYPES.has(before.type) && fitsAfter(before, inner, tokens, open + 1)) {
      joined = { ...before, end: close, canonical: null, source: "pattern" };
    }
    if (joined === undefined) continue;
    const span = { ...joined, surface: text.slice(joined.start, joined.end) };
    mentions = [...mentions.filter((m) => m.end <= span.start || m.start >= span.end), span].sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return mentions;
}

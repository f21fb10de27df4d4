/**
 * The checks every pattern-found name passes: is a piece a boundary, is a word generic, is the name a
 * description rather than a name, is it a title conferred. Kept apart from the patterns so the
 * suffix, quote and list rules judge names the same way.
 */
import { ANCHOR_WORDS } from "./place-prefix.ts";
import { isKnownName, type Piece } from "./pieces.ts";
import { GENERIC_NAMES, GENERIC_WORDS, HARD_STOPS, HONOR_CUES, MAJOR_COUNT } from "./vocabulary.ts";

/** jieba tags of words that never sit inside a name: particles, prepositions, conjunctions, pronouns, adverbs, measure words. */
const STOP_TAGS: ReadonlySet<string> = new Set(["uj", "ul", "uz", "ug", "ud", "uv", "u", "y", "e", "o", "p", "c", "r", "d", "q", "w"]);

/** Characters that can never be inside a name: punctuation, quotes, brackets, dashes, spaces. */
const BOUNDARY_CHARS = /[\s，。、；：！？,.;:!?“”"'‘’《》〈〉「」『』【】()（）—–\-…~～/|+＋=*#%&]/u;

/** True when the piece is punctuation or white space. */
export function isBoundaryPiece(piece: Piece): boolean {
  return piece.known === null && BOUNDARY_CHARS.test(piece.text) && !/[\p{Script=Han}A-Za-z0-9]/u.test(piece.text);
}

/** Tags of pieces whose ending says nothing: unknown words, cut tokens, numbers, Latin. */
const OPAQUE_TAGS: ReadonlySet<string> = new Set(["x", "part", "m", "eng", "lexicon"]);

/** True when a word ends in a stop word of two or more characters (深入开展 → 开展, 知名企业 → 企业). */
function endsInStop(text: string): boolean {
  for (let cut = 1; cut <= text.length - 2; cut++) if (HARD_STOPS.has(text.slice(cut))) return true;
  return false;
}

/**
 * True when the piece ends a name walking left: a stop word or a stop tag, or a dictionary word that
 * ends in a stop word (jieba reads 深入开展 and 知名企业 as one word each).
 */
export function isStopPiece(piece: Piece): boolean {
  if (piece.known !== null) return false;
  if (HARD_STOPS.has(piece.text) || STOP_TAGS.has(piece.tag) || MAJOR_COUNT.test(piece.text)) return true;
  return piece.text.length >= 3 && !OPAQUE_TAGS.has(piece.tag) && endsInStop(piece.text);
}

/** True when `text` can be cut entirely into generic words (科技产业创新 = 科技|产业|创新). */
export function isGenericText(text: string): boolean {
  if (text.length === 0) return true;
  const reachable: boolean[] = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (reachable[i] !== true) continue;
    for (let j = i + 1; j <= Math.min(text.length, i + 6); j++) {
      if (GENERIC_WORDS.has(text.slice(i, j))) reachable[j] = true;
    }
  }
  return reachable[text.length] === true;
}

/** True when the piece says which thing, not what kind: a known name, or a word of 2+ characters that is not generic. */
function isDistinctive(piece: Piece, index: number): boolean {
  if (isKnownName(piece) || /[A-Za-z]/u.test(piece.text)) return true;
  // A number inside a name (工业4.0产业基地, 商埠1904街区) singles it out; one in front is a count.
  if (/^[0-9.]+$/u.test(piece.text)) return index > 0;
  // Numerals that are names, not counts (二七片区), are let through by the walk only right before the head.
  if (piece.tag === "m") return /^[一二三四五六七八九十]{2,}$/u.test(piece.text);
  if (piece.text.length < 2) return false;
  return !isGenericText(piece.text);
}

/**
 * True when the pieces before a head make a name: one distinctive piece (万科|望岳 创新中心), or a place
 * prefix followed by at least two characters (省|体育 中心, 山东|数字经济 产业园).
 */
export function isNameLike(left: readonly Piece[]): boolean {
  let i = 0;
  while (i < left.length && ANCHOR_WORDS.has(left[i]?.text ?? "")) i++;
  const rest = left.slice(i);
  if (rest.some(isDistinctive)) return true;
  // A province or city before generic words names its own body (省|体育中心); 国家 before them names a kind of
  // designation (国家|区域医疗中心), not one thing.
  const local = left.slice(0, i).some((piece) => piece.text !== "国家");
  return local && rest.reduce((n, piece) => n + piece.text.length, 0) >= 2;
}

/** jieba tags of proper nouns and of words its dictionary lacks (x: found by HMM, often a brand or a place). */
const PROPER_TAGS: ReadonlySet<string> = new Set(["ns", "nr", "nrt", "nrfg", "nz", "nt", "x", "eng"]);

/** True when some piece is a proper noun, an unknown word, a known name, a place prefix, or holds digits or Latin letters. */
export function hasProperPiece(left: readonly Piece[]): boolean {
  return left.some(
    (piece) => isKnownName(piece) || PROPER_TAGS.has(piece.tag) || ANCHOR_WORDS.has(piece.text) || /[0-9A-Za-z]/u.test(piece.text),
  );
}

/** True when the whole name is on the list of descriptions (服务中心, 该中心…). */
export function isGenericName(name: string): boolean {
  return GENERIC_NAMES.has(name);
}

/**
 * True when the text right before a name confers a title (获评|“…示范基地”): such names are honours,
 * not things. An opening quote, 为/了 and a level (省级, 全国) between cue and name are skipped.
 */
export function isHonorBefore(sentence: string, start: number): boolean {
  const before = sentence
    .slice(Math.max(0, start - 10), start)
    .replace(/[“"「『\s]+$/u, "")
    .replace(/(?:国家级|省级|市级|区级|全国|全省|全市)$/u, "")
    .replace(/[为了]$/u, "");
  return HONOR_CUES.some((cue) => before.endsWith(cue));
}

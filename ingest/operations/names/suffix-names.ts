/**
 * Names found by their head (研究院, 集团, 产业园, 片区, 项目, 文化节…) when the lexicon lacks them, so a
 * report never seen before still yields its organisations, parks and projects. The left edge is found by
 * walking left over segmenter pieces until a boundary: punctuation, a function word, a verb of building
 * or bringing in (引进|山东中轨铁投…有限公司), a known name, or a number that counts.
 */
import { hasProperPiece, isBoundaryPiece, isGenericName, isHonorBefore, isNameLike, isStopPiece } from "./name-checks.ts";
import type { NameCandidate } from "./candidate.ts";
import { ANCHOR_WORDS, isDistrictName } from "./place-prefix.ts";
import { isKnownName, type Piece } from "./pieces.ts";
import { isPlaceToken } from "./segmenter.ts";
import {
  COUNT_AFTER,
  EDITION,
  NAME_SUFFIXES,
  NON_HEAD_FOLLOWERS,
  NOT_EVENTS,
  ORGANISATION_HEAD,
  SOFT_VERBS,
  UNIT_HEADS,
  type NameSuffix,
} from "./vocabulary.ts";

/** Endings that make a project name a kind: 示范项目, 试点项目, 标杆工程, …类项目. */
const KIND_OF_PROJECT = /(?:示范性?|试点|标杆|类|重大|重点)(?:项目|工程)$/u;

/** Heads of carriers an industry is housed in. */
const INDUSTRY_CARRIERS = /^(?:产业园|产业园区|产业基地|园区|基地)$/u;
/** Endings of an industry's name (某某制造业, 某某经济, 某某物流). */
const INDUSTRY_ENDING = /(?:制造业|服务业|经济|物流|产业)$/u;

/** Longest left part considered: longer runs without a boundary are sentences, not names. */
const MAX_LEFT = 20;

/**
 * True when a bracket inside a name holds only places (某某人才创新创业（某市）基地, 中国北方（某市·某区）某某博览会):
 * words the segmenter knows as places or cities, joined by an interpunct.
 */
function holdsPlaces(group: readonly Piece[]): boolean {
  const inner = group.slice(1, -1).filter((p) => !/^[·・\s]+$/u.test(p.text));
  return inner.length > 0 && inner.every((p) => isPlaceToken(p) || isKnownName(p) || ANCHOR_WORDS.has(p.text));
}

/** Heads by their last character, longest first, so each piece end is checked against a handful. */
export type HeadIndex = ReadonlyMap<string, readonly NameSuffix[]>;

/** Indexes a list of heads (sorted longest first) by last character; other modules bring their own heads. */
export function indexHeads(suffixes: readonly NameSuffix[]): HeadIndex {
  const byLast = new Map<string, NameSuffix[]>();
  for (const suffix of suffixes) {
    const last = suffix.text.charAt(suffix.text.length - 1);
    byLast.set(last, [...(byLast.get(last) ?? []), suffix]);
  }
  return byLast;
}

const SUFFIXES_BY_LAST = indexHeads(NAME_SUFFIXES);

/** The longest head ending exactly at `end`. */
function suffixEndingAt(text: string, end: number, heads: HeadIndex): NameSuffix | undefined {
  const candidates = heads.get(text.charAt(end - 1)) ?? [];
  return candidates.find((suffix) => end >= suffix.text.length && text.startsWith(suffix.text, end - suffix.text.length));
}

/**
 * True when what follows the head shows it is a modifier or a counted kind: 总部经济, 街区21条, or another
 * head (大学|科技园, 集团|有限公司), which the longer name covers.
 */
function isNotHead(text: string, end: number, next: Piece | undefined): boolean {
  if (COUNT_AFTER.test(text.slice(end))) return true;
  if (next === undefined || next.known !== null) return false;
  if (NAME_SUFFIXES.some((suffix) => next.text.endsWith(suffix.text))) return true;
  return NON_HEAD_FOLLOWERS.some((word) => next.text === word || (word.length === 1 && next.text.startsWith(word)));
}

/** True when the piece could continue a name leftwards. */
function isNamePiece(piece: Piece | undefined): boolean {
  return piece !== undefined && !isBoundaryPiece(piece) && !isStopPiece(piece);
}

/**
 * Pieces of the name left of the head, in text order, or null when no name can be cut here.
 * `pieces[index]` is the piece just left of `head` (already cut at the head's start).
 */
function walkLeft(pieces: readonly Piece[], index: number, head: string, type: NameSuffix["type"]): Piece[] | null {
  const taken: Piece[] = [];
  let length = 0;
  let joined = false;
  for (let i = index; i >= 0; i--) {
    const piece = pieces[i];
    if (piece === undefined) break;
    const left = pieces[i - 1];
    if (isKnownName(piece) && !ANCHOR_WORDS.has(piece.text)) {
      // The district is where things are, never part of their name (市中区|大唐5G项目).
      if (isDistrictName(piece.text)) break;
      // A known name is the leftmost part of this one (山东大学|国家大学科技园): include it and stop —
      // unless it is an organisation followed by a thing of its own (…研究院|航天信息区块链平台); only
      // units of an organisation carry its name (国家管网集团|山东总部).
      if (!ORGANISATION_HEAD.test(piece.text) || UNIT_HEADS.has(head)) taken.push(piece);
      break;
    }
    if (/^[)）]$/u.test(piece.text)) {
      const open = findOpen(pieces, i);
      if (open === null) break;
      const group = pieces.slice(open, i + 1);
      const text = group.map((p) => p.text).join("");
      if (!holdsPlaces(group)) break;
      for (let j = i; j >= open; j--) taken.push(pieces[j] as Piece);
      length += text.length;
      i = open;
      continue;
    }
    if (/^[·・]$/u.test(piece.text)) {
      // An interpunct joins two name parts (首创·富恒) only between name pieces.
      if (taken.length === 0 || !isNamePiece(left)) break;
      taken.push(piece);
      length += 1;
      continue;
    }
    if (/^[与和]$/u.test(piece.text) && !joined && taken.some((p) => p.text === "联合") && isNamePiece(left)) {
      // "A与B联合实验室" names both partners; elsewhere 与/和 separates two names.
      joined = true;
      taken.push(piece);
      length += 1;
      continue;
    }
    if (isBoundaryPiece(piece) || isStopPiece(piece)) break;
    if (type === "Event" && EDITION.test(piece.text)) break;
    // Another organisation's head ends that name (…研究院|航天信息…): only units carry their parent's name.
    if (ORGANISATION_HEAD.test(piece.text) && !UNIT_HEADS.has(head)) break;
    if (SOFT_VERBS.has(piece.text) && !isNamePiece(left)) break;
    if (piece.tag === "m") {
      // Digits inside a name (商埠1904街区, 中科5G产业园) sit between name parts; Chinese numerals only
      // right before the head (二七片区). Anything else is a count or a year.
      const inner = /^[0-9.]+$/u.test(piece.text) && isNamePiece(left) && left?.tag !== "m";
      const beforeHead = /^[一二三四五六七八九十]+$/u.test(piece.text) && taken.length === 0;
      const adjective = /^[百千]年$|^第[一二三四五六七八九十0-9]+代$/u.test(piece.text);
      if (!inner && !beforeHead && !adjective) break;
    }
    taken.push(piece);
    length += piece.text.length;
    if (length > MAX_LEFT) return null;
  }
  return trimLeading(mergeSingles(taken.reverse()));
}

/**
 * jieba breaks words it does not know into single characters (中|软|国际, 安|可|区块链): a run of two or
 * more single characters is read as one unknown word, which is what such runs usually are in a name.
 */
function mergeSingles(left: readonly Piece[]): Piece[] {
  const merged: Piece[] = [];
  let run: Piece[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      const first = run[0] as Piece;
      const last = run[run.length - 1] as Piece;
      merged.push({ text: run.map((p) => p.text).join(""), start: first.start, end: last.end, tag: "x", known: null });
    } else merged.push(...run);
    run = [];
  };
  for (const piece of left) {
    const single = piece.known === null && piece.text.length === 1 && /\p{Script=Han}/u.test(piece.text);
    if (single) run.push(piece);
    else {
      flush();
      merged.push(piece);
    }
  }
  flush();
  return merged;
}

/** Index of the opening bracket matching the closing one at `close`, within a short distance. */
function findOpen(pieces: readonly Piece[], close: number): number | null {
  for (let i = close - 1; i >= Math.max(0, close - 8); i--) {
    if (/^[(（]$/u.test(pieces[i]?.text ?? "")) return i;
  }
  return null;
}

/**
 * Drops leading pieces no name starts with: a verb that may sit inside names, a lone verb or adverb,
 * digits, an interpunct. Null when a lone character is dropped right before a word jieba did not know
 * (的|望|岳路隧道): the character may belong to that word, and a cut name is worse than none.
 */
function trimLeading(left: Piece[]): Piece[] | null {
  let i = 0;
  // A name never opens with a bracket: a bracket the walk stopped right after belongs to what came before it.
  if (/^[(（]$/u.test(left[0]?.text ?? "")) i = left.findIndex((p) => /^[)）]$/u.test(p.text)) + 1;
  for (; i < left.length; i++) {
    const piece = left[i] as Piece;
    if (piece.known !== null) break;
    const lone = piece.text.length === 1 && /^(?:v|vd|d|ad|m)$/u.test(piece.tag);
    // A verb opening the phrase governs the name (实现|…集团, 释放|…中心); names rarely start with one.
    const governing = piece.tag === "v" && piece.text.length >= 2 && i < left.length - 1;
    if (!SOFT_VERBS.has(piece.text) && !lone && !governing && !/^[0-9.]+$/u.test(piece.text) && !/^[·・]$/u.test(piece.text)) break;
    if (lone && left[i + 1]?.tag === "x") return null;
  }
  return left.slice(i);
}

/** Proposes every name that ends in a known head (by default the organisation, carrier and project heads) in one sentence. */
export function findSuffixNames(text: string, pieces: readonly Piece[], heads: HeadIndex = SUFFIXES_BY_LAST): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    if (piece.known !== null) return;
    const suffix = suffixEndingAt(text, piece.end, heads);
    if (suffix === undefined) return;
    const headStart = piece.end - suffix.text.length;
    if (isNotHead(text, piece.end, pieces[k + 1])) return;

    // The head may start inside a piece (数据中心) or span several; cut the piece it starts in.
    let index = k;
    while (index >= 0 && (pieces[index]?.start ?? 0) > headStart) index--;
    const first = pieces[index];
    if (first === undefined || pieces.slice(index, k + 1).some((p) => p.known !== null)) return;
    const before = pieces.slice(0, index);
    if (first.start < headStart) {
      // A one-character remainder means the head was part of another word (中小学, 集团化).
      if (headStart - first.start < 2) return;
      before.push({ ...first, text: text.slice(first.start, headStart), end: headStart, tag: "part" });
    }

    const left = walkLeft(before, before.length - 1, suffix.text, suffix.type);
    if (left === null) return;
    const start = left[0]?.start ?? headStart;
    const name = text.slice(start, piece.end);
    // Universities are named by their place alone (山东大学); other heads need a specific part.
    const placeUniversity = suffix.text === "大学" && left.length === 1 && ANCHOR_WORDS.has(left[0]?.text ?? "");
    if (headStart - start < suffix.minLeft || (!isNameLike(left) && !placeUniversity)) return;
    // Projects and programmes share heads (项目, 工程): a project names a place or a brand (英雄山路…工程,
    // 洁源…项目), a programme only ordinary words (清洁取暖工程).
    if ((suffix.type === "Project" || suffix.proper === true) && !hasProperPiece(left)) return;
    // A pilot, model or category of projects (近零碳试点项目, 某某类项目) is a kind of project, not one.
    if (suffix.type === "Project" && KIND_OF_PROJECT.test(name)) return;
    if (isGenericName(name) || isHonorBefore(text, start)) return;
    // A park named only by its industry (某某制造业|产业园, 某某经济|产业园) is a kind of park; the industry is the name.
    if (INDUSTRY_CARRIERS.test(suffix.text) && INDUSTRY_ENDING.test(text.slice(start, headStart)) && !hasProperPiece(left)) {
      found.push({ start, end: headStart, type: "Industry", source: "pattern" });
      return;
    }
    if (suffix.type === "Event" && NOT_EVENTS.test(name)) return;
    found.push({ start, end: piece.end, type: suffix.type, source: "pattern" });
  });
  return found;
}

/**
 * Industries recognised by their head, in any report: 某某服务业, 某某制造业, 某某产业, a word of the 某某业 kind
 * (物流业, 建筑业), and 某某经济 for a branch of the economy (low-altitude, marine…). Industries are named by
 * ordinary words, so the name is what stands between the verb or function word in front and the head, and it
 * is rejected when it only gives a scope or a class (相关产业, 新兴产业, 民营经济).
 */
import type { NameCandidate } from "./candidate.ts";
import { isBoundaryPiece, isStopPiece } from "./name-checks.ts";
import type { Piece } from "./pieces.ts";
import {
  CLASS_ENDINGS,
  ECONOMY_VERBS,
  FARMING_QUALITIES,
  INDUSTRY_CLASSES,
  INDUSTRY_HEADS,
  INDUSTRY_SCOPES,
  NOT_ECONOMY_BRANCHES,
  NOT_INDUSTRY_YE,
} from "./industry-vocabulary.ts";
import { HARD_STOPS, SOFT_VERBS } from "./vocabulary.ts";

/** Words that end a run of coordinated fields, never an industry's name (人才, 事业, 政策). */
const NOT_INDUSTRY_PARTS = /(?:人才|事业|政策|教育|重构)$/u;

/** Longest part before a head: longer runs are clauses. */
const MAX_LEFT = 8;

/** jieba tags that end an industry's name walking left: verbs, adverbs, prepositions, conjunctions, pronouns, numbers. */
const END_TAGS: ReadonlySet<string> = new Set(["v", "vd", "vn", "d", "ad", "p", "c", "r", "m", "q", "f"]);

/** What follows a head that makes the phrase a carrier, a fund or an act of the industry, not the industry (某某产业园, 产业基金, 产业导入). */
const CARRIER_AFTER = /^(?:园|基地|项目|空间|载体|用地|基金|工人|人才|工作者|研究院|联盟|协会|大会|论坛|总部|导入|中心|大厦|小镇|街区|平台|综试区|企业)/u;

/**
 * True when the piece could be inside an industry's name. A word that merely ends like a stop word may be
 * (人力资源 ends in the category noun 资源), so only whole stop words end the name here.
 */
function isIndustryPiece(piece: Piece): boolean {
  if (piece.known !== null || isBoundaryPiece(piece) || SOFT_VERBS.has(piece.text)) return false;
  if (isStopPiece(piece) && (HARD_STOPS.has(piece.text) || piece.text.length < 3 || !/^(?:n|nz|x)$/u.test(piece.tag))) return false;
  if (piece.tag === "a" && !INDUSTRY_CLASSES.includes(piece.text)) return false;
  return /^[\p{Script=Han}A-Za-z0-9]+$/u.test(piece.text) && !END_TAGS.has(piece.tag);
}

/** True when `text` is made only of the given words (相关|新兴, 战略性|新兴). */
function madeOf(text: string, words: readonly string[]): boolean {
  if (text === "") return true;
  return words.some((w) => text.startsWith(w) && madeOf(text.slice(w.length), words));
}

/** The part of `left` after its leading scope words (全省|先进制造业 → 先进制造业's part). */
function dropScopes(left: string): string {
  const scope = INDUSTRY_SCOPES.filter((w) => left.startsWith(w) && left.length > w.length).sort((a, b) => b.length - a.length)[0];
  return scope === undefined ? left : dropScopes(left.slice(scope.length));
}

/** Industries ending in one of the heads (服务业, 制造业, 产业) in one sentence. */
function headedIndustries(text: string, pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    const head = INDUSTRY_HEADS.find((h) => piece.text.endsWith(h));
    if (head === undefined || piece.known !== null || CARRIER_AFTER.test(text.slice(piece.end))) return;
    // The part of the head's own token before the head (传统产业 → 传统), then whole pieces leftwards.
    let start = piece.end - head.length;
    if (start > piece.start && !isIndustryPiece({ ...piece, text: text.slice(piece.start, start) })) return;
    start = piece.start === start ? start : piece.start;
    for (let i = k - 1; i >= 0; i--) {
      const before = pieces[i] as Piece;
      if (!isIndustryPiece(before) || piece.end - head.length - before.start > MAX_LEFT) break;
      start = before.start;
    }
    // Kinds of e-commerce are named by the one word before 电商 (跨境|电商, 农村|电商); more in front is a place or a verb.
    const wordBefore = pieces[k - 1];
    if (head === "电商" && piece.end - head.length - start > 3 && piece.text === head && wordBefore !== undefined) start = wordBefore.start;
    const whole = text.slice(start, piece.end - head.length);
    const left = dropScopes(whole);
    const classes = head === "产业" ? [...INDUSTRY_SCOPES, ...INDUSTRY_CLASSES] : head === "农业" ? [...INDUSTRY_SCOPES, ...FARMING_QUALITIES] : INDUSTRY_SCOPES;
    if (left.length < 2 || madeOf(left, classes) || (head === "产业" && CLASS_ENDINGS.test(left))) return;
    // Coordinated fields before 产业 (教育科技人才|产业, 某某事业|产业): the run names other things with it, not an industry.
    if (head === "产业" && NOT_INDUSTRY_PARTS.test(left)) return;
    found.push({ start: start + whole.length - left.length, end: piece.end, type: "Industry", source: "pattern" });
  });
  return found;
}

/** Sectors written as one word in 业 (物流业, 建筑业) or as a word and 业 (港航|业). */
function sectorWords(pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    if (piece.known !== null || !piece.text.endsWith("业") || INDUSTRY_HEADS.some((h) => piece.text.endsWith(h))) return;
    // A sector word right before a noun modifies it (金融业|区域总部): only a sector standing alone is named.
    const next = pieces[k + 1];
    if (next !== undefined && !isBoundaryPiece(next) && !isStopPiece(next) && !/^(?:v|vn|vd)$/u.test(next.tag)) return;
    if (piece.text.length >= 3 && piece.text.length <= 5 && piece.tag === "n" && !NOT_INDUSTRY_YE.test(piece.text)) {
      found.push({ start: piece.start, end: piece.end, type: "Industry", source: "pattern" });
      return;
    }
    const before = pieces[k - 1];
    if (piece.text !== "业" || before === undefined || before.text.length !== 2 || !/^(?:j|n|nz|x)$/u.test(before.tag)) return;
    if (!isIndustryPiece(before) || NOT_INDUSTRY_YE.test(`${before.text}业`)) return;
    found.push({ start: before.start, end: piece.end, type: "Industry", source: "pattern" });
  });
  return found;
}

/**
 * Branches of the economy: 某某经济 where 某某 is one two-character word right after a verb that takes an
 * industry (发展|低空|经济), and no scope or owner (民营经济, 县域经济).
 */
function economyBranches(pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    const branch = piece.text === "经济" ? pieces[k - 1] : undefined;
    const before = pieces[k - 2];
    if (branch === undefined || branch.text.length !== 2 || !isIndustryPiece(branch) || NOT_ECONOMY_BRANCHES.has(branch.text)) return;
    if (madeOf(branch.text, [...INDUSTRY_SCOPES, ...INDUSTRY_CLASSES].filter((w) => w !== "数字"))) return;
    if (before === undefined || !ECONOMY_VERBS.has(before.text) || /性$/u.test(branch.text)) return;
    found.push({ start: branch.start, end: piece.end, type: "Industry", source: "pattern" });
  });
  return found;
}

/** Proposes the industries of one sentence. */
export function findIndustryNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  return [...headedIndustries(text, pieces), ...sectorWords(pieces), ...economyBranches(pieces)];
}

/** The name an industry is also called without its head (某某产业 → 某某), or null when the rest is too short. */
export function industryShortName(name: string): string | null {
  return name.endsWith("产业") && name.length >= 4 ? name.slice(0, -2) : null;
}

/**
 * Names of policy programmes and strategies: 实施|老街焕新提质行动, 深入实施|青山护绿战略,
 * 开展|“百校结对”专项行动. Such names are made of ordinary words, so the head rule for
 * organisations (which wants a distinctive part) cannot find them; what marks them is the frame. The
 * name ends in a programme head (行动, 工程, 计划, 战略…) at the end of a clause, and starts right after
 * the verb that governs it (实施, 开展, 推进…); verbs inside the name (提升, 深化, 优化) stay in it. Without a
 * governing verb only heads that are programmes by themselves (…三年行动, …专项行动) or names with a quoted
 * code are taken, and so is the next item of a list whose first item was a programme (A行动、B行动).
 */
import type { NameCandidate } from "./candidate.ts";
import { isBoundaryPiece } from "./name-checks.ts";
import { isKnownName, type Piece } from "./pieces.ts";
import { HONOR_CUES } from "./vocabulary.ts";
import {
  CLAUSE_OPENERS,
  COUNTED_START,
  GENERIC_CORES,
  GOVERNING_VERBS,
  LEADING_ADVERBS,
  LEADING_VERBS,
  PROGRAMME_FOLLOWER,
  PROGRAMME_HEADS,
  SCOPE_WORDS,
  STRONG_HEAD,
  type ProgrammeHead,
} from "./programme-vocabulary.ts";

/** Longest name taken: longer runs without a verb or a boundary are sentences. */
const MAX_NAME = 30;

/** jieba tags of words a programme name never contains: particles, prepositions, conjunctions, pronouns. */
const STOP_TAGS: ReadonlySet<string> = new Set(["uj", "ul", "uz", "ug", "ud", "uv", "u", "y", "e", "o", "p", "c", "r"]);

/** Function words that end the name walking left, whatever jieba's tag. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "的", "等", "和", "与", "及", "或", "以及", "为", "对", "在", "把", "将", "以", "从", "向", "由", "被", "之", "作为", "是",
  "成为", ...HONOR_CUES,
]);

/** Words that join list items: the item after one continues a list of programmes. */
const LIST_JOINS: ReadonlySet<string> = new Set(["、", "和", "与", "及", "以及"]);

/** Tags of words that never start a name: adverbs and time words (今年, 年内). */
const LEADING_TAGS: ReadonlySet<string> = new Set(["d", "ad", "vd"]);

/** A code that singles a programme out: a quoted part (“双清”) or digits with + (1+N). */
const CODE = /[“"][^”"]+[”"]|[0-9]+(?:\+[0-9A-Za-z]+)+/u;

/** A numbered code (1+N, “1650”): what makes 体系, 机制, 政策 a name rather than a common noun. */
const NUMBERED_CODE = /[0-9]+(?:\+[0-9A-Za-z]+)+|[“"][0-9A-Za-z+×]+条?[”"]/u;

/** Endings that say what kind of works a programme is (民生工程), whatever comes before them. */
const KIND_ENDINGS = /(?:民生|民心|惠民|实事|德政|形象|面子|重点|重大)工程$/u;

/** A count at the end of the core: 两个, 三项, 五大, 两个三年. */
const COUNT_BEFORE_HEAD = /(?:[0-9]+|[一二两三四五六七八九十百几多]+)(?:个|项|大|批|类)(?:[一二三四五六七八九十两]年)?$/u;

/** A level before a plan (市级|交通规划): it says who made it, not which plan. */
const LEVEL = /^(?:国家级|省级|市级|区级|县级|省市级|全省|全市|全区)/u;

/** The end of a place or unit name (东湖街道, 某某区, 市委): before a quoted code it is where or who, not what. */
const PLACE_END = /(?:省|市|区|县|街道|镇|乡|村|省委|市委|区委|县委|党委|政府)$/u;

/** True when the piece ends the name walking left (punctuation, function words). */
function isStop(piece: Piece): boolean {
  if (piece.known !== null) return false;
  return isBoundaryPiece(piece) || STOP_TAGS.has(piece.tag) || STOP_WORDS.has(piece.text);
}

/** True when the piece is a verb that governs a programme (实施, 大力推进). */
function isGoverning(piece: Piece): boolean {
  return piece.known === null && GOVERNING_VERBS.some((verb) => piece.text === verb || (piece.text.length <= 4 && piece.text.endsWith(verb)));
}

/**
 * A set of measures named by its count (某某16条措施, 某某“20条”, 某某十五条措施, 某某84项政策措施): the
 * count is the head, and the words before it say which set.
 */
const ARTICLES_HEAD = /(?:[“"](?:[0-9]+|[一二三四五六七八九十百]+)条[”"]|(?:[0-9]+|[一二三四五六七八九十百]+)(?:条|项)(?:政策)?措施)$/u;

/** A responsibility system named by its office (某长制: 河长制, 路长制): a policy by shape. */
const CHIEF_SYSTEM = /\p{Script=Han}长制$/u;

/** The head ending exactly at `end`, if the text there is a clause edge. */
function headEndingAt(text: string, end: number): ProgrammeHead | undefined {
  // Heads that need a numbered code (“1+N”政策体系) are names whatever follows them: the code decides.
  const coded = PROGRAMME_HEADS.find((h) => h.needsCode && end >= h.text.length && text.startsWith(h.text, end - h.text.length));
  if (coded !== undefined) return coded;
  if (!PROGRAMME_FOLLOWER.test(text.slice(end))) return undefined;
  const before = text.slice(Math.max(0, end - 12), end);
  const articles = ARTICLES_HEAD.exec(before)?.[0];
  if (articles !== undefined) return { text: articles, type: "Policy", minCore: 2, needsCode: false };
  if (CHIEF_SYSTEM.test(before)) return { text: "长制", type: "Policy", minCore: 1, needsCode: false };
  return PROGRAMME_HEADS.find((h) => end >= h.text.length && text.startsWith(h.text, end - h.text.length));
}

interface Run {
  /** Pieces left of the head, in text order. */
  readonly pieces: Piece[];
  /** The piece the walk stopped at, if any. */
  readonly stopper: Piece | undefined;
}

/** Walks left from `index` over the clause; a quoted part (“一窗速办”) is taken whole, punctuation inside it included. */
function clauseRun(pieces: readonly Piece[], index: number): Run {
  const taken: Piece[] = [];
  let length = 0;
  for (let i = index; i >= 0; i--) {
    const piece = pieces[i] as Piece;
    if (/^[”"]$/u.test(piece.text)) {
      let open = i - 1;
      while (open >= 0 && open >= i - 16 && !/^[“"]$/u.test(pieces[open]?.text ?? "")) open--;
      if (open < 0 || open < i - 16) return { pieces: taken.reverse(), stopper: piece };
      for (let j = i; j >= open; j--) taken.push(pieces[j] as Piece);
      length += (pieces[i]?.end ?? 0) - (pieces[open]?.start ?? 0);
      i = open;
      continue;
    }
    if (isStop(piece) || length + piece.text.length > MAX_NAME) return { pieces: taken.reverse(), stopper: piece };
    taken.push(piece);
    length += piece.text.length;
  }
  return { pieces: taken.reverse(), stopper: undefined };
}

/** Index of the quote the core's code opens with, when everything before it is a place or unit (东湖街道|“街巷管家”改革). */
function placeBeforeCode(core: readonly Piece[]): number {
  const quote = core.findIndex((piece) => /^[“"]$/u.test(piece.text));
  if (quote <= 0) return 0;
  const before = core.slice(0, quote);
  const place = before.every((p) => p.tag === "ns" || isKnownName(p)) || PLACE_END.test(before.map((p) => p.text).join(""));
  return place ? quote : 0;
}

/**
 * Drops what is not the name from its left edge: a clause's subject, adverbs and time words (全省|大力),
 * verbs that take the programme as object (深化|…改革), a lone verb character (打|好), scope words
 * (新一轮), a level (市级), and a place right before a quoted code.
 */
function trimLeading(run: readonly Piece[]): Piece[] {
  let i = 0;
  while (i < run.length) {
    const piece = run[i] as Piece;
    const filler =
      LEADING_ADVERBS.has(piece.text) ||
      CLAUSE_OPENERS.has(piece.text) ||
      LEADING_VERBS.has(piece.text) ||
      SCOPE_WORDS.has(piece.text) ||
      LEADING_TAGS.has(piece.tag) ||
      (piece.text.length === 1 && piece.tag === "v") ||
      isGoverning(piece) ||
      LEVEL.test(piece.text);
    if (piece.known !== null || !filler) break;
    i++;
  }
  const rest = run.slice(i);
  return rest.slice(placeBeforeCode(rest));
}

/** A 工程 that names a place or a brand (英雄山路…工程, 5G…工程) is a construction project, which the head rule reads. */
function isConstruction(core: readonly Piece[]): boolean {
  return core.some(
    (piece) => isKnownName(piece) || /^(?:ns|nsf)$/u.test(piece.tag) || /[0-9A-Za-z]/u.test(piece.text) || SITE_END.test(piece.text),
  );
}

/** Words for a site (某某路, 某某河, 某某桥): works on it are construction, not a programme. */
const SITE_END = /^\p{Script=Han}{1,4}(?:路|街|桥|河|湖|港|站|隧道)$/u;

/**
 * The run continued over one 和/与 when a governing verb lies beyond it (实施|留守儿童和困境儿童关爱…行动):
 * the conjunction joins two nouns inside the name. Null when the run stopped elsewhere, or ends a list item.
 */
function joinedRun(pieces: readonly Piece[], run: Run, continuesList: boolean): Run | null {
  const stopper = run.stopper;
  if (stopper === undefined || continuesList || !/^[和与]$/u.test(stopper.text)) return null;
  const at = pieces.indexOf(stopper);
  const left = clauseRun(pieces, at - 1);
  const verb = left.pieces.findLastIndex(isGoverning);
  if (verb < 0) return null;
  // The joined noun is short and plain: no code, no count, not a programme of its own (…计划和…计划).
  const noun = left.pieces.slice(verb + 1).map((p) => p.text).join("");
  if (!/^\p{Script=Han}{2,8}$/u.test(noun) || PROGRAMME_HEADS.some((h) => noun.endsWith(h.text)) || /[0-9一二两三四五六七八九十]个/u.test(noun)) return null;
  return { pieces: [...left.pieces, stopper, ...run.pieces], stopper: left.stopper };
}

/** The pieces of the name before the head, and whether a verb governs them; null when the frame does not make it a name. */
function nameCore(run: Run, head: ProgrammeHead, continuesList: boolean): { core: Piece[]; governed: boolean } | null {
  const pieces = run.pieces;
  let verb = -1;
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (isGoverning(pieces[i] as Piece)) {
      verb = i;
      break;
    }
  }
  if (verb >= 0) return { core: trimLeading(pieces.slice(verb + 1)), governed: true };
  const core = trimLeading(pieces);
  // A verb that takes reforms and mechanisms (深化|某某改革) governs the name when it opens the clause.
  const opener = pieces.find((p) => !LEADING_ADVERBS.has(p.text) && !CLAUSE_OPENERS.has(p.text));
  if (opener !== undefined && LEADING_VERBS.has(opener.text) && core.length > 0 && core[0] !== opener) return { core, governed: true };
  const coded = CODE.test(core.map((p) => p.text).join(""));
  // The next item of a list of programmes shares the first one's verb.
  return STRONG_HEAD.test(core.map((p) => p.text).join("") + head.text) || coded || continuesList ? { core, governed: continuesList } : null;
}

/** True when the core says which programme, not what kind (专项, 一批重点, 财政). */
function isSpecific(core: string, head: ProgrammeHead, governed: boolean): boolean {
  const visible = core.replace(/[“”"]/gu, "");
  // A quoted code is specific however short (“强基”工程).
  const minimum = CODE.test(core) ? 2 : head.minCore;
  if (visible.length < minimum || !(/\p{Script=Han}/u.test(visible) || NUMBERED_CODE.test(core))) return false;
  if (COUNTED_START.test(core) || GENERIC_CORES.has(core) || GENERIC_CORES.has(core + head.text)) return false;
  // A field's measures at large (减税降费各项政策措施) are many, not one set.
  if (/各项|各类|相关|有关/u.test(core)) return false;
  // Works of a kind (某某民生工程, 头号民心工程) are described by their purpose, not named.
  if (KIND_ENDINGS.test(core + head.text)) return false;
  // A reform of a system (某某体制改革, 某某机制改革) names the field reformed, not a programme.
  if (head.text === "改革" && /(?:体制|机制|制度)$/u.test(core)) return false;
  // A count right before the head (…两个|三年行动, 五大|工程) names several programmes at once.
  // (A set of rules counted by its articles, 某某八项|规定, is one set.)
  if (COUNT_BEFORE_HEAD.test(core) && !/^(?:规定|条例)$/u.test(head.text)) return false;
  // A pilot a verb carries out (推进|某某某某试点) is a programme when its core is long and plain: no measure, no
  // conjunction left over, no national or provincial level at its end (某某国家|试点 is a status).
  if (head.codeUnlessGoverned === true && governed && visible.length >= 5 && !/[0-9]|^[和与及]|(?:国家|全省|全国|省级)$/u.test(visible)) return true;
  return !head.needsCode || NUMBERED_CODE.test(core);
}

/** Proposes the programme and strategy names of one sentence. */
export function findProgrammeNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    if (piece.known !== null) return;
    const head = headEndingAt(text, piece.end);
    if (head === undefined) return;
    const headStart = piece.end - head.text.length;
    let index = k;
    while (index >= 0 && (pieces[index]?.start ?? 0) > headStart) index--;
    const first = pieces[index];
    if (first === undefined || first.known !== null) return;
    const before = pieces.slice(0, index);
    if (first.start < headStart) {
      // A one-character remainder means the head was part of another word (总计划, 新战略), except for
      // heads whose name may be one character (田|长制).
      if (headStart - first.start < Math.min(2, head.minCore)) return;
      before.push({ ...first, text: text.slice(first.start, headStart), end: headStart, tag: "part" });
    }
    const run = clauseRun(before, before.length - 1);
    const stopper = run.stopper;
    const continuesList = stopper !== undefined && LIST_JOINS.has(stopper.text) && found.some((f) => f.end === stopper.start);
    const named = nameCore(joinedRun(before, run, continuesList) ?? run, head, continuesList);
    if (named === null || named.core.length === 0) return;
    const core = named.core;
    const start = (core[0] as Piece).start;
    const coreText = text.slice(start, headStart);
    if (!isSpecific(coreText, head, named.governed)) return;
    if (head.text === "工程" && !CODE.test(coreText) && isConstruction(core)) return;
    found.push({ start, end: piece.end, type: head.type, source: "pattern" });
  });
  return found;
}

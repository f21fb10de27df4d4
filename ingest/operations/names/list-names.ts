/**
 * Names read from enumerations whose closing word says what the items are: "A、B、C等新兴数字产业"
 * (industries), "A、B等餐饮龙头企业" / "A、B等“老字号”" (enterprises), "A、B等9个路网项目" (projects),
 * "A、B等片区" / "A、B等6个区级示范村" (areas). At least two items and the closing word are required:
 * one item before 等 is too often something else (中建国际山东总部等招商项目).
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { NameCandidate } from "./candidate.ts";
import { isBoundaryPiece, isGenericText, isStopPiece } from "./name-checks.ts";
import type { Piece } from "./pieces.ts";
import { HARD_STOPS, NAME_SUFFIXES, SOFT_VERBS } from "./vocabulary.ts";

interface ListKind {
  readonly type: EntityType;
  /** The closing words after the last item; group 1 (if any) holds qualifiers that `accept` judges. */
  readonly closer: RegExp;
  readonly accept: (qualifiers: string) => boolean;
  /** Items of most kinds are descriptions when generic; industries are named by ordinary words. */
  readonly genericItems: boolean;
  /** How an item of this kind must end, when the closer alone does not say enough. */
  readonly itemEnd?: RegExp;
  /** A verb the clause must hold, when the closer alone does not say what the items are (聚焦甲、乙等领域). */
  readonly opener?: RegExp;
}

const always = (): boolean => true;

/**
 * Industries count only in lists of leading industries — 主导, 新兴, 战略性, 优势 — because the long lists
 * of sub-sectors (汽车制造、电力装备…等重点产业链) are descriptions, not the district's industries.
 */
const KINDS: readonly ListKind[] = [
  {
    type: "Industry",
    closer:
      /等(?:一批)?(?:(?:[两一二三四五六七八九十]|[0-9]+)[大个])?((?:新兴|主导|战略性|重点|优势|传统|未来|现代|特色|数字|文化|高端|细分|支柱|绿色|乡村|农业|制造业|服务业|和|与)*)产业(?:链条|链|集群)?(?!项目|园|空间|基地|载体|支撑|平台|用地|基金|工人|人才|工作者)|(?:(?:[两一二三四五六七八九十]|[0-9]+)大)?((?:新兴|主导|战略性|优势|未来|支柱)+)产业(?:链条|链|集群)?|等(?:新兴|前沿|未来)?赛道|产业集群/gu,
    accept: always,
    genericItems: true,
  },
  // Fields a clause turns to as an economy's (聚焦|进军|布局 甲、乙等领域) are industries; fields of work are not.
  { type: "Industry", closer: /等(?:前沿|新兴|重点|关键)?领域/gu, accept: always, genericItems: true, opener: /聚焦|进军|布局|深耕|抢占|瞄准/u },
  // National strategies listed by name (某某协同发展、某某建设等重大战略): the closer says what they are. Places
  // listed for their strategies (某某、某某等战略对接) stay places; a strategy's name says what is done there.
  { type: "Strategy", closer: /等(?:重大|国家|国家重大)?战略/gu, accept: always, genericItems: true, itemEnd: /(?:发展|建设|崛起|开发|保护|振兴|一体化|协同|联动|融合|战略)$/u },
  // Fields are not enterprises (在甲、乙等领域引育一批企业): the closer's words must not name a field.
  { type: "Enterprise", closer: /等(?!领域|行业|方面|场景|环节|板块)(?:多家|一批)?[\p{Script=Han}0-9]{0,8}?(?:企业|央企集团|集团|公司|品牌|“老字号”|老字号)/gu, accept: always, genericItems: false },
  { type: "Project", closer: /等(?:[0-9]+个)?\p{Script=Han}{0,6}?项目|等[0-9]+条(?:道路|断头路|续建道路)/gu, accept: always, genericItems: false },
  {
    type: "Area",
    // "A、B、C三大空间" divides a territory into named parts, as "A、B等片区" lists some.
    // Closers that name a kind of place: sites (遗址, 水库, 古镇), settlements (乡镇, 街道) and places at large (等地).
    closer:
      /等(?:[0-9]+个)?(?:片区|历史文化街区|街区|\p{Script=Han}{0,4}?(?:示范村|样板村))|(?:[两二三四五六七八九十]|[0-9]+)大(?:空间|片区|板块|功能区|组团|区域)|等(?:[0-9一二三四五六七八九十]+[个座处条])?\p{Script=Han}{0,2}?(?:遗址|水库|山体|古镇|古村落?|村落|乡镇|街道|地(?![\p{Script=Han}])|河流|支流|湖泊|景区|景点|景观|口岸)/gu,
    accept: always,
    genericItems: false,
  },
];

/** Characters that end the clause an enumeration sits in. */
const CLAUSE_END = /[，。；：！？,;:!?“”《》()（）\s]/u;

/** Longest item between two 、: longer ones are clauses, not names. */
const MAX_ITEM = 14;

/** Verbs that open a clause before an enumeration (融合|数字经济, 大力发展|新闻出版). */
const LEADING_VERBS = [
  "融合", "发展", "布局", "突破", "巩固", "拓展", "提升", "打造", "聚焦", "培育", "壮大", "推动", "加快", "谋划",
  "做强", "做大", "做优", "做精", "进一步", "大力", "积极", "着力", "串联", "连通", "贯通", "保护", "加强", "新改建", "新改扩建", "改扩建", "通车", "进军", "瞄准", "抢占", "深耕",
];

/** True when the piece could continue an item leftwards. */
function isNamePiece(piece: Piece | undefined): boolean {
  return piece !== undefined && !isBoundaryPiece(piece) && !isStopPiece(piece);
}

/** Words a clause opens with, two characters or more. */
const OPENERS = [...HARD_STOPS, ...LEADING_VERBS].filter((word) => word.length >= 2);

/** The verb or stop word `text` opens with (谋划布局, 大力发展…), if any. */
function opensWithVerb(text: string): string | undefined {
  return OPENERS.find((word) => text.startsWith(word) && text.length > word.length);
}

/**
 * Where the first item starts: walk left from its end over name pieces, then drop verbs the segmenter
 * glued on (jieba reads 大力发展 as one word).
 */
function firstItemStart(text: string, pieces: readonly Piece[], end: number, limit: number, joined = false, verbless = false): number {
  let start = end;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i] as Piece;
    if (piece.end > end) continue;
    // An industry may be two joined by 与 (半导体与集成电路-like names): the walk goes on over it.
    if (joined && piece.text === "与" && start < end && piece.start >= limit && isNamePiece(pieces[i - 1])) continue;
    // A piece cut off by a known name (其中|国网山东电力 read as 其|中国|网…) belongs to neither.
    if (piece.start < limit || isBoundaryPiece(piece) || isStopPiece(piece) || piece.tag === "part") break;
    if (SOFT_VERBS.has(piece.text) && !isNamePiece(pieces[i - 1])) break;
    start = piece.start;
    if (piece.known !== null) break;
  }
  for (let verb = opensWithVerb(text.slice(start, end)); verb !== undefined; verb = opensWithVerb(text.slice(start, end))) {
    start += verb.length;
  }
  // A place or project list's first item may carry the clause's verb (提升|某某, 打通|某某): those names do not
  // open with one, while industries and companies may (节能环保, 超某某).
  const opening = pieces.find((p) => p.start === start);
  if (verbless && opening !== undefined && opening.known === null && opening.tag === "v" && opening.text.length >= 2 && end - opening.end >= 2) start = opening.end;
  return start;
}

/** True when an item reads like a name of the kind, not a clause, a count or an organisation typed by its head. */
function isItem(item: string, kind: ListKind): boolean {
  const max = kind.type === "Industry" ? 10 : kind.type === "Strategy" ? 16 : 12;
  if (item.length < 2 || item.length > max || !/^[\p{Script=Han}A-Za-z0-9与和·.]+$/u.test(item)) return false;
  // Names with a head (…研究院, …产业园) are typed by the head rule; 世界500强 is a rank, not a name.
  // A one-character head in an industry's list is part of a word (集成电|路), not a road.
  const headed = NAME_SUFFIXES.some((suffix) => item.endsWith(suffix.text) && (kind.type !== "Industry" || suffix.text.length > 1));
  // A phase alone (二期) is the tail of a name the walk could not reach.
  if (headed || /的|等|产业|[0-9]+强/u.test(item) || /^(?:[一二三四五六七八九十]|[0-9]+)期$/u.test(item)) return false;
  if (!kind.genericItems && isGenericText(item)) return false;
  if (kind.itemEnd !== undefined && !kind.itemEnd.test(item)) return false;
  return opensWithVerb(item) === undefined && !OPENERS.some((word) => item.endsWith(word));
}

/**
 * A closer that counts the members (等5个项目, 等8条道路) or names villages of a programme (等某某示范村): the report
 * says the first is one of several things of that kind, so a single member before it is read as well.
 */
const COUNTED = "等(?:[0-9]+|[一二三四五六七八九十]+)[个座处条家所]|等\\p{Script=Han}{0,6}?(?:示范村|样板村)";
const COUNTED_CLOSER = new RegExp(`^(?:${COUNTED})`, "u");
const HAS_COUNTED_CLOSER = new RegExp(COUNTED, "u");

/** The items before a closer at `end`: spans of the clause split at 、, or null when it is no list. */
function itemsBefore(text: string, end: number): { start: number; end: number }[] | null {
  let clauseStart = end;
  while (clauseStart > 0 && !CLAUSE_END.test(text.charAt(clauseStart - 1))) clauseStart--;
  const parts = text.slice(clauseStart, end).split("、");
  if (parts.length < 2 && !COUNTED_CLOSER.test(text.slice(end))) return null;
  const items: { start: number; end: number }[] = [];
  let at = clauseStart;
  for (const part of parts) {
    items.push({ start: at, end: at + part.length });
    at += part.length + 1;
  }
  // Every item but the first (which may carry the clause's verb) must be short.
  return items.slice(1).every((item) => item.end - item.start <= MAX_ITEM) ? items : null;
}

/**
 * An item joined with 及 or 和 (新能源汽车及零部件, 氢能和储能, 某山和某山) is two items; 与 stays inside one
 * name (半导体与集成电路, 软件与信息服务), as do joins with a one-character side.
 */
function splitConjoined(text: string, item: { start: number; end: number }): { start: number; end: number }[] {
  const inner = text.slice(item.start, item.end);
  const at = inner.search(/[及和]/u);
  if (at < 2 || inner.length - at - 1 < 2) return [item];
  return [
    { start: item.start, end: item.start + at },
    { start: item.start + at + 1, end: item.end },
  ];
}

/** Proposes names from enumerations in one sentence. */
export function findListNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  if (!text.includes("、") && !HAS_COUNTED_CLOSER.test(text)) return [];
  const found: NameCandidate[] = [];
  for (const kind of KINDS) {
    for (const match of text.matchAll(kind.closer)) {
      if (!kind.accept(match[1] ?? "")) continue;
      const items = itemsBefore(text, match.index ?? 0);
      const first = items?.[0];
      if (items === null || first === undefined) continue;

      // A list whose items name industries themselves (巩固提升传统产业、强力突破新兴产业) is a list of clauses.
      if (kind.type === "Industry" && items.some((item) => text.slice(item.start, item.end).includes("产业"))) continue;
      const limit = Math.max(first.start, first.end - MAX_ITEM);
      items[0] = { start: firstItemStart(text, pieces, first.end, limit, kind.type === "Industry", kind.type === "Area" || kind.type === "Project"), end: first.end };
      // A verb in the clause before the closer says what the items are.
      if (kind.opener !== undefined && !kind.opener.test(text.slice(first.start, match.index))) continue;
      for (const item of kind.type === "Industry" || kind.type === "Area" ? items.flatMap((i) => splitConjoined(text, i)) : items) {
        // An item that is one verb (…建成通车、…) is the end of a clause, not a member.
        const verb = pieces.some((p) => p.start === item.start && p.end === item.end && (p.tag === "v" || (kind.type !== "Industry" && p.tag === "vn")));
        if (!verb && isItem(text.slice(item.start, item.end), kind)) found.push({ ...item, type: kind.type, source: "pattern" });
      }
    }
  }
  return found;
}

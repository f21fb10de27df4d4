/**
 * Names of events that the head rule cannot read: party congresses and plenary sessions (党的N大, N届N中全会,
 * 市委N届N次全会, 第N次党代会, 经济工作会议, 第N届人民代表大会第N次会议), national censuses, the multi-sport
 * games that are named by an abbreviation alone (某运会), and quoted event brands before an event
 * head (“某某杯”创业大赛), and whatever a hosting verb holds that ends like an event (举办某某招商大会). They
 * follow fixed shapes, so a pattern reads them in any report.
 * An edition or year before an event's name (第五届, 2024) is part of the mention; the name without it is
 * kept as an alias (see `editionless`), so the series and the edition are found by either spelling.
 */
import type { NameCandidate } from "./candidate.ts";
import { isKnownName, type Piece } from "./pieces.ts";
import { EVENT_HEADS } from "./event-vocabulary.ts";
import { isGenericText } from "./name-checks.ts";
import { tokenize } from "./segmenter.ts";

/** A Chinese or Arabic ordinal number (十九, 二十, 27). */
const N = "[一二三四五六七八九十百零〇两0-9]+";

/** Party and congress meetings and censuses, each a whole name. */
const MEETINGS: readonly RegExp[] = [
  new RegExp(`中国共产党第${N}次全国代表大会`, "gu"),
  new RegExp(`中国共产党第${N}届中央委员会第${N}次全体会议`, "gu"),
  new RegExp(`党的${N}大(?![会学])`, "gu"),
  new RegExp(`(?:党的)?${N}届${N}中全会`, "gu"),
  new RegExp(`(?:省委|市委|区委|县委|州委)${N}届${N}次全会(?:暨(?:省委|市委|区委|县委|州委)经济工作会议)?`, "gu"),
  new RegExp(`(?:省委|市委|区委|县委|省|市|区|县)?(?:${N}届${N}次|第${N}次|${N}次)党代会`, "gu"),
  new RegExp(`(?:中央|省委|市委|区委|县委)经济工作会议`, "gu"),
  new RegExp(`第${N}次全国\\p{Script=Han}{2,4}普查`, "gu"),
];

/** Congress sessions, named with the place in front: 某某省第十四届人民代表大会第五次会议, 某区五届人大二次会议. */
const SESSIONS: readonly RegExp[] = [new RegExp(`第${N}届人民代表大会第${N}次会议`, "gu"), new RegExp(`${N}届人大${N}次会议`, "gu")];

/**
 * Multi-sport games are named by an abbreviation of one or two characters and 运会 or 奥会 (运动会,
 * 奥林匹克运动会), which the segmenter keeps as one word; a city may stand before them (某市冬运会).
 */
const GAMES = /^\p{Script=Han}{1,2}(?:运会|奥会)$/u;

/** A quoted brand, a few words, then an event head: “某某杯”创业大赛, “某某”系列活动. */
const QUOTED_EVENT = new RegExp(`[“"][^“”"，。；！？]{2,12}[”"]\\p{Script=Han}{0,10}?(?:${EVENT_HEADS.join("|")})`, "gu");

/** A day a report puts in quotes (“某某日”, “某某节日”): an annual event by its name. */
const QUOTED_DAY = /[“"](\p{Script=Han}{2,10}日)[”"]/gu;

/** An edition or a year right before an event's name: 第五届, 首届, 2024, 2024年. */
const EDITION_BEFORE = /(?:第[一二三四五六七八九十百0-9]+届|首届|[0-9]{4}年?)$/u;

/** An edition or year at the start of an event's name. */
const EDITION_START = /^(?:第[一二三四五六七八九十百0-9]+届|首届|[0-9]{4}年?)/u;

/** Pieces that can be the place in front of a session or games: place words, known names, units ending in a level, a level. */
function isPlacePiece(piece: Piece | undefined): boolean {
  if (piece === undefined) return false;
  // A bare level (区|六届人大…) is the report's own place, as in 区政府 or 县人大.
  return piece.tag === "ns" || isKnownName(piece) || /^\p{Script=Han}{0,6}(?:省|市|区|县|州)$/u.test(piece.text);
}

/** Start of the place pieces (at most three) that end exactly at `end`, or `end` when there are none. */
function placeStart(pieces: readonly Piece[], end: number): number {
  let index = pieces.findIndex((p) => p.end === end);
  let start = end;
  for (let taken = 0; index >= 0 && taken < 3 && isPlacePiece(pieces[index]); taken++, index--) start = pieces[index]?.start ?? start;
  return start;
}

/** Proposes meetings, sessions, censuses, games and quoted event brands in one sentence. */
export function findEventNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  const add = (start: number, end: number): void => {
    found.push({ start, end, type: "Event", source: "pattern" });
  };
  for (const pattern of MEETINGS) {
    for (const match of text.matchAll(pattern)) add(match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
  found.push(...hostedEvents(text));
  for (const match of text.matchAll(QUOTED_DAY)) add((match.index ?? 0) + 1, (match.index ?? 0) + match[0].length - 1);
  for (const match of text.matchAll(QUOTED_EVENT)) {
    // A quote before an edition (“某某”第四届…节) is the edition's theme; the name starts at the edition.
    if (/第[^”"]+届|首届/u.test(match[0])) continue;
    add(match.index ?? 0, (match.index ?? 0) + match[0].length);
  }
  for (const pattern of SESSIONS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const place = placeStart(pieces, start);
      // A session without its place is not a name of its own (第五次会议 of which congress?).
      if (place < start) add(place, start + match[0].length);
    }
  }
  for (const piece of pieces) {
    if (piece.known !== null || !GAMES.test(piece.text)) continue;
    // An edition before the games is added by withEdition; a city only when there is none.
    const edition = EDITION_BEFORE.test(text.slice(Math.max(0, piece.start - 8), piece.start));
    add(edition ? piece.start : placeStart(pieces, piece.start), piece.end);
  }
  return found;
}

/** Verbs whose object is an event: what is held, hosted or organised. */
const HOSTING = /(?:成功举办|举办|承办|主办|办好|筹办|举行)了?/gu;
/** What ends an event held (大会, 会议, 论坛, 某某会, 某某节, 某某赛, 某某展). */
const HELD_HEAD = /(?:会议|论坛|峰会|大会|博览会|交易会|会|节|赛|展)$/u;
/** Quantities and kinds in front of an event list are no name: 各类, 系列, 多场, 一批. */
const NOT_A_HELD_NAME = /^(?:各类|各种|系列|多场|一批|一系列|[0-9一二三四五六七八九十百千]+[场次届项个])/u;

/** True when what stands before an event's head only says its kind (招商大会, 各类展会): generic words or one common word. */
function isKindOfEvent(rest: string): boolean {
  if (rest.length < 2 || isGenericText(rest)) return true;
  const tokens = tokenize(rest);
  return tokens.length === 1 && COMMON_TAGS.has(tokens[0]?.tag ?? "");
}

/** jieba tags of common words: verbs, nouns, adjectives. */
const COMMON_TAGS: ReadonlySet<string> = new Set(["v", "vn", "n", "a", "an", "ad"]);

/**
 * The events a hosting verb takes as its object (举办某某大会, 承办某某会、某某论坛等…展会): each member of the
 * object list, up to the clause's end or 等, that ends in an event's head. 暨 joins two names of one meeting.
 */
function hostedEvents(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const verb of text.matchAll(HOSTING)) {
    const start = (verb.index ?? 0) + verb[0].length;
    const clause = /^[^，。；：！？]*/u.exec(text.slice(start))?.[0] ?? "";
    const list = clause.split("等")[0] ?? "";
    let at = start;
    // 和 joins two events only after a whole one (某某大会和某某论坛), not inside a name (某某和平论坛).
    for (const item of list.split(/(?=[、暨])|(?<=[、暨])|(?<=(?:会议|论坛|峰会|大会|会|节|赛|展))(?=和)|(?<=(?:会议|论坛|峰会|大会|会|节|赛|展)和)/u)) {
      const itemStart = at;
      at += item.length;
      // A quoted theme before an edition (“某某”第五届…节) is not part of the name: it starts at the edition.
      const edition = /第[一二三四五六七八九十百0-9]+届|首届/u.exec(item);
      const skip = edition !== null && edition.index > 0 ? edition.index : 0;
      const name = item.slice(skip).replace(/^[“"]|[”"]$/gu, "");
      if (/^[、和暨]$/u.test(item) || name.length < 3 || name.length > 26 || !HELD_HEAD.test(name) || NOT_A_HELD_NAME.test(name)) continue;
      if (isKindOfEvent(name.replace(EDITION_START, "").replace(HELD_HEAD, ""))) continue;
      found.push({ start: itemStart + skip, end: itemStart + item.length, type: "Event", source: "pattern" });
    }
  }
  return found;
}

/** An event candidate widened over the edition or year written right before it (第五届|某某文化节). */
export function withEdition(text: string, candidate: NameCandidate): NameCandidate {
  if (candidate.type !== "Event") return candidate;
  const edition = EDITION_BEFORE.exec(text.slice(Math.max(0, candidate.start - 8), candidate.start));
  return edition === null ? candidate : { ...candidate, start: candidate.start - edition[0].length };
}

/** The name of an event without its edition or year (第五届某某节 → 某某节), or null when it has none. */
export function editionless(name: string): string | null {
  const rest = name.replace(EDITION_START, "");
  return rest !== name && rest.length >= 2 ? rest : null;
}

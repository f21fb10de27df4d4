/**
 * Names of events that the head rule cannot read: party congresses and plenary sessions (党的N大, N届N中全会,
 * 市委N届N次全会, 第N次党代会, 经济工作会议, 第N届人民代表大会第N次会议), national censuses, the multi-sport
 * games that are named by an abbreviation alone (某运会), and quoted event brands before an event
 * head (“某某杯”创业大赛). They follow fixed numbering shapes, so a pattern reads them in any report.
 * An edition or year before an event's name (第五届, 2024) is part of the mention; the name without it is
 * kept as an alias (see `editionless`), so the series and the edition are found by either spelling.
 */
import type { NameCandidate } from "./candidate.ts";
import { isKnownName, type Piece } from "./pieces.ts";
import { EVENT_HEADS } from "./event-vocabulary.ts";

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

/** An edition or a year right before an event's name: 第五届, 首届, 2024, 2024年. */
const EDITION_BEFORE = /(?:第[一二三四五六七八九十百0-9]+届|首届|[0-9]{4}年?)$/u;

/** An edition or year at the start of an event's name. */
const EDITION_START = /^(?:第[一二三四五六七八九十百0-9]+届|首届|[0-9]{4}年?)/u;

/** Pieces that can be the place in front of a session or games: place words, known names, units ending in a level. */
function isPlacePiece(piece: Piece | undefined): boolean {
  if (piece === undefined) return false;
  return piece.tag === "ns" || isKnownName(piece) || /^\p{Script=Han}{1,6}(?:省|市|区|县|州)$/u.test(piece.text);
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

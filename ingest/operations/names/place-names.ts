/**
 * Places recognised by their head and context, in any report: X省, X市, X县, X镇, X岛, X港 when X is one
 * word the segmenter knows as a place or does not know at all; X街道, X社区, X新区, X经济带, X都市圈… by the
 * same left-edge walk as other heads; and, once the report has named X市 (or X省, X县, X区), the short form X
 * wherever it stands as a word of its own (X人, X企业, 支持X…).
 */
import type { Mention, Sentence } from "../../model.ts";
import type { NameCandidate } from "./candidate.ts";
import { hasProperPiece, isGenericText, isStopPiece } from "./name-checks.ts";
import type { Piece } from "./pieces.ts";
import { AREA_INNER_VERBS, AREA_QUALIFIERS, FEATURE_HEAD, NOT_PLACE_PARTS, PLACE_HEADS, SHORTENED_HEADS, SINGLE_PLACE_HEADS } from "./place-vocabulary.ts";
import { dictionaryKnowsCity, type Token } from "./segmenter.ts";
import { overlaps } from "./select-mentions.ts";
import { findSuffixNames, indexHeads } from "./suffix-names.ts";
import { NAME_SUFFIXES } from "./vocabulary.ts";

const PLACE_HEAD_INDEX = indexHeads(PLACE_HEADS);

/** jieba tags of a word that may be the proper part of a place: places, other proper nouns, unknown words. */
const PLACE_PART_TAGS: ReadonlySet<string> = new Set(["ns", "nr", "nrt", "nrfg", "nt", "x", "j"]);

/** True when `part` (what precedes a one-character head) can be a place's own name. */
function isPlacePart(part: string): boolean {
  // A part that starts or ends in a head is two things run together (某省|县, 区|某某).
  return isPlaceText(part) && !SINGLE_PLACE_HEADS.has(part.charAt(0)) && !SINGLE_PLACE_HEADS.has(part.charAt(part.length - 1));
}

/** True when `text` may be a place's own name: a few Han characters, no direction, level or generic word. */
function isPlaceText(text: string): boolean {
  return text.length >= 2 && text.length <= 5 && /^\p{Script=Han}+$/u.test(text) && !NOT_PLACE_PARTS.has(text) && !isGenericText(text);
}

/** Words a one-character head starts when it stands for the level, not a place (县域, 市级, 区委, 省属). */
const LEVEL_WORD_AFTER = /^[域级委属直府政长情]/u;

/** Whole words ending in a one-character head that are kinds of places (文明城市, 旅游名县, 城中村). */
const KIND_ENDINGS = /(?:城市|都市|地区|山区|城区|市区|郊区|景区|园区|名县|州县|中村|强县|强市|强省|大省|大市)$/u;

/**
 * X + one-character head: either one token the segmenter tags as a place (信阳市-like words of 3+ characters),
 * or a place-like word followed by the head as a token of its own.
 */
function singleHeadPlaces(pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    if (piece.known !== null) return;
    const head = piece.text.charAt(piece.text.length - 1);
    if (!SINGLE_PLACE_HEADS.has(head)) return;
    if (KIND_ENDINGS.test(piece.text)) return;
    if (piece.text.length >= 3 && piece.tag === "ns" && isPlacePart(piece.text.slice(0, -1))) {
      found.push({ start: piece.start, end: piece.end, type: "Area", source: "pattern" });
      return;
    }
    const before = pieces[k - 1];
    if (piece.text.length !== 1 || before === undefined || before.known !== null) return;
    if (!PLACE_PART_TAGS.has(before.tag) || isStopPiece(before) || !isPlacePart(before.text)) return;
    if (LEVEL_WORD_AFTER.test(pieces[k + 1]?.text ?? "")) return;
    // 某某|大湾|区: a place word before the part goes with it, unless it is a city or province of its own (某省|某某区).
    const further = pieces[k - 2];
    const joined = further !== undefined && isPlaceWord(further) && !dictionaryKnowsCity(further.text) && further.end === before.start;
    found.push({ start: joined ? further.start : before.start, end: piece.end, type: "Area", source: "pattern" });
  });
  return found;
}

/**
 * jieba tags of words that end a place name walking left when they are not verbs that area names contain
 * (发展, 创新…, see AREA_INNER_VERBS): verbs, adverbs, prepositions, conjunctions. The general walk lets verbs through because
 * organisations and projects often hold one; an area's name rarely does (推出|长江经济带, 强化|高新区).
 */
const BREAKER_TAGS: ReadonlySet<string> = new Set(["v", "vd", "ad", "d", "p", "c"]);

/** True when the piece cannot be inside an area's name: a verb, adverb or adjective such as 健全 or 建好's 好. */
function isBreaker(piece: Piece): boolean {
  if (AREA_INNER_VERBS.has(piece.text)) return false;
  if (piece.text.endsWith("等")) return true;
  return BREAKER_TAGS.has(piece.tag) || (piece.tag === "a" && (piece.text.length >= 2 || piece.text === "好"));
}

/** Heads of zones conferred or planned (某某集聚区, 某某示范区): as often a description of a kind as a name. */
const ZONE_HEADS = /(?:集聚区|示范区|试验区|核心区)$/u;

/** Every head an area's name may end in: the general list's area heads and this module's. */
const AREA_HEADS = [...NAME_SUFFIXES.filter((h) => h.type === "Area"), ...PLACE_HEADS].sort((a, b) => b.text.length - a.text.length);

/**
 * True when a piece ends the name of an area walking left: a verb or adverb (see isBreaker), a direction or
 * quality word, or a place of its own (某某港|某某港区, 某某街道|某某社区), which is a separate area.
 */
function endsAreaLeft(piece: Piece): boolean {
  return isBreaker(piece) || AREA_QUALIFIERS.test(piece.text) || isPlacePiece(piece);
}

/** True when the piece is a place of its own: a place word with a one-character head, or a word ending in an area head. */
function isPlacePiece(piece: Piece): boolean {
  const single = SINGLE_PLACE_HEADS.has(piece.text.charAt(piece.text.length - 1));
  if (PLACE_PART_TAGS.has(piece.tag) && piece.text.length >= 3 && single) return true;
  // A head of its own (某某|街道|某某社区) closes the place before it.
  return AREA_HEADS.some((h) => piece.text.endsWith(h.text) && (piece.text.length > h.text.length || h.text.length >= 2));
}

/**
 * A head-walk area cut after the last verb, qualifier or other place before its head, kept only when what
 * remains names a place: a proper noun or unknown word, not only generic words (完整社区, 国际化社区).
 */
function refineArea(text: string, pieces: readonly Piece[], candidate: NameCandidate): NameCandidate | null {
  const head = AREA_HEADS.find((h) => text.startsWith(h.text, candidate.end - h.text.length));
  const headStart = candidate.end - (head?.text.length ?? 0);
  // The heads this module adds (社区, 走廊, 湿地…) follow ordinary words as often as names (完整社区): they need a proper part.
  const needsProper = head !== undefined && (PLACE_HEADS.includes(head) || ZONE_HEADS.test(head.text));
  const left = pieces.filter((p) => p.end > candidate.start && p.start < headStart);
  const accept = (kept: readonly Piece[]): NameCandidate | null => {
    const start = Math.max(candidate.start, kept[0]?.start ?? headStart);
    // A part ending in 式/型/性 says what kind of area (嵌入式|社区, 开放型|片区), not which.
    const part = text.slice(start, headStart);
    // Places are often written by their abbreviations (川, 滇, 黔): an abbreviation is a place's proper part here.
    const proper = hasProperPiece(kept) || kept.some((p) => p.tag === "j");
    if (headStart - start < 2 || isGenericText(part) || /[式型性]$/u.test(part) || (needsProper && !proper)) return null;
    return { ...candidate, start };
  };
  const cut = left.findLastIndex(endsAreaLeft);
  const refined = accept(left.slice(cut + 1));
  // A place in front is a separate area only when a name remains without it (某港|某某港区, not 某平原|经济区).
  const place = left[cut];
  if (refined === null && place !== undefined && isPlacePiece(place) && !isBreaker(place)) {
    const before = left.slice(0, cut).findLastIndex(endsAreaLeft);
    return accept(left.slice(before + 1));
  }
  return refined;
}

/** Areas among `candidates` refined (see refineArea); candidates of other types pass unchanged. */
export function refineAreas(text: string, pieces: readonly Piece[], candidates: readonly NameCandidate[]): NameCandidate[] {
  return candidates.flatMap((c) => (c.type === "Area" ? (refineArea(text, pieces, c) ?? []) : [c]));
}

/** True when the piece is a word the segmenter's dictionary knows as a place and that may name one. */
function isPlaceWord(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.known === null && piece.tag === "ns" && isPlaceText(piece.text);
}

/**
 * Places without a head, listed with other places (某某、某某, 某某与某某) or closing a list of places (某某等地): two
 * neighbours across 、/与/和/及 that the segmenter's dictionary both tags as places are read as places. One such word
 * alone is too often a common noun the dictionary tags as a place.
 */
function listedPlaces(pieces: readonly Piece[]): NameCandidate[] {
  return pieces.flatMap((piece, k): NameCandidate[] => {
    // A region's abbreviation (a two- or three-character j-tagged short form of several places) counts when listed beside a place word.
    const abbreviation = piece.known === null && piece.tag === "j" && isPlaceText(piece.text);
    if (!isPlaceWord(piece) && !abbreviation) return [];
    const listed =
      (COORDINATORS.has(pieces[k + 1]?.text ?? "") && isPlaceWord(pieces[k + 2])) ||
      (COORDINATORS.has(pieces[k - 1]?.text ?? "") && isPlaceWord(pieces[k - 2])) ||
      (!abbreviation && PLACE_LIST_END.test(pieces.slice(k + 1, k + 3).map((p) => p.text).join("")));
    return listed ? [{ start: piece.start, end: piece.end, type: "Area", source: "pattern" }] : [];
  });
}

/** Words that join two places: 某某、某某, 某某与某某, 某某和某某. */
const COORDINATORS: ReadonlySet<string> = new Set(["、", "与", "和", "及"]);
/** A list closed as places: 某某等地, 某某等市. */
const PLACE_LIST_END = /^等(?:地|市|省|县|城市|地区)/u;

/** Cities and provinces named without their head (某某 for 某某市): place words the dictionary also knows with the head. */
function bareCities(pieces: readonly Piece[]): NameCandidate[] {
  return pieces.flatMap((piece): NameCandidate[] =>
    isPlaceWord(piece) && dictionaryKnowsCity(piece.text) ? [{ start: piece.start, end: piece.end, type: "Area", source: "pattern" }] : [],
  );
}

/** True when `text` reads as a settlement or feature: Han characters ending in a feature head, not a kind of place. */
function isFeatureName(text: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(text) || !FEATURE_HEAD.test(text) || KIND_ENDINGS.test(text) || /农村|乡村|山村|青山|江山/u.test(text)) return false;
  const part = text.slice(0, -1);
  return !NOT_PLACE_PARTS.has(part) && !isGenericText(part);
}

/** jieba tags of a whole word that may be a place's full name: unknown, proper, other proper nouns. */
const WHOLE_NAME_TAGS: ReadonlySet<string> = new Set(["x", "nr", "nrt", "nrfg", "ns", "nz"]);

/**
 * Settlements and natural features the segmenter keeps as one word it does not know or takes for a proper noun
 * (某某村/x, 某某峪/x, 某某河/nr): three to five Han characters ending in a feature head, the part before it no
 * generic word. Common words of that shape (城中村, 农村) end in a kind, not a name.
 */
function featurePlaces(pieces: readonly Piece[]): NameCandidate[] {
  return pieces.flatMap((piece): NameCandidate[] => {
    const text = piece.text;
    if (piece.known !== null || !WHOLE_NAME_TAGS.has(piece.tag) || text.length < 3 || text.length > 5) return [];
    return isFeatureName(text) ? [{ start: piece.start, end: piece.end, type: "Area", source: "pattern" }] : [];
  });
}

/** What stands either side of a list member: 、, a conjunction, or 等 after the last one. */
const MEMBER_LEFT = /^(?:、|和|与|及)$/u;
const MEMBER_RIGHT = /^(?:、|和|与|及|等)$/u;

/**
 * The same shape split by the segmenter into short pieces (某|某山, 某某|山, 某|某|岛) where it stands as a member
 * of a list (、某某山、, 和某某峪等): three or four Han characters between list marks, no verb of two characters.
 */
function listedFeaturePlaces(text: string, pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((left, i) => {
    if (!MEMBER_LEFT.test(left.text)) return;
    // 某某峪和某某峪: after a conjunction, a name with the same head as the place before it, however the clause goes on.
    const head = text.charAt(left.start - 1);
    const sameHead = left.text !== "、" && FEATURE_HEAD.test(head) ? text.indexOf(head, left.end + 2) : -1;
    if (sameHead >= 0 && sameHead - left.end <= 3 && isFeatureName(text.slice(left.start - 3, left.start)) && isFeatureName(text.slice(left.end, sameHead + 1))) {
      found.push({ start: left.end, end: sameHead + 1, type: "Area", source: "pattern" });
      return;
    }
    for (let j = i + 2; j <= i + 4 && j < pieces.length; j++) {
      const right = pieces[j] as Piece;
      if (!MEMBER_RIGHT.test(right.text)) continue;
      const inner = pieces.slice(i + 1, j);
      const name = text.slice(left.end, right.start);
      const plain = inner.every((p) => p.known === null && p.text.length <= 2 && !(p.tag === "v" && p.text.length === 2));
      if (plain && name.length >= 3 && name.length <= 4 && isFeatureName(name)) {
        found.push({ start: left.end, end: right.start, type: "Area", source: "pattern" });
      }
      break;
    }
  });
  return found;
}

/** A village given a programme's title right after its name (某某省级美丽乡村示范村, 某某市级样板村). */
const TITLED_VILLAGE = /^(?:国家级|省级|市级|区级|县级)\p{Script=Han}{0,6}?(?:示范村|样板村)/u;

/** Villages named before the title they were given: one word the segmenter does not know or takes for a name. */
function titledVillages(text: string, pieces: readonly Piece[]): NameCandidate[] {
  return pieces.flatMap((piece): NameCandidate[] =>
    piece.known === null && /^(?:x|nr|ns|nz)$/u.test(piece.tag) && /^\p{Script=Han}{2,3}$/u.test(piece.text) && TITLED_VILLAGE.test(text.slice(piece.end))
      ? [{ start: piece.start, end: piece.end, type: "Area", source: "pattern" }]
      : [],
  );
}

/** Offices that belong to a country (某国总统, 某国驻华大使): the place word before one is a country. */
const NATIONAL_OFFICES: ReadonlySet<string> = new Set(["总统", "总理", "首相", "国王", "女王", "王储", "大使", "驻华大使", "外长", "领事"]);

/** Countries named by the office of their head or envoy (某国总统某某到访). */
function officePlaces(pieces: readonly Piece[]): NameCandidate[] {
  return pieces.flatMap((piece, k): NameCandidate[] =>
    isPlaceWord(piece) && NATIONAL_OFFICES.has(pieces[k + 1]?.text ?? "") ? [{ start: piece.start, end: piece.end, type: "Area", source: "pattern" }] : [],
  );
}

/** Proposes the places of one sentence. */
export function findPlaceNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  return [
    ...singleHeadPlaces(pieces),
    ...listedPlaces(pieces),
    ...bareCities(pieces),
    ...featurePlaces(pieces),
    ...officePlaces(pieces),
    ...titledVillages(text, pieces),
    ...listedFeaturePlaces(text, pieces),
    ...refineAreas(text, pieces, findSuffixNames(text, pieces, PLACE_HEAD_INDEX)),
  ];
}

/** One sentence with its tokens and the mentions found in it. */
export interface SentenceFinds {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

/** 某某 for 某某市 (or 省, 县, 区), undefined when the name ends in a longer head (某某新区) or the rest is no place. */
function shortFormOf(name: string): string | undefined {
  if (AREA_HEADS.some((h) => h.text.length >= 2 && name.endsWith(h.text))) return undefined;
  const short = SHORTENED_HEADS.exec(name)?.[1];
  // The short form may end like a place (某岛 of 某岛市) but not in another level (某省|县).
  return short !== undefined && isPlaceText(short) && !/[省市县区]$/u.test(short) ? short : undefined;
}

/**
 * The place a longer name opens with (某某市|人民政府, 某某区|科技局): a word the segmenter knows as a place and
 * an administrative head, as one token or two. The name is another thing; the place is still the report's.
 */
function leadingPlace(mention: Mention, tokens: readonly Token[]): string | undefined {
  const first = tokens.findIndex((t) => t.start === mention.start);
  const token = tokens[first];
  if (token === undefined || token.tag !== "ns") return undefined;
  const next = tokens[first + 1];
  const place = SHORTENED_HEADS.test(token.text) ? token.text : next !== undefined && /^[省市县区]$/u.test(next.text) ? token.text + next.text : undefined;
  return place !== undefined && place.length < mention.end - mention.start ? place : undefined;
}

/**
 * The short forms the document's places are also called by: 某某 for a place found as 某某市, alone or opening
 * a longer name, and for the place the document reports on (a report on 某某区 says 落户某某).
 */
function shortForms(finds: readonly SentenceFinds[], documentPlace: string | null): Set<string> {
  const forms = new Set<string>();
  const own = documentPlace === null ? undefined : shortFormOf(documentPlace);
  if (own !== undefined) forms.add(own);
  for (const { mentions, tokens } of finds) {
    for (const m of mentions) {
      const place = m.type === "Area" ? m.surface : leadingPlace(m, tokens);
      const short = place === undefined ? undefined : shortFormOf(place);
      if (short !== undefined) forms.add(short);
    }
  }
  return forms;
}

/** Start offsets of `word` in `text` that begin and end on token boundaries. */
function wordOccurrences(text: string, word: string, tokens: readonly Token[]): number[] {
  const starts = new Set(tokens.map((t) => t.start));
  const ends = new Set(tokens.map((t) => t.end));
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (starts.has(at) && ends.has(at + word.length)) found.push(at);
  }
  return found;
}

/**
 * Adds, in every sentence, the short forms of the document's places where they stand alone as a word and
 * no other mention covers them. Resolution joins them to the full name (see placeCore).
 */
export function addPlaceShortForms(finds: readonly SentenceFinds[], documentPlace: string | null = null): Mention[][] {
  const forms = shortForms(finds, documentPlace);
  return finds.map(({ sentence, tokens, mentions }) => {
    const added: Mention[] = [];
    for (const form of forms) {
      for (const start of wordOccurrences(sentence.text, form, tokens)) {
        const span = { start, end: start + form.length };
        if ([...mentions, ...added].some((m) => overlaps(m, span))) continue;
        added.push({ sentenceIndex: sentence.index, surface: form, ...span, type: "Area", source: "pattern", canonical: null });
      }
    }
    return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
  });
}

/** The part of an area's name that its short form keeps (某某市 → 某某), for joining the two in resolution. */
export function placeCore(name: string): string {
  return shortFormOf(name) ?? name;
}

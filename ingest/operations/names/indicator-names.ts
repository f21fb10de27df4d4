/**
 * Indicators recognised in any report: the noun phrase a number measures ("一般公共预算收入增长6.5%", "城镇新增
 * 就业12万人"). The phrase is read the way the indicator extractor reads a metric it does not know
 * (metric-phrase.ts: from the last separator to the number, cue words such as 增长/达到/突破 dropped), so the
 * entity and the values agree; it is taken as a name only when it ends in a head of measures (总值, 收入, 率…)
 * and starts with no verb of action (完成投资, 扩大有效投资).
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { TextSpan } from "../../model.ts";
import { metricPhrase } from "../indicators/metric-phrase.ts";
import type { NameCandidate } from "./candidate.ts";
import { dictionaryKnowsCity, tokenize } from "./segmenter.ts";
import { EXTRA_TRAILING, INDICATOR_HEAD, INDICATOR_LEADING, JOINED, NOT_INDICATOR, TIME_WORDS, UNIT } from "./indicator-vocabulary.ts";

/** A number: digits with an optional fraction. */
const NUMBER = /(?<![\dA-Za-z.])\d+(?:\.\d+)?\s*/gu;

/** Numbers with a unit (6.5%, 1161.7亿元, 12万人次) as spans ending after the unit. */
function numberSpans(text: string): TextSpan[] {
  return [...text.matchAll(NUMBER)].flatMap((m) => {
    const unit = UNIT.exec(text.slice(m.index + m[0].length))?.[0];
    return unit === undefined ? [] : [{ start: m.index, end: m.index + m[0].length + unit.length }];
  });
}

/**
 * Names of further measures listed before the one a number follows, when all share it ("某某率、某某率分别达…"):
 * each item must end in a head of measures.
 */
function listedBefore(text: string, start: number, floor: number): TextSpan[] {
  const items: TextSpan[] = [];
  let end = start - 1;
  while (end > floor && text.charAt(end) === "、") {
    let itemStart = end;
    while (itemStart > floor && /[\p{Script=Han}A-Za-z0-9.]/u.test(text.charAt(itemStart - 1))) itemStart--;
    const item = text.slice(itemStart, end);
    if (!isMeasureName(item)) break;
    items.push({ start: itemStart, end });
    end = itemStart - 1;
  }
  return items;
}

/**
 * A known indicator inside the phrase stays the name unless the phrase only puts a short qualifier in front
 * (本地|生产总值, 人均|某某收入): a longer or a trailing extra (某某营收|总量, 社保…综合|网办率) is wording
 * around the known measure, not another measure.
 */
function extendsKnownWell(text: string, span: TextSpan, known: readonly (TextSpan & { readonly type: EntityType })[]): boolean {
  // A share (某某增加值占地区生产总值比重) is a measure of its own, made of the known ones it compares.
  if (SHARE_OF.test(text.slice(span.start, span.end))) return true;
  return known
    .filter((k) => k.type === "Indicator" && k.start >= span.start && k.end <= span.end)
    .every((k) => k.end === span.end && k.start - span.start <= MAX_QUALIFIER);
}

/** A share of one measure in another, or of a whole (…占…比重, …占比). */
const SHARE_OF = /占.{2,}(?:比重|比例)$|占比$/u;

/** Longest qualifier a measure's name may put in front of a known indicator. */
const MAX_QUALIFIER = 2;

/** True when `name` reads as a measure: long enough, ending in a head, no action, share or join. */
function isMeasureName(name: string): boolean {
  return name.length >= 3 && name.length <= (SHARE_OF.test(name) ? 24 : 16) && INDICATOR_HEAD.test(name) && !NOT_INDICATOR.test(name) && !JOINED.test(name);
}

/**
 * A city or province the measure is of (某某市|经济总量, 某某|地区生产总值): a word the segmenter knows as one,
 * leaving a measure's name of its own. The value is that place's, read as the clause's subject.
 */
function leadingPlace(text: string, span: TextSpan): TextSpan | null {
  const first = tokenize(text.slice(span.start, span.end))[0];
  if (first === undefined || first.tag !== "ns" || first.text.length < 2) return null;
  if (!dictionaryKnowsCity(first.text) && !(first.text.length >= 3 && /[省市县]$/u.test(first.text))) return null;
  const rest = text.slice(span.start + first.end, span.end);
  return isMeasureName(rest) ? { start: span.start, end: span.start + first.end } : null;
}

/** Proposes the indicators of one sentence; `known` are names already found (never crossed). */
export function findIndicatorNames(text: string, known: readonly (TextSpan & { readonly type: EntityType })[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  const times = [...text.matchAll(TIME_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const blockers = [...known.filter((k) => k.type !== "Indicator"), ...times];
  let lastEnd = 0;
  for (const number of numberSpans(text)) {
    // A known indicator inside the phrase (某某|生产总值) is part of a longer name, not its edge.
    const phrase = metricPhrase(text, { start: lastEnd, end: number.start }, number, blockers);
    lastEnd = number.end;
    if (phrase === null) continue;
    const raw = text.slice(phrase.name.start, phrase.name.end);
    const leading = INDICATOR_LEADING.exec(raw)?.[0].length ?? 0;
    const trailing = EXTRA_TRAILING.exec(raw.slice(leading))?.[0].length ?? 0;
    const span = { start: phrase.name.start + leading, end: phrase.name.end - trailing };
    if (!isMeasureName(text.slice(span.start, span.end)) || !extendsKnownWell(text, span, known)) continue;
    const place = leadingPlace(text, span);
    if (place !== null) found.push({ ...place, type: "Area", source: "pattern" });
    const measure = place === null ? span : { start: place.end, end: span.end };
    for (const item of [measure, ...listedBefore(text, span.start, 0)]) found.push({ ...item, type: "Indicator", source: "pattern" });
  }
  return found;
}

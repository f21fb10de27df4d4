/**
 * Indicators recognised in any report: the noun phrase a number measures ("一般公共预算收入增长6.5%", "城镇新增
 * 就业12万人"). The phrase is read the way the indicator extractor reads a metric it does not know
 * (metric-phrase.ts: from the last separator to the number, cue words such as 增长/达到/突破 dropped), so the
 * entity and the values agree; it is taken as a name only when it ends in a head of measures (总值, 收入, 率…)
 * and starts with no verb of action (完成投资, 扩大有效投资).
 */
import type { TextSpan } from "../../model.ts";
import { metricPhrase } from "../metric-phrase.ts";
import type { NameCandidate } from "./candidate.ts";
import { INDICATOR_HEAD, INDICATOR_LEADING, JOINED, NOT_INDICATOR } from "./indicator-vocabulary.ts";

/** A number with a percent sign, a unit word or a magnitude after it (6.5%, 1161.7亿元, 12万人). */
const NUMBER = /(?<![\dA-Za-z.])\d+(?:\.\d+)?\s*(?:%|％|[万亿千百]?\p{Script=Han})/gu;

/** Numbers of the sentence as spans (the unit's first character included). */
function numberSpans(text: string): TextSpan[] {
  return [...text.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Proposes the indicators of one sentence; `known` are names already found (never crossed). */
export function findIndicatorNames(text: string, known: readonly TextSpan[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  let lastEnd = 0;
  for (const number of numberSpans(text)) {
    const phrase = metricPhrase(text, { start: lastEnd, end: number.start }, number, known);
    lastEnd = number.end;
    if (phrase === null) continue;
    const raw = text.slice(phrase.name.start, phrase.name.end);
    const leading = INDICATOR_LEADING.exec(raw)?.[0].length ?? 0;
    const name = raw.slice(leading);
    if (name.length < 3 || !INDICATOR_HEAD.test(name) || NOT_INDICATOR.test(name) || JOINED.test(name)) continue;
    found.push({ start: phrase.name.start + leading, end: phrase.name.end, type: "Indicator", source: "pattern" });
  }
  return found;
}

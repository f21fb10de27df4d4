/**
 * Indicator values: a number with a unit, tied to the nearest metric named before it in its clause
 * ("一般公共预算收入增长6.5%"), or carried from the previous clause when this one only continues it
 * ("…68987元，增长4.1%", "从2012年的558.5亿元…，达到了2021年的1161.7亿元"). No metric, no fact.
 */
import type { EntityType, ValueKind } from "../../../src/graph/contract.ts";
import type { IndicatorFact, ResolvedMention, Sentence, TextSpan } from "../../model.ts";
import { type Clause, splitClauses } from "../relations/clauses.ts";
import { compileTriggers } from "../vocabulary/compiled-triggers.ts";
import { isPlanSection, kindCueHits, strongestKind } from "./cues.ts";
import { groupEnumerations } from "../relations/enumerations.ts";
import { countedMetrics, linkQuantities } from "./metric-links.ts";
import { metricPhrase } from "./metric-phrase.ts";
import { findQuantities, type Quantity } from "./parse-number.ts";
import type { WordHit } from "../vocabulary/scan-words.ts";
import { sentenceMentions } from "../names/sentence-mentions.ts";
import { clauseTopics } from "../relations/topics.ts";
import type { Triggers } from "../vocabulary/triggers.ts";
import type { DocumentTime } from "../time/document-time.ts";
import { factPeriod, lastTimeIn } from "../time/fact-period.ts";
import { measureOf, type ValueShape } from "../time/measure.ts";
import { formatPeriod } from "../time/period.ts";
import { headingTime, readTimes } from "../time/read-times.ts";

/** What the sentence alone does not tell: whose numbers they are by default, and when it was written. */
export interface IndicatorContext {
  /** Entity id of the district (市中区): the subject when the sentence names none. */
  readonly districtId: string;
  readonly documentYear: number | null;
  /** Publication month and document kind, which decide the year unmarked results speak of; without
   * them the document's year is that year. */
  readonly documentTime?: DocumentTime;
  /** Outer headings above `sentence.heading`, innermost first ("一、2022年工作回顾"). */
  readonly headings?: readonly string[];
}

/** The metric a clause's numbers belong to, and the clause that named it. */
interface ActiveMetric {
  readonly metric: ResolvedMention;
  readonly clause: Clause;
  readonly kind: ValueKind;
}

// A clause that only continues the previous one's metric opens with one of these. (实现/为 are left
// out: "…完成征收拆迁58万平方米，实现供地1400余亩" starts a new thing.)
const CONTINUATION =
  /^\s*(?:同比|比上年|较上年|较|年均|全年|累计|分别|并)?\s*(?:从|由|达到|达|增长|增加|增至|增速|增幅|提高|提升|下降|减少|突破|超过|超|至|到|占)/u;
// Growth cue right before the number: "增长6.5%", "同比增长 8.6%", "累计增长40.6%".
const GROWTH = /(?:增长|增速|增幅|下降|减少|回落)[^\d]{0,3}$/u;
const DECLINE = /(?:下降|减少|回落)[^\d]{0,3}$/u;
// "占财政总支出的82.2%": a share of something else, named after what it is a share of.
const SHARE = /占(?<whole>[^，；\d]{0,12}?)的?\s*$/u;
const SUBJECT_TYPES: readonly EntityType[] = ["Area", "Strategy", "Platform", "Project", "Enterprise", "Institution"];

const within = (span: TextSpan, outer: TextSpan): boolean => span.start >= outer.start && span.end <= outer.end;
const overlaps = (a: TextSpan, b: TextSpan): boolean => a.start < b.end && b.start < a.end;

/** The metric name a value is reported under: "<metric>", "<metric>增长", "<metric>占<whole>比重" or "<metric>占比". */
function metricName(metric: ResolvedMention, cues: string, quantity: Quantity): { name: string; sign: 1 | -1; shape: ValueShape } {
  const base = metric.canonical ?? metric.surface;
  const share = quantity.unit === "%" ? SHARE.exec(cues) : null;
  if (share !== null) {
    // "占比82%" names no whole.
    // "占比超过55%" and "占比82%" name no whole; a cue verb after 占比 is no part of one.
    const whole = (share.groups?.["whole"] ?? "").trim().replace(/(?:超过|达到|达|为|约|近|超)$/u, "").replace(/^比重?$/u, "");
    return { name: whole === "" ? `${base}占比` : `${base}占${whole}比重`, sign: 1, shape: "share" };
  }
  if (GROWTH.test(cues)) return { name: `${base}增长`, sign: DECLINE.test(cues) ? -1 : 1, shape: "growth" };
  return { name: base, sign: 1, shape: "level" };
}

/** The expectation or goal a clause's cues announce, ignoring plain result verbs. */
function modalKind(hits: readonly WordHit<ValueKind>[]): { kind: ValueKind; word: string } | null {
  const modal = hits.filter((h) => h.values.some((kind) => kind !== "actual")).map((h) => ({ ...h, values: h.values.filter((k) => k !== "actual") }));
  return strongestKind(modal);
}

/** A metric named by the sentence's own words rather than a known indicator: its "mention" is the phrase. */
function phraseMetric(text: string, span: TextSpan, sentenceIndex: number): ResolvedMention {
  const surface = text.slice(span.start, span.end);
  return { sentenceIndex, surface, start: span.start, end: span.end, type: "Indicator", source: "pattern", canonical: null, entityId: `phrase:${surface}` };
}

/** Extracts the indicator values one sentence reports. */
export function extractIndicators(
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  triggers: Triggers,
  documentId: string,
  context: IndicatorContext,
): IndicatorFact[] {
  if (sentence.isAside) return [];
  const text = sentence.text;
  const ms = sentenceMentions(sentence, mentions);
  const compiled = compileTriggers(triggers);
  const { documentYear } = context;
  const doc: DocumentTime = context.documentTime ?? { year: documentYear, month: null, kind: "other" };
  const times = readTimes(text, doc);
  // Numbers inside names ("中科5G产业园") or time words ("1-11月") are not values.
  const quantities = findQuantities(text, compiled.units).filter(
    (q) => !ms.some((m) => overlaps(m, q)) && !times.some((t) => overlaps(t, q)),
  );
  if (quantities.length === 0) return [];
  const counted = countedMetrics(text, ms, quantities);
  const metrics = ms.filter((m) => m.type === "Indicator" && !counted.has(m));

  const clauses = splitClauses(text);
  const groups = groupEnumerations(text, ms);
  const topics = clauseTopics(text, clauses, groups);
  const cues = kindCueHits(text, compiled, ms);
  const headings = [sentence.heading, ...(context.headings ?? [])].filter((h): h is string => h !== null);
  const planSection = isPlanSection(headings, compiled, documentYear);
  const timeOfHeading = headingTime(headings, doc);

  const cuesIn = (span: TextSpan): WordHit<ValueKind>[] => cues.filter((c) => within(c, span));

  /** True when the clause opened by `topic` reports a number about it ("中部崛起区累计完成城中村改造25个"),
   * not just counts it ("领秀公馆美丽汇等6个商贸综合体加快建设") or tells an event. */
  const reportsNumbers = (index: number): boolean => {
    const topic = topics[index];
    const clause = clauses[index];
    if (topic === null || topic === undefined || clause === undefined) return false;
    return quantities.some((q) => within(q, clause) && q.start >= topic.end && !/^\s*等?\s*$/u.test(text.slice(topic.end, q.start)));
  };

  /**
   * Whose number: "166亿元的中博领创时代"; else the clause's own subject; else the nearest earlier
   * subject that had numbers of its own; else the sentence's first subject (in "数字经济持续拓展，
   * 中国铁塔北方数据中心落地运营，新建5G基站793处" the base stations are not the data centre's); else
   * the district.
   */
  const subjectOf = (quantity: Quantity, clause: Clause): string => {
    const following = ms.find((m) => m.start >= quantity.end && m.start <= quantity.end + 2);
    if (following !== undefined && /^\s?的/u.test(text.slice(quantity.end, following.start)) && SUBJECT_TYPES.includes(following.type)) {
      return following.entityId;
    }
    const earlier = topics.slice(0, clause.index);
    const reporting = earlier.findLastIndex((t, i) => t !== null && reportsNumbers(i));
    const firstTopic = earlier.find((t) => t !== null) ?? null;
    for (const topic of [topics[clause.index] ?? null, earlier[reporting] ?? null, firstTopic]) {
      const members = topic?.members.filter((m) => SUBJECT_TYPES.includes(m.type)) ?? [];
      // "A、B完成X": a value shared by a list is not any one member's.
      const only = members.length === 1 ? members[0] : undefined;
      if (only !== undefined) return only.entityId;
      if (members.length > 1) return context.districtId;
    }
    return context.districtId;
  };

  const facts = new Map<string, IndicatorFact>();
  // Units each metric has been reported in so far: a continuing clause keeps to them.
  const unitsSeen = new Map<string, Set<string>>();
  let active = null as ActiveMetric | null;
  let previousKind = null as ValueKind | null;

  for (const clause of clauses) {
    const clauseText = text.slice(clause.start, clause.end);
    const ownMetrics = metrics.filter((m) => within(m, clause));
    const inClause = quantities.filter((q) => within(q, clause));
    const links = linkQuantities(clause, inClause, ownMetrics, groups);
    const continues: boolean = active !== null && CONTINUATION.test(clauseText);
    let lastKind: ValueKind | null = null;
    let lastEnd = clause.start;
    let lastNamed: ResolvedMention | undefined;

    inClause.forEach((quantity, i) => {
      const link = links[i] ?? null;
      const carried: ActiveMetric | null = link === null && continues ? active : null;
      // No known indicator before the number and none carried: the name the sentence gives it ("财政总收入").
      const phrase =
        link === null && carried === null ? metricPhrase(text, { start: lastEnd, end: quantity.start }, quantity, [...times, ...ms]) : null;
      const named = phrase === null ? undefined : phraseMetric(text, phrase.name, sentence.index);
      if (named !== undefined) lastNamed = named;
      const own = link !== null && link !== "ambiguous" ? link.metric : named;
      const metric = own ?? carried?.metric;
      const cueSpan = link !== null && link !== "ambiguous" ? link.cues : (phrase?.cues ?? { start: lastEnd, end: quantity.start });
      // Stock or flow: the words since the previous value ("累计建成5G基站"), between a list of metrics and
      // its numbers ("累计达到"), else the clause's verb ("打造花景街区21条、口袋公园12处").
      const measureCues = [text.slice(lastEnd, quantity.start), text.slice(cueSpan.start, cueSpan.end), text.slice(clause.start, quantity.start)];
      lastEnd = quantity.end;
      if (metric === undefined) return;
      const { name, sign, shape } = metricName(metric, text.slice(cueSpan.start, cueSpan.end), quantity);
      const seen = unitsSeen.get(metric.entityId);
      if (carried !== null && shape === "level" && seen !== undefined && !seen.has(quantity.unit)) return;

      // Period: one written between the previous value and this one, else the nearest before it.
      const stated = lastTimeIn(times, [cueSpan, { start: clause.start, end: quantity.start }, { start: 0, end: quantity.start }]);
      const year = stated?.period.year ?? timeOfHeading?.period.year ?? null;

      // Kind: a modal cue in the clause; else the modal governing the previous clause, unless this
      // clause opens with its own verb ("实现一般公共预算收入…"); else the section; else the year.
      const ownCues = cuesIn({ start: clause.start, end: quantity.start });
      const modal = modalKind(ownCues);
      const ownVerb = own !== undefined && ownCues.some((c) => c.values.includes("actual") && c.end <= own.start);
      const inherited: ValueKind | null = carried === null ? previousKind : carried.kind;
      let kind: ValueKind;
      let kindRule: string;
      if (modal !== null) {
        kind = modal.kind;
        kindRule = `cue:${modal.word}`;
      } else if (!ownVerb && inherited !== null && inherited !== "actual") {
        kind = inherited;
        kindRule = "cue:inherited";
      } else if (planSection && !(year !== null && documentYear !== null && year < documentYear)) {
        kind = "target";
        kindRule = "heading";
      } else if (year !== null && documentYear !== null && year > documentYear) {
        kind = "target";
        kindRule = "future-year";
      } else {
        kind = "actual";
        const cue = strongestKind(ownCues);
        kindRule = cue === null ? "default" : `cue:${cue.word}`;
      }
      // With no period in the sentence, a result speaks of the year the document reviews, a goal of the
      // year it is set in ("口袋公园累计建成215处" in a January report: the year before).
      const reading = factPeriod(stated, timeOfHeading, doc, kind === "target" ? "plan" : "result");
      const period = reading === null ? null : formatPeriod(reading.period);
      const measure = measureOf(shape, measureCues, name, quantity.unit);
      const subjectId = subjectOf(quantity, carried?.clause ?? clause);
      const value = sign * quantity.value;
      const key = `${subjectId}|${name}|${value}|${quantity.unit}|${period ?? ""}|${kind}|${measure}`;
      if (!facts.has(key)) {
        facts.set(key, {
          subjectId,
          metric: name,
          value,
          unit: quantity.unit,
          year: reading?.period.year ?? null,
          period,
          periodText: reading?.text ?? "",
          periodInferred: reading?.inferred ?? true,
          kind,
          measure,
          evidence: { documentId, sentenceIndex: sentence.index, quote: text, rule: `${named === metric ? "phrase" : "metric"}:${metric.surface}|${shape}|${kindRule}` },
        });
      }
      if (seen === undefined) unitsSeen.set(metric.entityId, new Set([quantity.unit]));
      else seen.add(quantity.unit);
      lastKind = kind;
    });

    // The clause's last metric, known or named by its words, is what a continuing clause ("，增长5%") reports on.
    const lastOwn = [...ownMetrics, ...(lastNamed === undefined ? [] : [lastNamed])].sort((a, b) => a.start - b.start).at(-1);
    if (lastOwn !== undefined) {
      active = { metric: lastOwn, clause, kind: lastKind ?? modalKind(cuesIn(clause))?.kind ?? previousKind ?? "actual" };
    } else if (!continues) {
      active = null;
    }
    const clauseModal = lastKind === null ? modalKind(cuesIn(clause)) : null;
    if (lastKind !== null) previousKind = lastKind;
    else if (clauseModal !== null) previousKind = clauseModal.kind;
  }
  return [...facts.values()];
}

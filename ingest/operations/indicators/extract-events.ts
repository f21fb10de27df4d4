/**
 * Project milestones: a Project named next to a status word ("济南宾馆、上新街项目开工建设",
 * "加快建设济南宾馆"). Under a plan cue (将/计划/力争/年内) or in a plan section the milestone
 * has not happened yet: it is recorded as "planned" for the year it is planned for. A sentence gives
 * one status per project, at the period it speaks of.
 */
import { EVENT_STATUSES, type EventStatus } from "../../../src/graph/contract.ts";
import type { EventFact, ResolvedMention, Sentence, TextSpan } from "../../model.ts";
import { type Clause, clauseAt, splitClauses } from "../relations/clauses.ts";
import { compileTriggers } from "../vocabulary/compiled-triggers.ts";
import { isPlanSection, planCueHits } from "./cues.ts";
import { groupEnumerations, type MentionGroup } from "../relations/enumerations.ts";
import { clauseTopics } from "../relations/topics.ts";
import { isNegated, scanWords, type WordHit } from "../vocabulary/scan-words.ts";
import { sentenceMentions } from "../names/sentence-mentions.ts";
import type { Triggers } from "../vocabulary/triggers.ts";
import type { DocumentTime } from "../time/document-time.ts";
import { factPeriod, lastTimeIn } from "../time/fact-period.ts";
import { formatPeriod } from "../time/period.ts";
import { headingTime, readTimes } from "../time/read-times.ts";

/** Extra context for milestone extraction. */
export interface EventOptions {
  /** Outer headings above `sentence.heading`, innermost first ("三、2023年重点工作安排"). */
  readonly headings?: readonly string[];
  /** Publication month and kind: a report from January speaks of the year before unless it says otherwise. */
  readonly documentTime?: DocumentTime;
}

/**
 * Which of two readings of one project in one sentence to keep: what happened beats what is planned
 * ("已开工，力争年底建成" has started), and of two things that happened, the later step
 * ("推进上新街更新，完成改造并开街营业" has opened).
 */
function outranks(a: EventFact, b: EventFact): boolean {
  const planned = (f: EventFact): boolean => f.status === "planned";
  if (planned(a) !== planned(b)) return !planned(a);
  return EVENT_STATUSES.indexOf(a.status) > EVENT_STATUSES.indexOf(b.status);
}

// How far a project name may sit before its status word: "上新街项目开工", "等12个项目顺利开工".
const MAX_GAP_BEFORE = 8;
// "已开工", "顺利建成": said as done, whatever plan words came earlier in the sentence.
const DONE_MARKER = /(?:已经|已|已于|顺利|相继|先后|均已)$/u;
// A plan cue never reaches past ；.
const SEGMENT_BREAK = /[；;]/u;

// A clause that continues the previous one's project opens with its verb, at most after adverbs
// and light verbs ("实现开街营业"); "商场开业" has a subject of its own, just not a named one.
const CONTINUING_PREFIX = /^\s*(?:实现|全面|正式|顺利|加快|已经|已|并|即将|年内|力争|全部|基本|相继|陆续|如期|将|计划|尽快|同步|完成)*$/u;

const within = (span: TextSpan, outer: TextSpan): boolean => span.start >= outer.start && span.end <= outer.end;

/** Project members of a list. */
const projectsOf = (group: MentionGroup): ResolvedMention[] => group.members.filter((m) => m.type === "Project");

/** The projects a status word is about: right before it, right after it, elsewhere in its clause, or in the clause before. */
function projectsFor(text: string, hit: WordHit<EventStatus>, clause: Clause, clauses: readonly Clause[], groups: readonly MentionGroup[], hits: readonly WordHit<EventStatus>[]): ResolvedMention[] {
  const inClause = groups.filter((g) => within(g, clause) && projectsOf(g).length > 0);
  const before = inClause.filter((g) => g.end <= hit.start);
  const near = before.at(-1);
  if (near !== undefined && hit.start - near.end <= MAX_GAP_BEFORE && !/[、和与及]$/u.test(text.slice(near.end, hit.start))) return projectsOf(near);
  const nextHit = hits.find((h) => h.start >= hit.end && within(h, clause));
  const after = inClause.find((g) => g.start >= hit.end && g.end <= (nextHit?.start ?? clause.end));
  if (after !== undefined) return projectsOf(after);
  if (near !== undefined) return projectsOf(near);
  // "全面完成上新街片区更新项目，实现开街营业": the clause continues the previous one's project.
  const hasOwnNames = groups.some((g) => within(g, clause));
  const previous = clauses[clause.index - 1];
  if (hasOwnNames || previous === undefined || !CONTINUING_PREFIX.test(text.slice(clause.start, hit.start))) return [];
  const carried = groups.filter((g) => within(g, previous) && projectsOf(g).length > 0).at(-1);
  return carried === undefined ? [] : projectsOf(carried);
}

/** Extracts the project milestones one sentence reports or plans. */
export function extractEvents(
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  triggers: Triggers,
  documentId: string,
  documentYear: number | null,
  options: EventOptions = {},
): EventFact[] {
  if (sentence.isAside) return [];
  const text = sentence.text;
  const ms = sentenceMentions(sentence, mentions);
  if (!ms.some((m) => m.type === "Project")) return [];
  const compiled = compileTriggers(triggers);
  const hits = scanWords(text, compiled.eventWords, ms).filter((h) => !isNegated(text, h.start));
  if (hits.length === 0) return [];
  const clauses = splitClauses(text);
  const groups = groupEnumerations(text, ms, hits);
  const doc: DocumentTime = options.documentTime ?? { year: documentYear, month: null, kind: "other" };
  const times = readTimes(text, doc);
  const planCues = planCueHits(text, compiled, ms);
  const headings = [sentence.heading, ...(options.headings ?? [])].filter((h): h is string => h !== null);
  const planSection = isPlanSection(headings, compiled, documentYear);
  const timeOfHeading = headingTime(headings, doc);
  const topics = clauseTopics(text, clauses, groups);

  const facts = new Map<string, EventFact>();
  for (const hit of hits) {
    const clause = clauseAt(clauses, hit.start);
    if (clause === undefined) continue;
    const projects = projectsFor(text, hit, clause, clauses, groups, hits);
    if (projects.length === 0) continue;

    const stated = lastTimeIn(times, [{ start: clause.start, end: hit.start }, { start: 0, end: hit.start }]) ?? times.find((t) => within(t, clause));
    const statedYear = stated?.period.year ?? timeOfHeading?.period.year ?? null;

    let segmentStart = 0;
    for (let i = hit.start - 1; i >= 0; i -= 1) {
      if (SEGMENT_BREAK.test(text.charAt(i))) {
        segmentStart = i + 1;
        break;
      }
    }
    // A plan cue governs the rest of its clause and the clauses after it that name no subject of their
    // own ("下一步，将加快…，确保年内开工"); "…超额完成，山东大学科技园…封顶" has moved on.
    const cue = planCues
      .filter((c) => c.start >= segmentStart && c.end <= hit.start)
      .filter((c) => {
        const from = clauseAt(clauses, c.start)?.index ?? clause.index;
        return clauses.slice(from + 1, clause.index + 1).every((k) => (topics[k.index] ?? null) === null);
      })
      .at(-1);
    const done = DONE_MARKER.test(text.slice(Math.max(clause.start, hit.start - 3), hit.start));
    const past = statedYear !== null && documentYear !== null && statedYear < documentYear;
    const future = statedYear !== null && documentYear !== null && statedYear > documentYear;
    let planRule: string | null = null;
    if (!done && !past) {
      if (cue !== undefined) planRule = `plan:${cue.word}`;
      else if (planSection) planRule = "plan:heading";
      else if (future) planRule = "plan:future-year";
    }

    for (const value of hit.values) {
      const status: EventStatus = planRule !== null ? "planned" : value;
      const rule = planRule !== null && value !== "planned" ? `trigger:${hit.word}|${planRule}` : `trigger:${hit.word}`;
      // Unstated: what a plan cue sets is for the year the document is written in; what was done, planning
      // included ("策划包装…等3个文旅项目" in a review), is for the year the document reviews.
      const reading = factPeriod(stated, timeOfHeading, doc, planRule !== null ? "plan" : "result");
      const period = {
        year: reading?.period.year ?? null,
        period: reading === null ? null : formatPeriod(reading.period),
        periodText: reading?.text ?? "",
        periodInferred: reading?.inferred ?? true,
      };
      for (const project of projects) {
        const fact: EventFact = { projectId: project.entityId, status, ...period, evidence: { documentId, sentenceIndex: sentence.index, quote: text, rule } };
        const kept = facts.get(project.entityId);
        if (kept === undefined || outranks(fact, kept)) facts.set(project.entityId, fact);
      }
    }
  }
  return [...facts.values()];
}

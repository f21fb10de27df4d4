/**
 * Decides what a parsed question asks. Pure and deterministic: the same words in another order or
 * with other particles give the same intent. The order of the checks below is the parser's policy.
 */
import { EVENT_STATUSES, type EntityType, type EventStatus, type RelationType, type ValueKind } from "../../graph/contract.ts";
import { DEFAULT_SUBJECT_NAME } from "./ask-lexicon.ts";
import {
  COMPARISON_CUES,
  COUNT_CUES,
  DOCUMENT_CUES,
  DOCUMENT_KIND_CUES,
  HAS_CUE,
  NEGATION_CUES,
  RELATIVE_TIME_CUES,
  STATUS_CUES,
  IDENTITY_CUES,
  LOCATION_CUES,
  NEIGHBOUR_CUES,
  PATH_CUES,
  RELATED_CUES,
  RELATION_CUES,
  TARGET_CUES,
  TIMELINE_CUES,
  type RelationCue,
} from "./cue-lists.ts";
import { findCues, hasCue, type CueHit } from "./find-cues.ts";
import type { End, Intent, Understanding } from "./intent.ts";
import type { IndexedEntity, NameIndex } from "./name-index.ts";
import type { ParsedQuestion } from "./parse-question.ts";
import type { EntitySpot } from "./spot-names.ts";
import { unexplainedWords } from "./unexplained-words.ts";

const PLACE_TYPES: readonly EntityType[] = ["Area", "Strategy", "Platform"];
const PLACING_CUES: readonly string[] = ["locatedIn", "contains", "headquartered"];

/** Reads the intent of a parsed question; `index` supplies the default subject of numbers. */
export function detectIntent(parsed: ParsedQuestion, index: NameIndex): Understanding {
  const text = parsed.masked;
  if (parsed.foreign.length > 0) {
    return refuse(`The documents in the graph are not about ${parsed.foreign.join(", ")}: no document's place, no area of the graph, and no document names it more than in passing.`);
  }
  const unsupported = unsupportedForm(text);
  if (unsupported) return refuse(unsupported);
  const spots = uniqueSpots(parsed.entities);
  const entities = spots.map(best);
  const relationHit = pickRelationCue(text, spots, requestedTypes(parsed));
  const types = requestedTypes(parsed, relationHit?.cue.id ?? null);
  const asksNumber = hasCue(text, COUNT_CUES);
  const years = [...new Set(parsed.years.map((y) => y.year))].sort();
  const count = asksNumber && types !== null;

  const metric = parsed.metrics[0];
  if (metric) {
    const subject = entities.find((e) => PLACE_TYPES.includes(e.type)) ?? entities[0] ?? null;
    const chosen = subject ?? index.byName.get(DEFAULT_SUBJECT_NAME) ?? null;
    if (!chosen) return refuse(`The graph has no ${DEFAULT_SUBJECT_NAME} to read ${metric.metric} for.`);
    return understood({
      kind: "indicator",
      metrics: [...new Set(parsed.metrics.map((m) => m.metric))],
      subject: chosen,
      subjectAssumed: subject === null,
      years,
      valueKinds: hasCue(text, TARGET_CUES) ? (["target", "estimate"] satisfies ValueKind[]) : null,
    });
  }
  if (asksNumber && !count) {
    return refuse("The question asks for a number, but names no metric the documents report (e.g. 地区生产总值, 一般公共预算收入, 社会消费品零售总额) and no kind of thing to count (项目, 企业 …).");
  }

  const statuses = statusesAsked(text);
  const projectsAsked = types === null || types.includes("Project");
  const first = entities[0];
  if (!first) {
    if (statuses.length > 0 && projectsAsked) return understood({ kind: "milestones", statuses, years, scope: [], count });
    const plain = !RELATION_CUES.some((cue) => hasCue(text, cue)) && years.length === 0 && !hasCue(text, TIMELINE_CUES);
    if (types !== null && plain && unexplainedWords(parsed).length === 0) return understood({ kind: "catalogue", types, count });
    return refuse(
      parsed.years.length > 0 || types !== null || relationHit !== null
        ? "No entity or indicator of the graph is named in the question; name a project, area, strategy, enterprise, industry or metric (e.g. 济南中央活力区, 上新街项目, 地区生产总值)."
        : "The question was not understood: it names nothing the graph knows and asks nothing the parser recognises.",
    );
  }
  const documentKinds = (Object.keys(DOCUMENT_KIND_CUES) as (keyof typeof DOCUMENT_KIND_CUES)[]).filter((k) => hasCue(text, DOCUMENT_KIND_CUES[k]));
  if (hasCue(text, DOCUMENT_CUES) || documentKinds.length > 0) return understood({ kind: "documents", entities, years, documentKinds });
  const second = entities[1];
  if (second && hasCue(text, PATH_CUES) && types === null) return understood({ kind: "path", from: first, to: second });

  const project = entities.find((e) => e.type === "Project");
  if ((hasCue(text, TIMELINE_CUES) || statuses.length > 0) && types === null) {
    // A relation word that is also a step ("运营", "签约") asks about the step.
    const verb = relationHit && !Object.values(STATUS_CUES).some((cues) => findCues(text, cues).some((h) => h.start <= relationHit.hit.start && relationHit.hit.end <= h.end));
    if (project || !verb) return understood({ kind: "timeline", entity: project ?? first, statuses });
  }
  // Projects of a place that reached a step: "中央活力区的项目什么时候完工".
  if (types !== null && types.every((t) => t === "Project") && (statuses.length > 0 || hasCue(text, TIMELINE_CUES)) && PLACE_TYPES.includes(first.type)) {
    return understood({ kind: "milestones", statuses, years, scope: entities.filter((e) => PLACE_TYPES.includes(e.type)), count });
  }
  const placing = relationHit === null || PLACING_CUES.includes(relationHit.cue.id);
  if (hasCue(text, LOCATION_CUES) && (types === null || types.every((t) => PLACE_TYPES.includes(t))) && placing) {
    return understood({ kind: "location", entity: first });
  }
  if (relationHit) {
    const { cue, hit, spot } = relationHit;
    const chained = distinctRelationCues(text);
    if (chained.length > 1) {
      return refuse(`The question chains several relations (${chained.join(" + ")}); ask one step at a time, e.g. first which projects serve X, then what each belongs to.`);
    }
    const anchor = best(spot);
    const end = resolveEnd(cue, anchor, spot, hit, types, text);
    const anchors = entities.filter((e) => e.id === anchor.id || sameRole(cue, end, e));
    if (cue.id === "serves" && end === "to") return understood({ kind: "serves", entities: anchors, types, count, years });
    return understood(relationIntent(cue, end, anchors, types, count, years));
  }
  // An industry and a kind of member, with no verb: "数字经济领域有哪些企业".
  if (first.type === "Industry" && types !== null && types.some((t) => t !== "Industry")) {
    const belongs = RELATION_CUES.find((c) => c.id === "belongs");
    if (belongs) return understood(relationIntent(belongs, "to", [first], types, count, years));
  }
  const withCoMentions = hasCue(text, RELATED_CUES) || hasCue(text, IDENTITY_CUES);
  // A place and a kind of thing, with no verb: "能源互联网产业集聚区有哪些企业", "市中区有哪些项目".
  if (types !== null && !withCoMentions && PLACE_TYPES.includes(first.type)) {
    return understood({ kind: "relation", cue: HAS_CUE, relations: HAS_CUE.relations, end: "either", includeSubAreas: true, entities: [first], types, count, years });
  }
  if (types !== null || count || hasCue(text, NEIGHBOUR_CUES)) {
    return understood({ kind: "neighbours", entities: entities.slice(0, 1), types, count, years, withCoMentions });
  }
  return refuse(
    `Recognised ${entities.map((e) => e.name).join(", ")}, but not what is asked about ${entities.length > 1 ? "them" : "it"}: ` +
      "ask what serves / belongs to / is located in / was introduced to it, who leads it, its progress over the years, " +
      "or what it is related to (e.g. “和哪些项目有关”).",
  );
}

/** Why the question's form is beyond the parser (negation, comparison, relative years), or null. */
function unsupportedForm(text: string): string | null {
  const yesNo = text.replace(/有没有|是不是|是否/g, "");
  const negation = findCues(yesNo, NEGATION_CUES)[0];
  if (negation) return `Negations (“${negation.cue}”) are not supported: the parser lists what the documents state, not what they do not.`;
  const comparison = findCues(text, COMPARISON_CUES)[0];
  if (comparison) {
    return `Comparisons and rankings (“${comparison.cue}”) are not supported: ask for each value or list, e.g. one year's figure at a time.`;
  }
  const relative = findCues(text, RELATIVE_TIME_CUES)[0];
  if (relative) return `“${relative.cue}” depends on when it is asked; name the year (e.g. 2023年).`;
  return null;
}

/**
 * The milestone statuses a question asks about ("开工" → started), in contract order. A project that opened
 * or runs was completed, so "完成了吗" also takes those.
 */
function statusesAsked(text: string): EventStatus[] {
  const asked = EVENT_STATUSES.filter((status) => hasCue(text, STATUS_CUES[status]));
  if (asked.includes("completed")) asked.push("opened", "in_operation");
  return EVENT_STATUSES.filter((status) => asked.includes(status));
}

/** Ids of the relation cues found at different places of the question ("develop" alone may mean two). */
function distinctRelationCues(text: string): string[] {
  const hits = RELATION_CUES.flatMap((cue) => findCues(text, cue).map((hit) => ({ id: cue.id, hit })));
  const ids = new Set<string>();
  for (const { id, hit } of hits) {
    const sharesPlace = hits.some((o) => o.id !== id && o.hit.start === hit.start && o.hit.end === hit.end && ids.has(o.id));
    if (!sharesPlace) ids.add(id);
  }
  return [...ids];
}

/** The entity a spot most likely means (the index ranks candidates). */
export function best(spot: EntitySpot): IndexedEntity {
  const entry = spot.candidates[0];
  if (!entry) throw new Error(`invariant: spot "${spot.surface}" has no candidate`);
  return entry.entity;
}

const WHO: ReadonlySet<string> = new Set(["谁", "who"]);

/**
 * Types named by the question's type words, or null when it names none. Once the relation cue is known
 * (`cueId`, null for none), "谁/who" narrows to people only where people can be meant: "谁领导…", "who leads";
 * "林萍萍是谁" asks who a named person is, and "who does the district partner with" may mean companies.
 */
export function requestedTypes(parsed: ParsedQuestion, cueId?: string | null): EntityType[] | null {
  const identity = cueId === null ? findCues(parsed.masked, IDENTITY_CUES) : [];
  const words = parsed.types.filter(
    (t) => !identity.some((h) => h.start <= t.start && t.end <= h.end) && !(WHO.has(t.word) && cueId !== undefined && cueId !== null && cueId !== "leads"),
  );
  const types = [...new Set(words.flatMap((t) => t.types))];
  return types.length > 0 ? types : null;
}

// The relationship types a relation cue follows for these anchors: "属于" means BELONGS_TO for an industry,
// PART_OF/LOCATED_IN for a place; places also take in their sub-areas.
function relationIntent(
  cue: RelationCue,
  end: End,
  entities: readonly IndexedEntity[],
  types: readonly EntityType[] | null,
  count: boolean,
  years: readonly number[],
): Intent {
  const industries = entities.every((e) => e.type === "Industry");
  let relations: readonly RelationType[] = cue.relations;
  // "Which industries belong to the district": a place's industries are the ones it PROMOTES.
  if (cue.id === "belongs" && end === "to" && !industries && types !== null && types.every((t) => t === "Industry")) {
    return { kind: "relation", cue, relations: ["PROMOTES"], end: "from", includeSubAreas: false, entities, types, count, years };
  }
  if (cue.id === "belongs" && end === "to") relations = industries ? ["BELONGS_TO"] : ["PART_OF", "LOCATED_IN"];
  const intoPlace = end === "to" && (cue.id === "locatedIn" || cue.id === "contains" || (cue.id === "belongs" && !industries));
  const includeSubAreas = intoPlace || (end === "from" && cue.id === "introduced");
  return { kind: "relation", cue, relations, end, includeSubAreas, entities, types, count, years };
}

function uniqueSpots(spots: readonly EntitySpot[]): EntitySpot[] {
  const seen = new Set<string>();
  return spots.filter((s) => {
    const id = best(s).id;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The relation cue the question turns on: one whose ends can hold the requested types, nearest to a name, longest. */
function pickRelationCue(text: string, spots: readonly EntitySpot[], types: readonly EntityType[] | null) {
  let chosen: { cue: RelationCue; hit: CueHit; spot: EntitySpot; score: number } | null = null;
  for (const cue of RELATION_CUES) {
    if (types !== null && !types.some((t) => cue.fromTypes.includes(t) || cue.toTypes.includes(t))) continue;
    for (const hit of findCues(text, cue)) {
      const spot = nearest(spots, hit);
      if (!spot) continue;
      const score = distance(spot, hit) * 10 - (hit.end - hit.start);
      if (!chosen || score < chosen.score) chosen = { cue, hit, spot, score };
    }
  }
  return chosen;
}

function distance(spot: EntitySpot, hit: CueHit): number {
  return spot.end <= hit.start ? hit.start - spot.end : Math.max(0, spot.start - hit.end);
}

function nearest(spots: readonly EntitySpot[], hit: CueHit): EntitySpot | undefined {
  let found: EntitySpot | undefined;
  for (const spot of spots) if (!found || distance(spot, hit) < distance(found, hit)) found = spot;
  return found;
}

/**
 * Which end the asked-about entity sits at: its type decides when only one end can hold it, then the types asked
 * for, then word order (the entity before the verb is its subject, unless the verb is passive: 被/由/by).
 */
function resolveEnd(cue: RelationCue, entity: IndexedEntity, spot: EntitySpot, hit: CueHit, types: readonly EntityType[] | null, text: string): End {
  if (cue.symmetric) return "either";
  const canFrom = cue.fromTypes.includes(entity.type);
  const canTo = cue.toTypes.includes(entity.type);
  if (canFrom && !canTo) return "from";
  if (canTo && !canFrom) return "to";
  if (types !== null) {
    const itemsFrom = types.every((t) => cue.fromTypes.includes(t));
    const itemsTo = types.every((t) => cue.toTypes.includes(t));
    if (itemsFrom && !itemsTo) return "to";
    if (itemsTo && !itemsFrom) return "from";
  }
  const before = text.slice(Math.max(0, hit.start - 2), hit.start);
  const participle = /(ed|built|led|run|ran|brought in|drawn in|drew in)$/.test(hit.cue) && !PLACING_CUES.includes(cue.id) && cue.id !== "belongs";
  const passive =
    /[被由]/.test(before) || /^\s*by\b/.test(text.slice(hit.end)) || (participle && /\b(was|were|been|being|is|are)\s+$/.test(text.slice(0, hit.start)));
  const subject = spot.end <= hit.start;
  return subject !== passive ? cue.subjectEnd : cue.subjectEnd === "from" ? "to" : "from";
}

// A second named entity joins the first when it can sit at the same end ("服务于活力区和商埠区的项目").
function sameRole(cue: RelationCue, end: End, entity: IndexedEntity): boolean {
  if (end === "from") return cue.fromTypes.includes(entity.type) && !cue.toTypes.includes(entity.type);
  if (end === "to") return cue.toTypes.includes(entity.type) && !cue.fromTypes.includes(entity.type);
  return false;
}

function understood(intent: Intent): Understanding {
  return { ok: true, intent };
}

function refuse(reason: string): Understanding {
  return { ok: false, reason };
}

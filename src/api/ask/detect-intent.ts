/**
 * Decides what a parsed question asks. Pure and deterministic: the same words in another order or
 * with other particles give the same intent. The order of the checks below is the parser's policy.
 */
import type { EntityType, RelationType, ValueKind } from "../../graph/contract.ts";
import { DEFAULT_SUBJECT_NAME } from "./ask-lexicon.ts";
import {
  COUNT_CUES,
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
    return refuse(`The documents are about Jinan's Shizhong District; they hold nothing about ${parsed.foreign.join(", ")}.`);
  }
  const spots = uniqueSpots(parsed.entities);
  const entities = spots.map(best);
  const relationHit = pickRelationCue(text, spots, requestedTypes(parsed));
  const types = requestedTypes(parsed, relationHit === null);
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

  const first = entities[0];
  if (!first) {
    if (types !== null && relationHit === null && unexplainedWords(parsed).length === 0) return understood({ kind: "catalogue", types, count });
    return refuse(
      parsed.years.length > 0 || types !== null || relationHit !== null
        ? "No entity or indicator of the graph is named in the question; name a project, area, strategy, enterprise, industry or metric (e.g. 济南中央活力区, 上新街项目, 地区生产总值)."
        : "The question was not understood: it names nothing the graph knows and asks nothing the parser recognises.",
    );
  }
  const second = entities[1];
  if (second && hasCue(text, PATH_CUES) && types === null) return understood({ kind: "path", from: first, to: second });

  if (hasCue(text, TIMELINE_CUES) && types === null) {
    const project = entities.find((e) => e.type === "Project");
    if (project || !relationHit) return understood({ kind: "timeline", entity: project ?? first });
  }
  const placing = relationHit === null || PLACING_CUES.includes(relationHit.cue.id);
  if (hasCue(text, LOCATION_CUES) && (types === null || types.every((t) => PLACE_TYPES.includes(t))) && placing) {
    return understood({ kind: "location", entity: first });
  }
  if (relationHit) {
    const { cue, hit, spot } = relationHit;
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
  if (types !== null || count || hasCue(text, NEIGHBOUR_CUES)) {
    return understood({ kind: "neighbours", entities: entities.slice(0, 1), types, count, years, withCoMentions: hasCue(text, RELATED_CUES) });
  }
  return refuse(
    `Recognised ${entities.map((e) => e.name).join(", ")}, but not what is asked about ${entities.length > 1 ? "them" : "it"}: ` +
      "ask what serves / belongs to / is located in / was introduced to it, who leads it, its progress over the years, " +
      "or what it is related to (e.g. “和哪些项目有关”).",
  );
}

/** The entity a spot most likely means (the index ranks candidates). */
export function best(spot: EntitySpot): IndexedEntity {
  const entry = spot.candidates[0];
  if (!entry) throw new Error(`invariant: spot "${spot.surface}" has no candidate`);
  return entry.entity;
}

/**
 * Types named by the question's type words, or null when it names none. With `identityIsNoFilter`,
 * the "谁/who" of "林萍萍是谁" / "who is …" asks who a named person is and filters nothing.
 */
export function requestedTypes(parsed: ParsedQuestion, identityIsNoFilter = false): EntityType[] | null {
  const identity = identityIsNoFilter ? findCues(parsed.masked, IDENTITY_CUES) : [];
  const words = parsed.types.filter((t) => !identity.some((h) => h.start <= t.start && t.end <= h.end));
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
  const passive = /[被由]/.test(before) || /^\s*by\b/.test(text.slice(hit.end)) || /\b(was|were|been|is|are)\s+$/.test(text.slice(0, hit.start));
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

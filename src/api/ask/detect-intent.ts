/**
 * Decides what a parsed question asks. Pure and deterministic: the same words in another order or
 * with other particles give the same intent. The order of the checks below is the parser's policy.
 */
import type { EntityType, ValueKind } from "../../graph/contract.ts";
import { DEFAULT_SUBJECT_NAME } from "./ask-lexicon.ts";
import {
  COUNT_CUES,
  LOCATION_CUES,
  NEIGHBOUR_CUES,
  PATH_CUES,
  QUESTION_CUES,
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

const PLACE_TYPES: readonly EntityType[] = ["Area", "Strategy", "Platform"];

/** Reads the intent of a parsed question; `index` supplies the default subject of numbers. */
export function detectIntent(parsed: ParsedQuestion, index: NameIndex): Understanding {
  const text = parsed.masked;
  if (parsed.foreign.length > 0) {
    return refuse(`The documents are about Jinan's Shizhong District; they hold nothing about ${parsed.foreign.join(", ")}.`);
  }
  const spots = uniqueSpots(parsed.entities);
  const entities = spots.map(best);
  const types = requestedTypes(parsed);
  const count = hasCue(text, COUNT_CUES);

  const metric = parsed.metrics[0];
  if (metric) {
    const subject = entities.find((e) => PLACE_TYPES.includes(e.type)) ?? entities[0] ?? null;
    const fallback = index.byName.get(DEFAULT_SUBJECT_NAME) ?? null;
    const chosen = subject ?? fallback;
    if (!chosen) return refuse(`The graph has no ${DEFAULT_SUBJECT_NAME} to read ${metric.metric} for.`);
    return understood({
      kind: "indicator",
      metric: metric.metric,
      subject: chosen,
      subjectAssumed: subject === null,
      years: [...new Set(parsed.years.map((y) => y.year))].sort(),
      valueKinds: hasCue(text, TARGET_CUES) ? (["target", "estimate"] satisfies ValueKind[]) : null,
    });
  }

  const first = entities[0];
  if (!first) {
    return refuse(
      parsed.years.length > 0 || hasCue(text, QUESTION_CUES)
        ? "No entity or indicator of the graph is named in the question; name a project, area, strategy, enterprise, industry or metric (e.g. 济南中央活力区, 上新街项目, 地区生产总值)."
        : "The question was not understood: it names nothing the graph knows and asks nothing the parser recognises.",
    );
  }
  const second = entities[1];
  if (second && hasCue(text, PATH_CUES) && types === null) return understood({ kind: "path", from: first, to: second });

  const relationHit = pickRelationCue(text, spots, types);
  if (hasCue(text, TIMELINE_CUES) && types === null) {
    const project = entities.find((e) => e.type === "Project");
    if (project || !relationHit) return understood({ kind: "timeline", entity: project ?? first });
  }
  const placing = relationHit === null || ["locatedIn", "contains", "headquartered"].includes(relationHit.cue.id);
  if (hasCue(text, LOCATION_CUES) && (types === null || types.every((t) => PLACE_TYPES.includes(t))) && placing) {
    return understood({ kind: "location", entity: first });
  }
  if (relationHit) {
    const { cue, hit, spot } = relationHit;
    const anchor = best(spot);
    const end = resolveEnd(cue, anchor, spot, hit, types, text);
    const anchors = entities.filter((e) => e.id === anchor.id || sameRole(cue, end, e));
    if (cue.id === "serves" && end === "to") return understood({ kind: "serves", entities: anchors, types, count });
    const includeSubAreas = (end === "to" && (cue.id === "locatedIn" || cue.id === "contains" || cue.id === "belongs")) || (end === "from" && cue.id === "introduced");
    return understood({ kind: "relation", cue, end, includeSubAreas, entities: anchors, types, count });
  }
  // An industry and a kind of member, with no verb: "数字经济领域有哪些企业".
  if (first.type === "Industry" && types !== null && types.some((t) => t !== "Industry")) {
    const belongs = RELATION_CUES.find((c) => c.id === "belongs");
    if (belongs) return understood({ kind: "relation", cue: belongs, end: "to", includeSubAreas: false, entities: [first], types, count });
  }
  if (types !== null || count || hasCue(text, NEIGHBOUR_CUES)) {
    return understood({ kind: "neighbours", entities: entities.slice(0, 1), types, count });
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

/** Types named by the question's type words, or null when it names none. */
export function requestedTypes(parsed: ParsedQuestion): EntityType[] | null {
  const types = [...new Set(parsed.types.flatMap((t) => t.types))];
  return types.length > 0 ? types : null;
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

/** The relation cue the question turns on: one whose far end can hold the requested types, nearest to a name, longest. */
function pickRelationCue(text: string, spots: readonly EntitySpot[], types: readonly EntityType[] | null) {
  let chosen: { cue: RelationCue; hit: CueHit; spot: EntitySpot; score: number } | null = null;
  for (const cue of RELATION_CUES) {
    if (types !== null && !types.some((t) => cue.fromTypes.includes(t) || cue.toTypes.includes(t))) continue;
    for (const hit of findCues(text, cue)) {
      const spot = nearest(spots, hit);
      if (!spot) continue;
      const distance = spot.end <= hit.start ? hit.start - spot.end : Math.max(0, spot.start - hit.end);
      const score = distance * 10 - (hit.end - hit.start);
      if (!chosen || score < chosen.score) chosen = { cue, hit, spot, score };
    }
  }
  return chosen;
}

function nearest(spots: readonly EntitySpot[], hit: CueHit): EntitySpot | undefined {
  let found: EntitySpot | undefined;
  let bestDistance = Infinity;
  for (const spot of spots) {
    const distance = spot.end <= hit.start ? hit.start - spot.end : Math.max(0, spot.start - hit.end);
    if (distance < bestDistance) {
      bestDistance = distance;
      found = spot;
    }
  }
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
  const subjectEnd = subject !== passive;
  return subjectEnd ? cue.subjectEnd : cue.subjectEnd === "from" ? "to" : "from";
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

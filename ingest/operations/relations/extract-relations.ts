/**
 * Typed relations read from trigger words. A trigger splits its clause: the names before it (or the
 * subject the clause inherits, or the section heading) and the names after it are its arguments,
 * chosen by the entity types each relation type allows. No trigger, no relation.
 */
import type { EntityType, RelationType } from "../../../src/graph/contract.ts";
import type { RelationFact, ResolvedMention, Sentence } from "../../model.ts";
import { eligible, groupsWithin, place } from "./argument-scene.ts";
import { compileTriggers } from "../vocabulary/compiled-triggers.ts";
import { findYears, pickYear } from "../time/find-year.ts";
import { industryFrame } from "./industry-frame.ts";
import {
  type Reading,
  type RelationPlacement,
  type RelationScene,
  genericReading,
  leadsReading,
  partnersReading,
} from "./relation-readings.ts";
import type { Clause } from "./clauses.ts";
import { findPartitions } from "./partitions.ts";
import { RELATION_RULES } from "./relation-rules.ts";
import { relationScene } from "./relation-scene.ts";
import { builtAreaReading } from "./built-area.ts";
import type { Triggers } from "../vocabulary/triggers.ts";
import {
  APPOSITIVE_WORDS,
  DRIVER_CUES,
  LIGHT_VERBS,
  appositiveReading,
  driversReading,
  lightVerbReading,
  lightVerbReads,
} from "./word-readings.ts";

/** Extra context for relation extraction. */
export interface RelationOptions {
  /** Mentions found in `sentence.heading`: they may supply a subject the sentence leaves out. */
  readonly headingMentions?: readonly ResolvedMention[];
  /** Entity id of the district (an Area): the actor of subjectless 引进/签约 sentences. */
  readonly districtId?: string;
  /** Industries the previous sentence opened on (see `framingIndustries`): what a subjectless 依托 builds up. */
  readonly carriedIndustries?: readonly ResolvedMention[];
}

const HQ_PLACES: readonly EntityType[] = ["Area", "Strategy"];
// Verbs that bring a company or project into an industry's fold when the sentence opens on that industry.
const FRAMED_VERBS: readonly RelationType[] = ["INTRODUCED", "LOCATED_IN", "BUILDS", "HOSTS", "HEADQUARTERED_IN", "PARTNERS_WITH"];

/** True when a mention names a headquarters: "国家管网集团山东总部", or "京东集团总部落户…". */
function headquartersMarker(text: string, mention: ResolvedMention, markers: readonly string[]): string | null {
  for (const marker of markers) {
    if (mention.surface.includes(marker) || (mention.canonical ?? "").includes(marker)) return marker;
    const after = text.slice(mention.end, mention.end + marker.length + 1);
    if (after.startsWith(marker) || after.startsWith(`的${marker}`)) return marker;
  }
  return null;
}

/**
 * Reads one trigger occurrence as one relation type, with 入驻 into an area read as LOCATED_IN and
 * an area "built" by a territory read as PART_OF.
 */
function readAs(scene: RelationScene, at: RelationPlacement, type: RelationType): { type: RelationType; found: Reading } | null {
  const rule = RELATION_RULES[type];
  if (DRIVER_CUES.includes(at.hit.word)) {
    const led = type === "BELONGS_TO" ? driversReading(scene, at, rule) : null;
    return led === null ? null : { type, found: led };
  }
  if (APPOSITIVE_WORDS.includes(at.hit.word)) {
    const held = type === "LOCATED_IN" ? appositiveReading(scene, at, rule) : null;
    return held === null ? null : { type, found: held };
  }
  if (LIGHT_VERBS.includes(at.hit.word)) {
    const found = type === "BUILDS" ? lightVerbReading(scene, at, rule, type) : null;
    return found === null ? null : { type, found };
  }
  // "引进X落户Y": the arrival is the introduction already read from 引进, by the one who introduced it.
  if (type === "INTRODUCED" && at.previous?.values.includes("INTRODUCED") === true && at.hit.values.includes("LOCATED_IN")) return null;
  const found =
    rule.special === "partners"
      ? partnersReading(scene, at, rule)
      : rule.special === "leads"
        ? leadsReading(scene, at, rule)
        : genericReading(scene, at, rule, type);
  if (found !== null) return { type, found };
  // "育英中学…签约入驻" a strategy area, not a building: the school is located there.
  if (type === "HOSTS") {
    const located = genericReading(scene, at, RELATION_RULES.LOCATED_IN, "LOCATED_IN");
    if (located !== null) return { type: "LOCATED_IN", found: located };
  }
  if (type === "BUILDS") {
    const built = builtAreaReading(scene, at);
    if (built !== null) return built;
  }
  return null;
}

/** The companies, projects and platforms a framed verb handles: after it, else just before it. */
function framedMembers(scene: RelationScene, at: RelationPlacement): ResolvedMention[] {
  const types = RELATION_RULES.BELONGS_TO.from;
  const after = groupsWithin(scene, { start: at.hit.end, end: at.next?.start ?? at.clause.end }).find((g) => eligible(g.members, types).length > 0);
  if (after !== undefined) return eligible(after.members, types);
  const before = groupsWithin(scene, { start: at.previous?.end ?? at.clause.start, end: at.hit.start }).filter((g) => eligible(g.members, types).length > 0);
  return eligible(before.at(-1)?.members ?? [], types);
}

/** Extracts the relations one sentence states, one fact per (type, from, to). */
export function extractRelations(
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
  triggers: Triggers,
  documentId: string,
  options: RelationOptions = {},
): RelationFact[] {
  const compiled = compileTriggers(triggers);
  const scene = relationScene(sentence, mentions, compiled, options);
  if (scene === null) return [];
  const text = sentence.text;
  const frame = industryFrame(scene);
  const years = findYears(text, null);
  const facts = new Map<string, RelationFact>();
  const add = (type: RelationType, from: ResolvedMention, to: ResolvedMention, rule: string, at: { clause: Clause; pos: number }): void => {
    const key = `${type}|${from.entityId}|${to.entityId}`;
    if (from.entityId === to.entityId || facts.has(key)) return;
    const year = pickYear(years, at.clause, at.pos, { explicitOnly: true, sentenceAfter: true });
    facts.set(key, { type, fromId: from.entityId, toId: to.entityId, year, evidence: { documentId, sentenceIndex: sentence.index, quote: text, rule } });
  };

  // Facts of the body text that need no trigger word: "A、B、C三大片区" divides a territory.
  if (!sentence.isAside) {
    for (const p of findPartitions(scene)) {
      for (const part of p.parts) for (const whole of p.whole) add("PART_OF", part, whole, `partition:${p.marker}`, { clause: p.clause, pos: p.at });
    }
  }
  for (const hit of scene.hits) {
    const placed = place(scene, hit);
    if (placed === undefined) continue;
    const at = { ...placed, pos: hit.start };
    // Captions and headings name things and state no facts, except a byline's title ("区长 张三").
    for (const candidate of sentence.isAside ? hit.values.filter((v) => v === "LEADS") : hit.values) {
      const read = readAs(scene, at, candidate);
      // A list on each side ("依托A、B等企业，发展X、Y") does not say which member goes with which: no fact.
      if (read !== null && !(read.found.from.length > 1 && read.found.to.length > 1)) {
        const { type, found } = read;
        const ruleName = `${found.basis}:${hit.word}`;
        for (const from of found.from) {
          for (const to of found.to) {
            add(type, from, to, ruleName, at);
            // A headquarters that settles in, or is brought into, an area is headquartered there.
            const [company, area] = type === "LOCATED_IN" ? [from, to] : type === "INTRODUCED" ? [to, from] : [null, null];
            if (company === null || area === null || company.type !== "Enterprise" || !HQ_PLACES.includes(area.type)) continue;
            const marker = headquartersMarker(text, company, compiled.hqMarkers);
            if (marker !== null) add("HEADQUARTERED_IN", company, area, `${ruleName}+${marker}`, at);
          }
        }
      }
      // A light verb followed by another verb leaves the framing to that verb; a noun (载体) handles nothing.
      const silent = APPOSITIVE_WORDS.includes(hit.word) || (LIGHT_VERBS.includes(hit.word) && !lightVerbReads(at));
      if (frame !== null && !silent && hit.start >= frame.clause.end && FRAMED_VERBS.includes(candidate)) {
        for (const member of framedMembers(scene, at)) {
          for (const industry of frame.industries) add("BELONGS_TO", member, industry, `frame:${industry.surface}+trigger:${hit.word}`, at);
        }
      }
    }
  }
  return [...facts.values()];
}

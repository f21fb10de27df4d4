/**
 * Trigger words that need more than their relation type's generic reading:
 * - 带动 names the leaders of an industry ("以A、B等龙头企业为带动，发展Y产业"): A and B belong to Y,
 *   although Y stands after the cue, usually in the next clause.
 * - 推进 is a light verb: "有序推进X、Y等项目" builds X and Y, but in "推进X落地" X is only the subject
 *   of the verb that follows, and 推进 says nothing itself.
 * - 载体 joins two names in apposition: "X示范区核心载体Y大厦" — Y is the zone's carrier, so it stands in
 *   the zone; only names right next to the word count.
 */
import type { EntityType, RelationType } from "../../../src/graph/contract.ts";
import { type Reading, type RelationPlacement, type RelationScene, genericReading } from "./relation-readings.ts";
import { clauseTail, eligible, gapText, groupsWithin } from "./argument-scene.ts";
import type { RelationRule } from "./relation-rules.ts";

/** Words that make the names right before them the leaders of the industry named after them. */
export const DRIVER_CUES: readonly string[] = ["带动"];
/** Verbs that state a relation only when nothing else in their clause does. */
export const LIGHT_VERBS: readonly string[] = ["推进"];
/** Nouns that set a place and what it holds side by side: "X核心载体Y". */
export const APPOSITIVE_WORDS: readonly string[] = ["载体"];

// "超意兴、圣都等餐饮龙头企业带动作用": a short description may sit between the leaders and the cue.
const MAX_LEADER_GAP = 10;

/**
 * "以A、B等龙头企业为带动，大力发展Y", "发挥A等龙头企业带动作用，完善Y产业链": the list just before the
 * cue (nothing but a description between) belongs to the first industry after it, in this clause or the next.
 */
export function driversReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Reading | null {
  const before = groupsWithin(scene, { start: at.previous?.end ?? at.clause.start, end: at.hit.start });
  const leaders = before.filter((g) => eligible(g.members, rule.from).length > 0).at(-1);
  if (leaders === undefined || at.hit.start - leaders.end > MAX_LEADER_GAP) return null;
  const following = scene.clauses[at.clause.index + 1];
  const end = following?.end ?? at.clause.end;
  const industries = groupsWithin(scene, { start: at.hit.end, end }).find((g) => eligible(g.members, rule.to).length > 0);
  if (industries === undefined) return null;
  return { from: eligible(leaders.members, rule.from), to: eligible(industries.members, rule.to), basis: "trigger" };
}

/** True when a light verb may be read: no other trigger follows it in its clause. */
export function lightVerbReads(at: RelationPlacement): boolean {
  return at.next === undefined;
}

// What may follow a light verb's object: "等项目", "工程", "等重点项目" — a short head, no 的.
const LIGHT_OBJECT_TAIL = /^等?[^的]{0,5}$/u;

/**
 * A light verb's reading: the object after it (never before it: "X修缮工作推进实施" is no claim of
 * building), heading a short phrase ("推进X、Y等项目", not "推进X等街区的城市更新"), and an actor named
 * in the sentence rather than taken from a heading or the district.
 */
export function lightVerbReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule, type: RelationType): Reading | null {
  if (!lightVerbReads(at)) return null;
  const found = genericReading(scene, at, { ...rule, nominal: false }, type);
  const last = found?.to.at(-1);
  if (found === null || found.basis !== "trigger" || last === undefined) return null;
  return LIGHT_OBJECT_TAIL.test(clauseTail(scene, at.clause, last.end)) ? found : null;
}

// "核心载体", "重要载体": a two-character qualifier may stand between the place and the noun.
const MAX_QUALIFIER = 2;
const TERRITORIES: readonly EntityType[] = ["Area", "Strategy"];

/** "X示范区核心载体Y大厦": Y, named right after the noun, is in the territory named right before it. */
export function appositiveReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Reading | null {
  const place = groupsWithin(scene, { start: at.clause.start, end: at.hit.start }).at(-1);
  const held = groupsWithin(scene, { start: at.hit.end, end: at.clause.end })[0];
  if (place === undefined || held === undefined) return null;
  if (gapText(scene, place.end, at.hit.start).length > MAX_QUALIFIER || gapText(scene, at.hit.end, held.start) !== "") return null;
  const to = eligible(place.members, TERRITORIES);
  const from = eligible(held.members, rule.from);
  return to.length > 0 && from.length > 0 ? { from, to, basis: "trigger" } : null;
}

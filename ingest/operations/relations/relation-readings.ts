/**
 * How the arguments of one trigger occurrence are read: generically (left of the trigger, right of
 * it, in either order when types allow), in the passive ("由X运营"), nominalized ("推进X建设"),
 * and by the partner (与X签约) and leader (区长鞠正江) procedures.
 */
import type { EntityType, RelationType } from "../../../src/graph/contract.ts";
import type { ResolvedMention } from "../../model.ts";
import {
  type Argument,
  type Placement,
  type Scene,
  eligible,
  firstEligible,
  groupsWithin,
  headingArgument,
  precededBy,
  topicArgument,
} from "./argument-scene.ts";
import { clauseAt } from "./clauses.ts";
import type { RelationRule } from "./relation-rules.ts";
import { carriedTopic } from "./topics.ts";

/** A relation before it becomes a fact: the two argument lists and the weakest source used. */
export interface Reading {
  readonly from: readonly ResolvedMention[];
  readonly to: readonly ResolvedMention[];
  /** "heading", "district" or "previous" (sentence) when one side came from there, else "trigger". */
  readonly basis: "trigger" | "heading" | "district" | "previous";
}

/** The scene of a sentence's relation triggers. */
export type RelationScene = Scene<RelationType>;
/** One relation trigger placed in its clause. */
export type RelationPlacement = Placement<RelationType>;

const basisOf = (...args: readonly Argument[]): Reading["basis"] =>
  args.some((a) => a.source === "district")
    ? "district"
    : args.some((a) => a.source === "heading")
      ? "heading"
      : args.some((a) => a.source === "previous")
        ? "previous"
        : "trigger";

/** Builds a reading from the two arguments. */
export const reading = (from: Argument, to: Argument): Reading => ({ from: from.members, to: to.members, basis: basisOf(from, to) });

// Any type a relation argument can have: used to find "the object of the main verb".
const THINGS: readonly EntityType[] = ["Strategy", "Area", "Project", "Enterprise", "Institution", "Industry", "Platform", "Person", "Event", "Policy"];

/** The first list after the next non-依托 trigger: what "依托X，打造Y" builds is what relies on X. */
function mainVerbObject(scene: RelationScene, at: RelationPlacement, types: readonly EntityType[]): Argument | null {
  const later = scene.hits.filter((h) => h.start >= at.hit.end && !h.values.every((v) => v === "RELIES_ON"));
  for (const hit of later) {
    const clause = clauseAt(scene.clauses, hit.start);
    if (clause === undefined) continue;
    const next = scene.hits.find((h) => h.start >= hit.end && h.end <= clause.end);
    const found = firstEligible(groupsWithin(scene, { start: hit.end, end: next?.start ?? clause.end }), THINGS, "object");
    if (found !== null) {
      const members = eligible(found.members, types);
      return members.length > 0 ? { members, source: "object" } : null;
    }
  }
  return null;
}

/** What else may stand in for a missing left argument. */
interface LeftOptions {
  /** The nearest person named earlier in the sentence (a person stays the topic of a story). */
  readonly person?: boolean;
  /** The object of the sentence's main verb (for 依托 phrases without a subject). */
  readonly mainVerb?: boolean;
  /** The district, for actions subjectless prose attributes to it. */
  readonly district?: boolean;
}

/** The argument before the trigger, most trusted source first. */
export function leftArgument(scene: RelationScene, at: RelationPlacement, types: readonly EntityType[], options: LeftOptions = {}): Argument | null {
  const { hit, clause, first, previous } = at;
  const inClause = groupsWithin(scene, clause);
  const subject = firstEligible(inClause.filter((g) => g.end <= first.start && g.end <= hit.start), types, "subject");
  if (subject !== null) return subject;
  // "引进X落户Y": X, the object of the previous verb, is the subject of this one. Not after 依托,
  // whose object is a resource, not an actor ("依托山东大学打造Y" does not make 山东大学 the builder).
  if (previous !== undefined && !previous.values.includes("RELIES_ON")) {
    const pivot = firstEligible(inClause.filter((g) => g.start >= previous.end && g.end <= hit.start), types, "pivot");
    if (pivot !== null) return pivot;
  }
  if (options.person === true) {
    const person = scene.mentions.filter((m) => m.type === "Person" && types.includes(m.type) && m.end <= hit.start).at(-1);
    if (person !== undefined) return { members: [person], source: "person" };
  }
  const topic = topicArgument(scene, clause, types);
  if (topic !== null) return topic;
  const object = options.mainVerb === true ? mainVerbObject(scene, at, types) : null;
  if (object !== null) return object;
  // "集聚发展能源互联，…。依托A、B等龙头企业，加快…发展": a sentence with no subject and no named
  // object goes on about the industry the previous one opened on.
  const carried = options.mainVerb === true && nobodyNamed(scene, at) ? eligible(scene.carried, types) : [];
  if (carried.length > 0) return { members: carried, source: "previous" };
  // The report's place acts before the section heading's names: a heading names what a section is about
  // (a period, a programme, a zone), not who acts in its subjectless sentences.
  if (options.district === true && scene.district !== null) return nobodyNamed(scene, at) ? districtArgument(scene, types) : null;
  return headingArgument(scene, types);
}

/** Types that never act: a sentence opening on an industry or a policy still has the report's place as its actor. */
const NON_ACTORS: readonly EntityType[] = ["Industry", "Indicator", "Policy", "Event"];

/** True when the clause names nobody before the trigger and inherits no subject that could act either. */
function nobodyNamed(scene: RelationScene, at: RelationPlacement): boolean {
  const named = groupsWithin(scene, { start: at.clause.start, end: at.hit.start }).length > 0;
  const topic = carriedTopic(scene.topics, at.clause.index);
  return !named && (topic === null || topic.members.every((m) => NON_ACTORS.includes(m.type)));
}

/** True when the sentence names a territory of its own, which an arrival is more likely in than the report's place. */
function namesPlace(scene: RelationScene): boolean {
  return scene.mentions.some((m) => TERRITORIES.includes(m.type) && m.entityId !== scene.district?.entityId);
}

/** The district as the actor, when the caller supplied it and the types allow an area. */
function districtArgument(scene: RelationScene, types: readonly EntityType[]): Argument | null {
  return scene.district !== null && types.includes(scene.district.type) ? { members: [scene.district], source: "district" } : null;
}

/**
 * The nearest list after the trigger, before the next trigger of the clause. A list after 在/于 is
 * an adjunct ("支持大咖在活力品质强区建设的舞台上…"), not the object, except for a place.
 */
export function rightArgument(scene: RelationScene, at: RelationPlacement, types: readonly EntityType[], place = false): Argument | null {
  const end = at.next?.start ?? at.clause.end;
  const groups = groupsWithin(scene, { start: at.hit.end, end });
  return firstEligible(place ? groups : groups.filter((g) => !precededBy(scene, at.clause, g.start, LOCATIVE)), types, "right");
}

const LOCATIVE = ["在", "于"];

/** "山东科创大厦由山东未来集团运营": the name after 由/被 is the agent, the one before it the patient. */
function passiveReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Reading | null {
  const before = groupsWithin(scene, { start: at.clause.start, end: at.hit.start });
  const agentGroup = before.at(-1);
  if (agentGroup === undefined || !precededBy(scene, at.clause, agentGroup.start, ["由", "被"])) return null;
  const agent = eligible(agentGroup.members, rule.from);
  const patient =
    firstEligible(before.slice(0, -1), rule.to, "subject") ?? topicArgument(scene, at.clause, rule.to) ?? headingArgument(scene, rule.to);
  if (agent.length === 0 || patient === null) return null;
  return reading({ members: agent, source: "subject" }, patient);
}

/**
 * Where the object of a nominalized verb may start: after the clause's previous trigger, unless that trigger
 * runs into this one ("某中心获批建设", "加快推进建设"), when the two read as one verb.
 */
function objectBound(scene: RelationScene, at: RelationPlacement): number {
  const hits = scene.hits.filter((h) => h.start >= at.clause.start && h.end <= at.hit.start);
  let bound = at.hit.start;
  for (const h of [...hits].reverse()) {
    if (h.end < bound) return h.end;
    bound = h.start;
  }
  return at.clause.start;
}

/**
 * "推进上新街项目建设", "示范基地等14个重点项目加快建设": the object sits before a nominalized verb
 * (after any previous trigger of the clause); the actor is named before it or inherited.
 */
function nominalReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Reading | null {
  const before = groupsWithin(scene, { start: objectBound(scene, at), end: at.hit.start });
  const objectGroup = before.filter((g) => eligible(g.members, rule.to).length > 0).at(-1);
  if (objectGroup === undefined) return null;
  const object: Argument = { members: eligible(objectGroup.members, rule.to), source: "subject" };
  const named = firstEligible(groupsWithin(scene, { start: at.clause.start, end: objectGroup.start }), rule.from, "subject") ?? topicArgument(scene, at.clause, rule.from);
  // "某中心获批建设", "推进某项目建设" with nobody named before the object: the report's place builds it.
  const unnamed = groupsWithin(scene, { start: at.clause.start, end: objectGroup.start }).length === 0;
  const district = named === null && rule.districtActor && unnamed ? districtArgument(scene, rule.from) : null;
  const actor = named ?? district ?? headingArgument(scene, rule.from);
  return actor === null ? null : reading(actor, object);
}

// Places that can stay unsaid and be picked up from earlier in the sentence: territories, not buildings
// (a building named earlier is more often another thing that settled).
const TERRITORIES: readonly EntityType[] = ["Area", "Strategy"];

/**
 * The place a locative verb leaves unsaid: the inherited subject (unless that subject itself settled
 * somewhere: "A签约落地，B确定落地" does not put B in A), the heading, or — when the verb ends its
 * clause ("…等优质项目尽快落地") — the nearest territory named earlier in the sentence.
 */
function implicitPlace(scene: RelationScene, at: RelationPlacement, types: readonly EntityType[], exclude: Argument, type: RelationType): Argument | null {
  const ids = new Set(exclude.members.map((m) => m.entityId));
  const topicGroup = carriedTopic(scene.topics, at.clause.index);
  const topicClause = topicGroup === null ? undefined : clauseAt(scene.clauses, topicGroup.start);
  const topicSettled =
    topicClause !== undefined && scene.hits.some((h) => h.start >= topicClause.start && h.end <= topicClause.end && h.values.includes(type));
  const endsClause = scene.text.slice(at.hit.end, at.clause.end).trim() === "";
  const firstStart = Math.min(...exclude.members.map((m) => m.start));
  const earlierPlace = endsClause
    ? scene.mentions.filter((m) => m.end <= firstStart && types.includes(m.type) && TERRITORIES.includes(m.type)).at(-1)
    : undefined;
  const candidates: (Argument | null)[] = [
    topicSettled ? null : topicArgument(scene, at.clause, types),
    headingArgument(scene, types),
    earlierPlace === undefined ? null : { members: [earlierPlace], source: "earlier" },
  ];
  for (const candidate of candidates) {
    const members = candidate?.members.filter((m) => !ids.has(m.entityId)) ?? [];
    if (candidate !== null && members.length > 0) return { members, source: candidate.source };
  }
  return null;
}

/** Generic reading: left and right of the trigger, in either order when the rule allows. */
export function genericReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule, type: RelationType): Reading | null {
  const passive = passiveReading(scene, at, rule);
  if (passive !== null) return passive;
  const orientations = rule.reversible ? [true, false] : [true];
  for (const forward of orientations) {
    const leftTypes = forward ? rule.from : rule.to;
    const rightTypes = forward ? rule.to : rule.from;
    const left = leftArgument(scene, at, leftTypes, { mainVerb: type === "RELIES_ON", district: forward && rule.districtActor });
    const placeOnRight = rule.place === (forward ? "to" : "from");
    let right = rightArgument(scene, at, rightTypes, placeOnRight);
    if (right === null && forward && rule.nominal) {
      const nominal = nominalReading(scene, at, rule);
      if (nominal !== null) return nominal;
    }
    // "育英中学等签约入驻" in a sentence about 中央活力区: the place is left unsaid in this clause.
    if (right === null && placeOnRight && left !== null && (left.source === "subject" || left.source === "pivot")) {
      right = implicitPlace(scene, at, rightTypes, left, type);
    }
    // "某企业落户", "某中心在川落地": what arrives where the sentence names no place arrives in the report's place.
    if (right === null && !forward && rule.districtActor && rule.place === null && left !== null && (left.source === "subject" || left.source === "pivot") && !namesPlace(scene)) {
      right = districtArgument(scene, rightTypes);
    }
    if (left !== null && right !== null) return forward ? reading(left, right) : reading(right, left);
  }
  return null;
}

const PARTNER_MARKERS = ["与", "同", "跟"];
/** Adverbs of acting together: a partner only when 与 names one. */
const MARKED_ONLY = ["共同"];

/** "与某某、某某等对接": a name in a list that 与 opens, after members we do not know by name. */
function afterMarkedList(scene: RelationScene, at: RelationPlacement, start: number): boolean {
  const before = scene.text.slice(at.clause.start, start);
  const marker = Math.max(...PARTNER_MARKERS.map((m) => before.lastIndexOf(m)));
  return marker >= 0 && /^(?:[^，。；、与和及]{2,10}、)+$/u.test(before.slice(marker + 1));
}

/** "X与Y签约", "与Y合作", "X联合Y": the partner follows 与 before the trigger, or the trigger itself. */
export function partnersReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Reading | null {
  const before = scene.mentions.filter((m) => m.start >= at.clause.start && m.end <= at.hit.start);
  const marked =
    before[before.findLastIndex((m) => precededBy(scene, at.clause, m.start, PARTNER_MARKERS))] ??
    before.find((m) => afterMarkedList(scene, at, m.start));
  if (marked === undefined) {
    // "共同打造X" names no partner; only "与Y共同…" does.
    if (MARKED_ONLY.includes(at.hit.word)) return null;
    const partner = rightArgument(scene, at, rule.to);
    const subject = partner === null ? null : leftArgument(scene, at, rule.from, { district: true });
    return partner !== null && subject !== null ? reading(subject, partner) : null;
  }
  const group = scene.groups.find((g) => g.members.includes(marked));
  const groupMembers = group?.members ?? [marked];
  const partners = eligible(groupMembers.filter((m) => m.start >= marked.start && m.end <= at.hit.start), rule.to);
  if (partners.length === 0) return null;
  const inGroupBefore = eligible(groupMembers.filter((m) => m.end <= marked.start), rule.from);
  // "与山东大学签署…", "加强与X合作": only the verb may precede 与 for the district to be the party;
  // "深化企业与山大…合作" names another party, just not one we know.
  const partnerStart = group?.start ?? marked.start;
  const markerAt = Math.max(...PARTNER_MARKERS.map((m) => scene.text.lastIndexOf(m, partnerStart - 1)));
  const district =
    markerAt - at.clause.start <= 2 && carriedTopic(scene.topics, at.clause.index) === null ? districtArgument(scene, rule.from) : null;
  const subject: Argument | null =
    inGroupBefore.length > 0
      ? { members: inGroupBefore, source: "subject" }
      : (firstEligible(groupsWithin(scene, { start: at.clause.start, end: group?.start ?? marked.start }), rule.from, "subject") ??
        topicArgument(scene, at.clause, rule.from) ??
        headingArgument(scene, rule.from) ??
        district);
  return subject === null ? null : reading(subject, { members: partners, source: "marked" });
}

// Titles of the district's own offices: "区长 张三" in a district's report heads that district.
const DISTRICT_TITLES = ["区长", "区委书记", "县长", "县委书记", "市长", "市委书记", "省长", "省委书记"];

/** The district, for a district title with no organisation named ("区长 张三", not "副区长"). */
function districtOffice(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Argument | null {
  const title = scene.text.slice(Math.max(at.clause.start, at.hit.end - 5), at.hit.end);
  return DISTRICT_TITLES.some((t) => title.endsWith(t)) && !title.includes("副") ? districtArgument(scene, rule.to) : null;
}

/** "张三带领X", "林萍萍…担任可扩展平台中心负责人", "社区书记李梓涵": a person and what they lead. */
export function leadsReading(scene: RelationScene, at: RelationPlacement, rule: RelationRule): Reading | null {
  const { hit, clause } = at;
  // "在市委…的坚强领导下", "在他的带领下": the leadership of someone over the main clause, not a fact here.
  if (scene.text.charAt(hit.end) === "下") return null;
  const leftGroups = groupsWithin(scene, { start: clause.start, end: hit.start });
  // A title before a name: the organisation is named before the title.
  const titled = scene.groups.find((g) => g.start >= hit.end && g.start - hit.end <= 1 && g.end <= clause.end);
  const titledPeople = titled === undefined ? [] : eligible(titled.members, rule.from);
  if (titledPeople.length > 0) {
    const org = firstEligible([...leftGroups].reverse(), rule.to, "subject") ?? topicArgument(scene, clause, rule.to) ?? districtOffice(scene, at, rule);
    return org === null ? null : reading({ members: titledPeople, source: "subject" }, org);
  }
  const person = leftArgument(scene, at, rule.from, { person: true });
  if (person === null) return null;
  const adjacent = leftGroups.at(-1);
  const endsClause = scene.text.slice(hit.end, clause.end).trim() === "";
  const org =
    rightArgument(scene, at, rule.to) ??
    // "可扩展平台中心负责人。": a title word closing the clause, right after the organisation.
    (endsClause && adjacent !== undefined && hit.start - adjacent.end <= 2 ? firstEligible([adjacent], rule.to, "subject") : null);
  return org === null ? null : reading(person, org);
}

/**
 * Containment that a name states: 青禾实验室东湖园区 is part of 青禾实验室, 龙山区东湖街道 part of 龙山区,
 * 龙山区科技馆 sits in 龙山区, 龙山马拉松 is held by 龙山 and 远帆集团二期产线 built by 远帆集团. When one entity's name is another entity's name plus more, the longer is part of
 * (an area, a unit) or located in (a work or body in an area) the shorter. The evidence is the first sentence
 * that names the longer one.
 */
import type { EntityType, RelationType } from "../../../src/graph/contract.ts";
import type { Entity, RelationFact, ResolvedMention, Sentence } from "../../model.ts";

/** Types that contain things by name, and the shortest name trusted as a prefix (two-character areas are common). */
const CONTAINERS: ReadonlyMap<EntityType, number> = new Map<EntityType, number>([
  ["Area", 2],
  ["Platform", 3],
  ["Institution", 3],
  ["Strategy", 3],
  ["Enterprise", 3],
]);

/** Types of things named after their container. */
const CONTAINED: ReadonlySet<EntityType> = new Set<EntityType>(["Area", "Platform", "Institution", "Project", "Event"]);

/**
 * The relation between a thing and the container its name starts with, and whether it runs from the container:
 * a place holds the event named after it (某市马拉松), a company builds the project named after it (某公司某期产线).
 */
function relationFor(part: EntityType, whole: EntityType): { type: RelationType; fromWhole: boolean } | null {
  if (part === "Event") return whole === "Area" ? { type: "HOSTS", fromWhole: true } : null;
  if (whole === "Enterprise") return part === "Project" ? { type: "BUILDS", fromWhole: true } : null;
  return { type: (whole === "Area" || whole === "Strategy") && part !== "Area" ? "LOCATED_IN" : "PART_OF", fromWhole: false };
}

/** One relation per entity whose name starts with another entity's name: to the longest such container. */
export function nestedParts(entities: readonly Entity[], mentions: readonly ResolvedMention[], sentences: readonly Sentence[], documentId: string): RelationFact[] {
  const containers = entities.filter((e) => (CONTAINERS.get(e.type) ?? Infinity) <= e.name.length);
  const facts: RelationFact[] = [];
  for (const entity of entities) {
    if (!CONTAINED.has(entity.type)) continue;
    const whole = containers
      .filter((c) => c.id !== entity.id && entity.name.length > c.name.length && entity.name.startsWith(c.name))
      .sort((a, b) => b.name.length - a.name.length)[0];
    const first = mentions.find((m) => m.entityId === entity.id);
    const sentence = first === undefined ? undefined : sentences[first.sentenceIndex];
    const relation = whole === undefined ? null : relationFor(entity.type, whole.type);
    if (whole === undefined || relation === null || sentence === undefined || sentence.isAside) continue;
    facts.push({
      type: relation.type,
      fromId: relation.fromWhole ? whole.id : entity.id,
      toId: relation.fromWhole ? entity.id : whole.id,
      year: null,
      evidence: { documentId, sentenceIndex: sentence.index, quote: sentence.text, rule: "name:nested" },
    });
  }
  return facts;
}

/**
 * An area "built" by a territory is one of its parts: "南部生态区…打造宅村等示范村" develops a village
 * inside the zone. BUILDS only takes projects, platforms and institutions as objects, so without this
 * reading such sentences say nothing; with no territory named, the report's place builds the area.
 */
import type { ResolvedMention } from "../../model.ts";
import { clauseTail, eligible, groupsWithin } from "./argument-scene.ts";
import type { Reading, RelationPlacement, RelationScene } from "./relation-readings.ts";
import { genericReading } from "./relation-readings.ts";
import { type RelationRule, RELATION_RULES } from "./relation-rules.ts";

// The actor is a territory, the object a plain area; read like BUILDS, then turned round.
const BUILT_AREA: RelationRule = { ...RELATION_RULES.BUILDS, from: ["Area", "Strategy"], to: ["Area"], nominal: false };
// "围绕打造“X”，…": an opening purpose clause that names the territory the whole sentence works on.
const PURPOSE_OPENING = /^围绕(?:打造|建设|落实|推进)?$/u;
const DECORATION = /[\s“”"'‘’《》「」]/gu;

/** The territory a sentence's opening "围绕打造X" clause names, if it opens so. */
function purposeTerritory(scene: RelationScene): ResolvedMention[] {
  const opening = scene.clauses[0];
  const group = opening === undefined ? undefined : groupsWithin(scene, opening)[0];
  if (opening === undefined || group === undefined) return [];
  const before = scene.text.slice(opening.start, group.start).replace(DECORATION, "");
  const after = clauseTail(scene, opening, group.end);
  return PURPOSE_OPENING.test(before) && after === "" ? eligible(group.members, BUILT_AREA.from) : [];
}

/**
 * The area a BUILDS trigger develops: PART_OF its actor (or of the sentence's purpose territory), or, when no
 * actor is named ("加快建设X合作区"), an area the report's place builds: that says nothing about X's whole.
 */
export function builtAreaReading(scene: RelationScene, at: RelationPlacement): { type: "PART_OF" | "BUILDS"; found: Reading } | null {
  const found = genericReading(scene, at, BUILT_AREA, "BUILDS");
  if (found === null) return null;
  // The area must head its phrase: "打造宅村等示范村", "建设X试验区。", not "打造济南市唯一的基地".
  const last = found.to.at(-1);
  if (last === undefined || !/^(?:等|和|$)/u.test(clauseTail(scene, at.clause, last.end))) return null;
  if (found.basis === "district") return { type: "BUILDS", found };
  const purpose = purposeTerritory(scene).filter((p) => !found.to.some((m) => m.entityId === p.entityId));
  return { type: "PART_OF", found: { from: found.to, to: purpose.length > 0 ? purpose : found.from, basis: found.basis } };
}

import { describe, expect, it } from "vitest";
import type { Entity, ResolvedMention, Sentence } from "../../../ingest/model.ts";
import { nestedParts } from "../../../ingest/operations/relations/nested-parts.ts";

const entity = (name: string, type: Entity["type"]): Entity => ({ id: name, name, type, aliases: [], en: [], source: "pattern" });
const sentence: Sentence = { index: 0, text: "青禾实验室东湖园区和龙山区科技馆建成。", start: 0, end: 19, originalStart: 0, originalEnd: 19, heading: null, isAside: false };
const mention = (e: Entity): ResolvedMention => ({ sentenceIndex: 0, surface: e.name, start: 0, end: e.name.length, type: e.type, source: "pattern", canonical: null, entityId: e.id });

describe("nestedParts", () => {
  it("links a name to the longest entity its name starts with", () => {
    const entities = [entity("青禾实验室", "Platform"), entity("青禾实验室东湖园区", "Platform"), entity("龙山区", "Area"), entity("龙山区科技馆", "Institution"), entity("龙山", "Area")];
    const facts = nestedParts(entities, entities.map(mention), [sentence], "d");
    expect(facts.map((f) => `${f.fromId} -${f.type}-> ${f.toId}`).sort()).toEqual([
      "青禾实验室东湖园区 -PART_OF-> 青禾实验室",
      "龙山区 -PART_OF-> 龙山",
      "龙山区科技馆 -LOCATED_IN-> 龙山区",
    ]);
    expect(facts.every((f) => f.evidence.rule === "name:nested")).toBe(true);
  });
  it("has a place hold the event and a company build the project named after it", () => {
    const entities = [entity("龙山", "Area"), entity("龙山马拉松", "Event"), entity("远帆集团", "Enterprise"), entity("远帆集团二期产线", "Project"), entity("远帆集团论坛", "Event")];
    const facts = nestedParts(entities, entities.map(mention), [sentence], "d");
    expect(facts.map((f) => `${f.fromId} -${f.type}-> ${f.toId}`).sort()).toEqual(["远帆集团 -BUILDS-> 远帆集团二期产线", "龙山 -HOSTS-> 龙山马拉松"]);
  });
  it("trusts no container shorter than its type allows", () => {
    const entities = [entity("青禾", "Platform"), entity("青禾科技园", "Platform")];
    expect(nestedParts(entities, entities.map(mention), [sentence], "d")).toEqual([]);
  });
});

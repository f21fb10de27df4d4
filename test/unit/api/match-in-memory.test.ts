import { describe, expect, it } from "vitest";
import { indexBySurface, type EntityNames } from "../../../src/api/names/entity-names.ts";
import { editDistance, exactMatches, similarMatch } from "../../../src/api/names/match-in-memory.ts";
import type { EntityType } from "../../../src/graph/contract.ts";

function names(list: readonly [name: string, type: EntityType, aliases: string[], en: string[], mentions: number][]): EntityNames {
  const entities = list.map(([name, type, aliases, en, mentions], i) => ({
    entity: { id: `e-${i}`, name, type, aliases, en },
    mentions,
    lowered: [name, ...aliases].map((n) => n.toLowerCase()),
  }));
  return { version: 1, entities, bySurface: indexBySurface(entities) };
}

const graph = names([
  ["济南中央活力区", "Strategy", ["中央活力区", "Central Vitality Area"], ["Central Vitality Area"], 12],
  ["济南中央商埠区", "Strategy", ["中央商埠区", "Central Commercial Port Area"], ["Central Commercial Port Area"], 20],
  ["中央商埠区核心区", "Area", ["商埠区核心区"], [], 3],
  ["京东产业园", "Project", ["京东园区"], ["JD Industrial Park"], 4],
  ["京东科技园", "Project", [], [], 2],
]);

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps, and stops past the limit", () => {
    expect(editDistance("vitalty", "vitality", 3)).toBe(1);
    expect(editDistance("abcd", "abdc", 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 3)).toBe(3);
    expect(editDistance("short", "a much longer text", 2)).toBe(3);
  });
});

describe("exactMatches", () => {
  it("ranks the name above English names and aliases, any case but for the name", () => {
    expect(exactMatches(graph, "济南中央活力区", null).map((m) => [m.entity.name, m.matchedBy])).toEqual([["济南中央活力区", "NAME"]]);
    expect(exactMatches(graph, "central vitality area", null).map((m) => m.matchedBy)).toEqual(["ENGLISH"]);
    expect(exactMatches(graph, "中央商埠区", null).map((m) => [m.entity.name, m.matchedBy, m.score])).toEqual([["济南中央商埠区", "ALIAS", 0.9]]);
  });

  it("keeps only the types asked for, and finds nothing for part of a name (Neo4j ranks those)", () => {
    expect(exactMatches(graph, "中央商埠区", ["Area"])).toEqual([]);
    expect(exactMatches(graph, "活力区", null)).toEqual([]);
  });
});

describe("similarMatch", () => {
  it("matches an English typo to the one entity it is close to", () => {
    const match = similarMatch(graph, "Central Vitalty Area", null);
    expect(match).toMatchObject({ entity: { name: "济南中央活力区" }, matchedBy: "SIMILAR", matched: "Central Vitality Area" });
  });

  it("matches a Chinese name with one wrong character, but not a short one", () => {
    expect(similarMatch(graph, "京东产业圆", null)?.entity.name).toBe("京东产业园");
    expect(similarMatch(graph, "京东园", null)).toBeNull();
  });

  it("refuses when two entities are equally close, when nothing is close, or outside the types asked for", () => {
    expect(similarMatch(graph, "京东科业园", null)).toBeNull(); // one character from 京东产业园 and from 京东科技园
    expect(similarMatch(graph, "不存在的片区", null)).toBeNull();
    expect(similarMatch(graph, "Central Vitalty Area", ["Project"])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import type { EntityType } from "../../../src/graph/contract.ts";
import { entityId } from "../../../src/graph/ids.ts";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { resolveEntities } from "../../../ingest/operations/names/resolve-entities.ts";
import type { Mention } from "../../../ingest/model.ts";
import { emptyLexicon, fixtureLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const FIXTURE = fixtureLexicon();

/** A pattern mention as the finder would give it. */
function pattern(surface: string, type: EntityType, sentenceIndex = 0): Mention {
  return { sentenceIndex, surface, start: 0, end: surface.length, type, source: "pattern", canonical: null };
}

/** A lexicon mention as the finder would give it. */
function lexicon(surface: string, type: EntityType, canonical: string): Mention {
  return { sentenceIndex: 0, surface, start: 0, end: surface.length, type, source: "lexicon", canonical };
}

describe("resolveEntities: lexicon", () => {
  it("ties a lexicon mention to its curated entry, with curated aliases, surfaces seen and English names apart", () => {
    const { entities, mentions } = resolveEntities([lexicon("活力区", "Strategy", "济南中央活力区")], FIXTURE);
    expect(entities).toEqual([
      {
        id: entityId("Strategy", "济南中央活力区"),
        name: "济南中央活力区",
        type: "Strategy",
        aliases: ["中央活力区", "活力区"],
        en: ["Central Vitality Area"],
        source: "lexicon",
      },
    ]);
    expect(mentions[0]?.entityId).toBe(entityId("Strategy", "济南中央活力区"));
  });

  it.each([
    ["未来网络研究院", "Institution", "山东未来网络研究院"],
    ["国家管网集团山东总部", "Enterprise", "国家石油天然气管网集团有限公司山东省分公司"],
    ["上新街项目", "Project", "上新街片区更新项目"],
    ["省出版集团", "Enterprise", "山东出版集团"],
  ] as const)("finds the curated entry of the pattern name %s", (surface, type, name) => {
    const { entities, mentions } = resolveEntities([pattern(surface, type)], FIXTURE);
    expect(entities.map((e) => [e.name, e.source])).toEqual([[name, "lexicon"]]);
    expect(entities[0]?.aliases).toContain(surface);
    expect(mentions[0]).toMatchObject({ canonical: name, entityId: entityId(type, name) });
  });

  it("takes the lexicon's type over the head's guess", () => {
    const { entities, mentions } = resolveEntities([pattern("山东大学", "Platform")], FIXTURE);
    expect(entities.map((e) => [e.type, e.name])).toEqual([["Institution", "山东大学"]]);
    expect(mentions[0]?.type).toBe("Institution");
  });

  it("does not cross levels: a city's group is not the province's", () => {
    const { entities } = resolveEntities([pattern("市出版集团", "Enterprise")], FIXTURE);
    expect(entities.map((e) => [e.name, e.source])).toEqual([["市出版集团", "pattern"]]);
  });
});

describe("resolveEntities: pattern names among themselves", () => {
  it("merges a name with the same name under a place prefix, keeping the longer as canonical", () => {
    const { entities, mentions } = resolveEntities(
      [pattern("玉符河文化旅游节", "Event"), pattern("济南玉符河文化旅游节", "Event", 1), pattern("中国济南商埠文化节", "Event", 2), pattern("商埠文化节", "Event", 3)],
      emptyLexicon(),
    );
    expect(entities.map((e) => [e.name, e.aliases])).toEqual([
      ["中国济南商埠文化节", ["商埠文化节"]],
      ["济南玉符河文化旅游节", ["玉符河文化旅游节"]],
    ]);
    expect(new Set(mentions.map((m) => m.entityId)).size).toBe(2);
    expect(entities.every((e) => e.source === "pattern" && e.en.length === 0)).toBe(true);
  });

  it("keeps different levels apart, and a bare name apart when two levels claim it", () => {
    const { entities } = resolveEntities(
      [pattern("省体育中心", "Platform"), pattern("市体育中心", "Platform"), pattern("体育中心", "Platform")],
      emptyLexicon(),
    );
    expect(entities.map((e) => e.name)).toEqual(["体育中心", "市体育中心", "省体育中心"]);
  });

  it("calls a programme named by a quoted code and a kind by its code too", () => {
    const { entities } = resolveEntities([pattern("“青禾护水”攻坚战", "Policy"), pattern("“青禾”", "Policy")], emptyLexicon());
    expect(entities.find((e) => e.name === "“青禾护水”攻坚战")?.aliases).toEqual(["青禾护水"]);
    const qualified = resolveEntities([pattern("青年干部“3050”培养工程", "Policy")], emptyLexicon()).entities[0];
    expect(qualified?.aliases).toEqual(["3050", "3050培养工程"]);
    expect(entities.find((e) => e.name === "“青禾”")?.aliases).toEqual([]);
  });

  it("never merges across types", () => {
    const { entities } = resolveEntities([pattern("泉城数字中心", "Platform"), pattern("泉城数字中心", "Institution")], emptyLexicon());
    expect(entities.map((e) => e.type)).toEqual(["Institution", "Platform"]);
  });
});

describe("resolveEntities: determinism", () => {
  const text = ["依托未来网络研究院、山东大学国家大学科技园，引进国家管网集团山东总部", "举办第四届济南玉符河文化旅游节", "举办玉符河文化旅游节，王建国表示"];

  it("gives the same entities whatever the input order, and keeps mentions in input order", () => {
    const found = findMentions(sentences(...text), FIXTURE);
    const forward = resolveEntities(found, FIXTURE);
    const backward = resolveEntities([...found].reverse(), FIXTURE);
    expect(backward.entities).toEqual(forward.entities);
    expect(forward.mentions.map((m) => m.surface)).toEqual(found.map((m) => m.surface));
    expect(backward.mentions.map((m) => m.entityId)).toEqual([...forward.mentions].reverse().map((m) => m.entityId));
  });

  it("sorts entities by type then name and ties every mention to a listed entity", () => {
    const { entities, mentions } = resolveEntities(findMentions(sentences(...text), FIXTURE), FIXTURE);
    const keys = entities.map((e) => `${e.type}\u0000${e.name}`);
    expect(keys).toEqual([...keys].sort());
    const ids = new Set(entities.map((e) => e.id));
    expect(mentions.every((m) => ids.has(m.entityId))).toBe(true);
    expect(entities.every((e) => !e.aliases.includes(e.name) && [...e.aliases].sort().join() === e.aliases.join())).toBe(true);
  });
});

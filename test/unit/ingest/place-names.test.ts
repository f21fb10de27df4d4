import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { placeCore } from "../../../ingest/operations/names/place-names.ts";
import { resolveEntities } from "../../../ingest/operations/names/resolve-entities.ts";
import { emptyLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const EMPTY = emptyLexicon();

/** Area mentions of the sentences as surfaces, in order. */
function areas(...texts: string[]): string[] {
  return findMentions(sentences(...texts), EMPTY)
    .filter((m) => m.type === "Area")
    .map((m) => m.surface);
}

describe("place names by their head (made-up places)", () => {
  it.each([
    ["青禾市今年经济增长较快", ["青禾市"]],
    ["云岭县新建学校三所", ["云岭县"]],
    ["石湾社区开展志愿活动", ["石湾社区"]],
    ["推进柳营新区建设", ["柳营新区"]],
    ["融入桂溪经济带", ["桂溪经济带"]],
  ])("%s", (text, expected) => {
    expect(areas(text)).toEqual(expected);
  });

  it("keeps the verb in front out of the name", () => {
    expect(areas("全力推进柳营新区建设")).toEqual(["柳营新区"]);
  });

  it("rejects kinds of places: generic parts, directions, levels", () => {
    expect(areas("推进完整社区建设")).toEqual([]);
    expect(areas("创建全国文明城市")).toEqual([]);
    expect(areas("带动周边片区发展")).toEqual([]);
    expect(areas("青禾县域经济")).toEqual([]);
  });
});

describe("places without a head", () => {
  it("reads words the segmenter knows as places when they are listed together", () => {
    expect(areas("加强与青岛、厦门、昆明的合作")).toEqual(["青岛", "厦门", "昆明"]);
  });

  it("reads settlements and natural features the segmenter keeps whole or splits between list marks", () => {
    expect(areas("依托槐荫峪和杏花峪生态环境")).toEqual(["槐荫峪", "杏花峪"]);
    expect(areas("建成桃坞省级美丽乡村示范村")).toEqual(["桃坞"]);
    expect(areas("充分挖掘石榴湾、凤栖岭、玉带河等特色文旅资源")).toEqual(["凤栖岭", "玉带河"]);
    expect(areas("推进城中村改造和美丽乡村建设")).toEqual([]);
    expect(areas("建设嵌入式社区和开放型街区")).toEqual([]);
    // Provinces' abbreviations (湘, 赣) are a corridor's proper part.
    expect(areas("加快建设湘赣走廊")).toEqual(["湘赣走廊"]);
    // A region's abbreviation listed beside a place word is a place.
    expect(areas("对接苏浙、东欧市场")).toContain("苏浙");
  });

  it("reads a city alone only when the dictionary also knows it with its head", () => {
    expect(areas("加强与青岛的合作")).toEqual(["青岛"]);
    expect(areas("建设宜居城市和美丽海洋")).toEqual([]);
  });
});

describe("short forms of places", () => {
  it("finds the short form where it stands alone, once the full name is known", () => {
    expect(areas("青禾市今年经济增长较快", "支持青禾企业出海")).toEqual(["青禾市", "青禾"]);
  });

  it("takes the place a longer name opens with as a source of short forms", () => {
    expect(areas("青岛市人民政府发布通知", "支持青岛企业出海")).toEqual(["青岛"]);
  });

  it("does not find a short form the document never gives in full", () => {
    expect(areas("支持青禾企业出海")).toEqual([]);
  });

  it("joins the short form to the full name in one entity", () => {
    const { entities } = resolveEntities(findMentions(sentences("青禾市今年经济增长较快", "支持青禾企业出海"), EMPTY), EMPTY);
    expect(entities.filter((e) => e.type === "Area")).toMatchObject([{ name: "青禾市", aliases: ["青禾"] }]);
  });

  it("takes the administrative head off for the core, never a generic part", () => {
    expect(placeCore("青禾市")).toBe("青禾");
    expect(placeCore("柳营新区")).toBe("柳营新区");
  });
});

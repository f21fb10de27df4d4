import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../../src/api/ask/parse-question.ts";
import { best } from "../../../../src/api/ask/detect-intent.ts";
import { smallIndex } from "./small-index.ts";

const index = smallIndex();
const names = (q: string) => parseQuestion(q, index).entities.map((s) => best(s).name);

describe("entity spotting", () => {
  it("finds names, aliases and English names, longest first", () => {
    expect(names("哪些项目服务于济南中央活力区？")).toEqual(["济南中央活力区"]);
    expect(names("哪些项目服务于中央活力区？")).toEqual(["济南中央活力区"]);
    expect(names("活力品质强区和活力区有什么关系")).toEqual(["新时代社会主义现代化活力品质强区", "济南中央活力区"]);
    expect(names("Which projects serve the Central Vitality Area?")).toEqual(["济南中央活力区"]);
    expect(names("WHICH PROJECTS SERVE THE CENTRAL VITALITY AREA")).toEqual(["济南中央活力区"]);
    expect(names("上新街项目这几年进展如何")).toEqual(["上新街片区更新项目"]);
  });

  it("slices a question only at the lengths of the index's surfaces from each character", () => {
    expect(index.lengthsFrom.get("济")).toContain("济南中央活力区".length);
    expect(index.lengthsFrom.get("济")).toContain("济南".length);
    const lengths = index.lengthsFrom.get("济") ?? [];
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
    expect(new Set(lengths).size).toBe(lengths.length);
    expect(index.lengthsFrom.get("哪")).toBeUndefined();
  });

  it("reads full-width letters and brackets like half-width ones", () => {
    expect(names("ＳＡＰ在哪里")).toEqual(["SAP"]);
  });

  it("matches English names only at word boundaries", () => {
    expect(names("what is sapphire")).toEqual([]);
    expect(names("Where is SAP?")).toEqual(["SAP"]);
  });

  it("takes an unambiguous part of a Chinese name, never an ambiguous one", () => {
    const parsed = parseQuestion("未来网络和哪些人物有关", index);
    expect(parsed.entities.map((s) => [best(s).name, s.match])).toEqual([["山东未来网络研究院", "partial"]]);
    // 数字经济 is a name itself, and a part of 山东数字经济产业园: the exact name wins.
    expect(names("数字经济有哪些企业")).toEqual(["数字经济"]);
    // "互联网产" is part of a strategy's name and of an institute's: ambiguous, so not a name.
    expect(names("互联网产有哪些项目")).toEqual([]);
  });

  it("takes an unambiguous run of English words inside an English name", () => {
    expect(names("Who works with the Future Network Research Institute?")).toEqual(["山东未来网络研究院"]);
  });

  it("never takes a generic word as a name, even when an entity carries it", () => {
    expect(names("有多少个项目")).toEqual([]);
  });

  it("reads metrics apart from entities, and years apart from both", () => {
    const parsed = parseQuestion("2021年市中区地区生产总值是多少？", index);
    expect(parsed.metrics.map((m) => m.metric)).toEqual(["地区生产总值"]);
    expect(parsed.entities.map((s) => best(s).name)).toEqual(["济南市市中区"]);
    expect(parsed.years.map((y) => y.year)).toEqual([2021]);
    expect(parseQuestion("What was the district's GDP in 2021?", index).metrics.map((m) => m.metric)).toEqual(["地区生产总值"]);
  });

  it("reads type words outside names, and not one glued to a name of its own type", () => {
    const types = (q: string) => parseQuestion(q, index).types.map((t) => t.types.join("+"));
    expect(types("山东未来网络研究院和哪些项目、人物有关？")).toEqual(["Project", "Person"]);
    expect(types("数字经济产业有哪些企业")).toEqual(["Enterprise"]);
    expect(types("中央商埠区项目有哪些")).toEqual(["Project"]);
    expect(types("Which companies belong to the digital economy?")).toEqual(["Enterprise"]);
  });

  it("notices the places a question names that no entity matched (the graph then says whether they are its own)", () => {
    expect(parseQuestion("北京2021年GDP是多少", index).foreign).toEqual(["北京"]);
    expect(parseQuestion("What was Beijing's GDP in 2021?", index).foreign).toEqual(["beijing"]);
    // Capitalised words that transliterate no place, and words of a name, are not places.
    expect(parseQuestion("Which national-level centre did the Provincial Government approve?", index).foreign).toEqual([]);
    expect(parseQuestion("What platform was the Central Asia Center upgraded into?", index).foreign).toEqual([]);
  });
});

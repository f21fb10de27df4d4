import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { industryShortName } from "../../../ingest/operations/names/industry-names.ts";
import { emptyLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const EMPTY = emptyLexicon();

/** Industry mentions of one sentence as surfaces, in order. */
function industries(text: string): string[] {
  return findMentions(sentences(text), EMPTY)
    .filter((m) => m.type === "Industry")
    .map((m) => m.surface);
}

describe("industries by their head", () => {
  it.each([
    ["大力发展茶饮服务业", ["茶饮服务业"]],
    ["做强纺机制造业", ["纺机制造业"]],
    ["培育竹编产业集群", ["竹编产业"]],
    ["推动会展业、印刷业发展", ["会展业", "印刷业"]],
  ])("%s", (text, expected) => {
    expect(industries(text)).toEqual(expected);
  });

  it("reads a branch of the economy only after a verb that takes an industry", () => {
    expect(industries("积极发展冰雪经济")).toEqual(["冰雪经济"]);
    expect(industries("全省经济运行稳中向好")).toEqual([]);
    expect(industries("支持民营经济发展")).toEqual([]);
  });

  it("rejects scopes and classes of industries", () => {
    expect(industries("带动相关产业发展")).toEqual([]);
    expect(industries("壮大战略性新兴产业")).toEqual([]);
    expect(industries("规上服务业营收增长")).toEqual([]);
    expect(industries("建设竹编产业园")).not.toContain("竹编产业");
  });

  it("reads a sector of farming, not a quality farming is asked to have", () => {
    expect(industries("大力发展都市型生态农业")).toEqual(["都市型生态农业"]);
    expect(industries("推进绿色农业、品牌农业")).toEqual([]);
    expect(industries("做大做强文化产业。")).toEqual(["文化产业"]);
  });

  it("reads the industry, not a park, where a park is named by its industry alone", () => {
    expect(industries("规划建设冰雪经济产业园")).toEqual(["冰雪经济"]);
  });

  it("reads kinds of e-commerce by the one word before 电商, not a platform or zone of it", () => {
    expect(industries("大力发展社区电商，构筑区域社交电商")).toEqual(["社区电商", "社交电商"]);
    expect(industries("建设直播电商平台")).toEqual([]);
    expect(industries("大力发展能源互联网，建设互联网平台")).toEqual(["能源互联网"]);
  });

  it("reads the fields a clause turns to as industries (聚焦甲、乙等领域), not fields of work", () => {
    expect(industries("聚焦可降解材料、氢燃料电池等领域")).toEqual(["可降解材料", "氢燃料电池"]);
    expect(industries("在教育、医疗等领域加大投入")).toEqual([]);
  });

  it("reads no industry where fields are coordinated before 产业", () => {
    expect(industries("强化教育科技人才产业联动，推进中医药事业产业发展")).toEqual([]);
    expect(industries("出台箱包产业扶持政策")).toEqual(["箱包产业"]);
  });

  it("drops leading scope words", () => {
    expect(industries("全省纺机制造业增加值增长")).toEqual(["纺机制造业"]);
  });

  it("also calls 某某产业 by 某某", () => {
    expect(industryShortName("竹编产业")).toBe("竹编");
    expect(industryShortName("产业")).toBeNull();
  });
});

describe("industries in enumerations", () => {
  it("reads every item of a list closed by 等…产业, splitting items joined by 及/和", () => {
    expect(industries("加快发展茶饮、竹编及藤编等特色产业")).toEqual(["茶饮", "竹编", "藤编"]);
  });

  it("keeps 与 inside one item", () => {
    expect(industries("培育陶瓷与琉璃、竹编等产业集群")).toEqual(["陶瓷与琉璃", "竹编"]);
  });

  it("does not read a list of projects or carriers as industries", () => {
    expect(industries("推进茶饮、竹编等产业项目建设")).toEqual([]);
  });
});

describe("industries in enumerations: the verb before the first item", () => {
  it("drops 做强 and 进一步 before the first item, and keeps an item ending like a road", () => {
    expect(industries("进一步做强集成电路、海洋装备、量子传感等战略性新兴产业")).toEqual(["集成电路", "海洋装备", "量子传感"]);
  });
});

describe("industries in enumerations: a list closed by 产业集群", () => {
  it("reads the members before 产业集群 as industries", () => {
    expect(industries("海洋装备设计、量子传感产业集群获评省级集群")).toEqual(["海洋装备设计", "量子传感产业"]);
  });
});

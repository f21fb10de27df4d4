import { describe, expect, it } from "vitest";
import { detectIntent } from "../../../../src/api/ask/detect-intent.ts";
import type { Intent } from "../../../../src/api/ask/intent.ts";
import { parseQuestion } from "../../../../src/api/ask/parse-question.ts";
import { smallIndex } from "./small-index.ts";

const index = smallIndex();

/** The intent in a comparable shape: kind, entity names, and the parts that matter. */
function summary(question: string): Record<string, unknown> {
  const understanding = detectIntent(parseQuestion(question, index), index);
  if (!understanding.ok) return { kind: "refused" };
  return shape(understanding.intent);
}

function shape(intent: Intent): Record<string, unknown> {
  switch (intent.kind) {
    case "serves":
    case "neighbours":
      return { kind: intent.kind, entities: intent.entities.map((e) => e.name), types: intent.types, count: intent.count };
    case "catalogue":
      return { kind: intent.kind, types: intent.types, count: intent.count };
    case "relation":
      return { kind: intent.kind, cue: intent.cue.id, end: intent.end, entities: intent.entities.map((e) => e.name), types: intent.types, count: intent.count };
    case "location":
      return { kind: intent.kind, entity: intent.entity.name };
    case "timeline":
      return { kind: intent.kind, entity: intent.entity.name, statuses: intent.statuses };
    case "milestones":
      return { kind: intent.kind, statuses: intent.statuses, years: intent.years, scope: intent.scope.map((e) => e.name), count: intent.count };
    case "documents":
      return { kind: intent.kind, entities: intent.entities.map((e) => e.name), years: intent.years };
    case "path":
      return { kind: intent.kind, from: intent.from.name, to: intent.to.name };
    case "indicator":
      return { kind: intent.kind, metric: intent.metrics.join("+"), subject: intent.subject.name, years: intent.years, kinds: intent.valueKinds };
  }
}

/** Every phrasing of a group must give the first one's intent, and that intent must be `expected`. */
function sameIntent(expected: Record<string, unknown>, phrasings: readonly string[]) {
  for (const q of phrasings) expect(summary(q), q).toEqual(expected);
}

describe("intent detection", () => {
  it("what serves an area or strategy, in any wording", () => {
    sameIntent({ kind: "serves", entities: ["济南中央活力区"], types: ["Project"], count: false }, [
      "哪些项目服务于中央活力区？",
      "请问哪些项目服务中央活力区呢？",
      "有哪些项目助力济南中央活力区",
      "服务于活力区的项目有哪些",
      "支撑中央活力区的项目是什么？",
      "Which projects serve the Central Vitality Area?",
      "What projects support the CVA?",
      "list projects serving the Central Vitality Area",
    ]);
  });

  it("counts when asked how many", () => {
    sameIntent({ kind: "serves", entities: ["济南中央活力区"], types: ["Project"], count: true }, [
      "有多少个项目服务于中央活力区？",
      "How many projects serve the Central Vitality Area?",
    ]);
  });

  it("what a strategy builds / pushes forward", () => {
    sameIntent({ kind: "relation", cue: "builds", end: "from", entities: ["济南中央商埠区"], types: ["Project"], count: false }, [
      "中央商埠区正在推进哪些更新项目？",
      "中央商埠区在建设哪些项目",
      "Which projects is the Central Commercial Port Area building?",
    ]);
  });

  it("what a cluster introduced, whichever side the verb stands", () => {
    sameIntent({ kind: "relation", cue: "introduced", end: "from", entities: ["山东能源互联网产业集聚区"], types: ["Enterprise"], count: false }, [
      "能源互联网产业集聚区引进或集聚了哪些能源企业？",
      "哪些企业被引进到能源互联网产业集聚区",
      "Which enterprises has the Energy Internet Industry Cluster attracted?",
      "Which companies were introduced to the Energy Internet Industry Cluster?",
    ]);
  });

  it("relies on: direction from word order", () => {
    expect(summary("南部生态区依托什么？")).toMatchObject({ kind: "relation", cue: "reliesOn", end: "from", entities: ["南部生态区"] });
    expect(summary("哪些依托山东未来网络研究院")).toMatchObject({ kind: "relation", cue: "reliesOn", end: "to", entities: ["山东未来网络研究院"] });
    expect(summary("What does the Southern Ecological Zone rely on?")).toMatchObject({ kind: "relation", cue: "reliesOn", end: "from" });
  });

  it("members of an industry, with or without a verb", () => {
    const expected = { kind: "relation", cue: "belongs", end: "to", entities: ["数字经济"], types: ["Enterprise"], count: false };
    sameIntent(expected, ["哪些企业属于数字经济", "数字经济领域有哪些企业？", "Which companies belong to the digital economy?"]);
  });

  it("what lies in an area", () => {
    expect(summary("哪些项目位于中央活力区")).toMatchObject({ kind: "relation", cue: "locatedIn", end: "to", types: ["Project"] });
    expect(summary("中央活力区包括哪些片区")).toMatchObject({ kind: "relation", cue: "contains", end: "to", types: ["Area"] });
  });

  it("who leads, and where is", () => {
    sameIntent({ kind: "relation", cue: "leads", end: "to", entities: ["济南市市中区"], types: ["Person"], count: false }, [
      "谁领导市中区？",
      "市中区的负责人是谁",
      "Who leads Shizhong District?",
    ]);
    expect(summary("鞠正江领导什么")).toMatchObject({ kind: "relation", cue: "leads", end: "from", entities: ["鞠正江"] });
    sameIntent({ kind: "location", entity: "京东产业园" }, ["京东产业园在哪里？", "京东产业园位于哪里", "Where is the JD Industrial Park?"]);
  });

  it("numbers for a year, the district assumed when no place is named", () => {
    const expected = { kind: "indicator", metric: "地区生产总值", subject: "济南市市中区", years: [2021], kinds: null };
    sameIntent(expected, [
      "2021年市中区地区生产总值是多少？",
      "市中区2021年的GDP是多少",
      "2021年全区生产总值多少",
      "What was the district's GDP in 2021?",
      "What was Shizhong District's gross domestic product in 2021?",
    ]);
    expect(summary("市中区GDP这几年变化")).toMatchObject({ kind: "indicator", years: [] });
    expect(summary("2025年地区生产总值目标是多少")).toMatchObject({ kind: "indicator", kinds: ["target", "estimate"] });
  });

  it("a project's progress over the years", () => {
    sameIntent({ kind: "timeline", entity: "上新街片区更新项目", statuses: [] }, [
      "上新街项目这几年进展如何？",
      "上新街片区更新项目进展怎么样了",
      "How did the Shangxin Street project progress over the years?",
      "What became of the Shangxin Street renewal project?",
    ]);
  });

  it("how two things connect, and what one thing is related to", () => {
    sameIntent({ kind: "path", from: "山东未来网络研究院", to: "林萍萍" }, [
      "山东未来网络研究院和林萍萍有什么关系",
      "How is the Shandong Future Network Research Institute connected to Lin Pingping?",
    ]);
    sameIntent({ kind: "neighbours", entities: ["山东未来网络研究院"], types: ["Project", "Person"], count: false }, [
      "山东未来网络研究院和哪些项目、人物有关？",
      "与未来网络研究院相关的项目和人物有哪些",
      "Which projects and people are related to the Shandong Future Network Research Institute?",
    ]);
  });

  it("project steps: when one was reached, and which projects reached one", () => {
    expect(summary("济南宾馆项目是什么时候开工的")).toEqual({ kind: "timeline", entity: "济南宾馆项目", statuses: ["started"] });
    // A project that opened was completed.
    expect(summary("上新街项目完成了吗？")).toEqual({ kind: "timeline", entity: "上新街片区更新项目", statuses: ["completed", "opened", "in_operation"] });
    sameIntent({ kind: "milestones", statuses: ["started"], years: [2023], scope: [], count: false }, ["2023年开工了哪些项目", "Which projects started in 2023?"]);
    expect(summary("中央活力区的项目什么时候完工")).toMatchObject({ kind: "milestones", scope: ["济南中央活力区"] });
  });

  it("which documents name something, optionally of a year and kind", () => {
    expect(summary("哪份文件提到了上新街")).toEqual({ kind: "documents", entities: ["上新街片区更新项目"], years: [] });
    expect(summary("What does the 2023 government work report say about the Shangxin Street project?")).toEqual({
      kind: "documents",
      entities: ["上新街片区更新项目"],
      years: [2023],
    });
  });

  it("refuses negations, comparisons, relative years and chains of relations rather than misread them", () => {
    for (const q of [
      "哪些项目不属于数字经济",
      "Which projects do not serve the Central Vitality Area?",
      "哪个项目投资最大",
      "2021年比2012年GDP增长了多少",
      "去年市中区GDP是多少",
      "What was the GDP last year?",
      "服务于中央活力区的项目属于哪些产业",
      "上新街项目的总投资是多少",
    ]) {
      expect(summary(q), q).toEqual({ kind: "refused" });
    }
  });

  it("refuses what it does not understand, and places outside the corpus", () => {
    for (const q of ["今天天气怎么样？", "asdf qwer", "北京2021年GDP是多少", "What was Beijing's GDP in 2021?", "上新街项目", "哪些项目服务于雄安新区"]) {
      expect(summary(q), q).toEqual({ kind: "refused" });
    }
  });
});

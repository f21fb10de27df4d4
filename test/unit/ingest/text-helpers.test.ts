import { describe, expect, it } from "vitest";
import { clauseAt, splitClauses } from "../../../ingest/operations/relations/clauses.ts";
import { enumerationJoiner, groupEnumerations } from "../../../ingest/operations/relations/enumerations.ts";
import { findYears, headingYear, pickYear } from "../../../ingest/operations/time/find-year.ts";
import { findQuantities, sortUnits } from "../../../ingest/operations/indicators/parse-number.ts";
import { isNegated, scanWords } from "../../../ingest/operations/vocabulary/scan-words.ts";
import { clauseTopics, carriedTopic } from "../../../ingest/operations/relations/topics.ts";
import { mentionsIn, makeSentence } from "../../helpers/fact-fixtures.ts";

describe("splitClauses", () => {
  it("splits at ，；： but not at the enumeration comma 、", () => {
    const text = "市中区引进A、B，建设C；完成D：E";
    const parts = splitClauses(text).map((c) => text.slice(c.start, c.end));
    expect(parts).toEqual(["市中区引进A、B", "建设C", "完成D", "E"]);
  });

  it("finds the clause of an offset", () => {
    const clauses = splitClauses("甲乙，丙丁");
    expect(clauseAt(clauses, 3)?.index).toBe(1);
    expect(clauseAt(clauses, 2)).toBe(clauses[0]);
  });
});

describe("findYears", () => {
  it("reads plain, OCR-spaced and range years", () => {
    const years = findYears("从2012年的558亿元达到了2 0 2 1年的1161亿元，2012-2021年间", null);
    expect(years.map((y) => [y.year, y.source])).toEqual([
      [2012, "explicit"],
      [2021, "explicit"],
      [2021, "range"],
    ]);
    expect(years[2]?.from).toBe(2012);
  });

  it("resolves words relative to the document year, and N年前", () => {
    expect(findYears("今年、去年、明年、年内，10年前", 2023).map((y) => y.year)).toEqual([2023, 2022, 2024, 2023, 2013]);
    expect(findYears("今年增长", null)).toEqual([]);
  });

  it("ignores numbers that are not years and years inside a title", () => {
    expect(findYears("实现投资2050亿元，2023市中消费季，12345热线", null)).toEqual([]);
    expect(findYears("落实《行动计划(2023-2025年)》", null)).toEqual([]);
  });

  it("does not take 上年 as the value's year", () => {
    expect(findYears("比上年增长5%", 2023)).toEqual([]);
  });

  it("picks the nearest year before a position, preferring the same clause", () => {
    const text = "2022年引进甲，2023年引进乙，引进丙";
    const years = findYears(text, null);
    const clauses = splitClauses(text);
    expect(pickYear(years, clauses[1]!, text.indexOf("乙"))).toBe(2023);
    expect(pickYear(years, clauses[2]!, text.indexOf("丙"))).toBe(2023);
    expect(pickYear([], clauses[0]!, 0)).toBeNull();
  });

  it("reads a heading's year", () => {
    expect(headingYear(["（二）着力抓经济", "一、2022年工作回顾"])).toBe(2022);
    expect(headingYear(["强化战略引领"])).toBeNull();
  });
});

describe("findQuantities", () => {
  const units = sortUnits(["亿元", "元", "%", "万平方米", "平方米", "个", "户", "家", "个百分点"]);
  const read = (text: string) => findQuantities(text, units).map((q) => `${q.value}${q.unit}`);

  it("reads decimals, OCR-spaced digits and the longest unit", () => {
    expect(read("达到1161.7亿元，1 0 8 . 5亿元，改造971万平方米")).toEqual(["1161.7亿元", "108.5亿元", "971万平方米"]);
  });

  it("keeps a magnitude before a listed unit as part of the unit", () => {
    expect(read("拆迁居民1 . 15万户")).toEqual(["1.15万户"]);
  });

  it("reads percentages, full-width ones and approximate counts", () => {
    expect(read("增长6.5%，增长７％以上，1300余户，4000多个")).toEqual(["6.5%", "1300户", "4000个"]);
    expect(findQuantities("超1800亿元", units)[0]?.approximate).toBe(true);
  });

  it("skips numbers without units, ranges, years, names with digits and percentage points", () => {
    expect(read("2021年，1-2家，5G基站，高于全市2.8个百分点，翻倍增长")).toEqual([]);
  });
});

describe("groupEnumerations", () => {
  it("groups names joined by 、和及与, and breaks at verbs and clause marks", () => {
    const sentence = makeSentence("引进科大讯飞、商汤科技和京东集团，建设济南宾馆，上新街");
    const mentions = mentionsIn(sentence, [
      ["科大讯飞", "Enterprise"],
      ["商汤科技", "Enterprise"],
      ["京东集团", "Enterprise"],
      ["济南宾馆", "Project"],
      ["上新街", "Project"],
    ]);
    const groups = groupEnumerations(sentence.text, mentions).map((g) => g.members.map((m) => m.surface));
    expect(groups).toEqual([["科大讯飞", "商汤科技", "京东集团"], ["济南宾馆"], ["上新街"]]);
  });

  it("tolerates a short tail and quotes before the joiner", () => {
    expect(enumerationJoiner("项目、")).toBe("、");
    expect(enumerationJoiner("”、“")).toBe("、");
    expect(enumerationJoiner("以及")).toBe("以及");
    expect(enumerationJoiner("引进")).toBeNull();
    expect(enumerationJoiner("，")).toBeNull();
  });
});

describe("topics", () => {
  it("takes a clause's opening names as its topic and carries it forward", () => {
    const sentence = makeSentence("同时，市中区依托甲园，引进了乙公司，2023年，中央活力区引进丙");
    const mentions = mentionsIn(sentence, [
      ["市中区", "Area"],
      ["甲园", "Platform"],
      ["乙公司", "Enterprise"],
      ["中央活力区", "Strategy"],
      ["丙", "Enterprise"],
    ]);
    const clauses = splitClauses(sentence.text);
    const topics = clauseTopics(sentence.text, clauses, groupEnumerations(sentence.text, mentions));
    expect(topics.map((t) => t?.members[0]?.surface ?? null)).toEqual([null, "市中区", null, null, "中央活力区"]);
    expect(carriedTopic(topics, 2)?.members[0]?.surface).toBe("市中区");
  });
});

describe("scanWords", () => {
  it("takes the longest word and skips words inside names", () => {
    const lexicon = new Map([
      ["开工", ["started"]],
      ["开工建设", ["started"]],
      ["集聚", ["INTRODUCED"]],
    ]);
    const text = "项目开工建设，山东能源互联网产业集聚区";
    const hits = scanWords(text, lexicon, [{ start: text.indexOf("山东"), end: text.length }]);
    expect(hits.map((h) => h.word)).toEqual(["开工建设"]);
  });

  it("knows a negated trigger", () => {
    const text = "尚未开工，没有落地，不断引进";
    expect(isNegated(text, text.indexOf("开工"))).toBe(true);
    expect(isNegated(text, text.indexOf("落地"))).toBe(true);
    expect(isNegated(text, text.indexOf("引进"))).toBe(false);
  });
});

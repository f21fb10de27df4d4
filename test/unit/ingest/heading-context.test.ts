import { describe, expect, it } from "vitest";
import type { ResolvedMention, Sentence } from "../../../ingest/model.ts";
import { headingLevel, headingMentions, outerHeadings } from "../../../ingest/operations/text/heading-context.ts";
import { makeSentence } from "../../helpers/fact-fixtures.ts";

const doc = (rows: readonly (readonly [text: string, heading: string | null, isAside: boolean])[]): Sentence[] =>
  rows.map(([text, heading, isAside], index) => makeSentence(text, { index, heading, isAside }));

const report = doc([
  ["一、2022年工作回顾", null, true],
  ["刚刚过去的2022年极不平凡。", "一、2022年工作回顾", false],
  ["（一）着力打基础、谋长远，中央活力区建设稳健开局。", "一、2022年工作回顾", true],
  ["济南宾馆项目开工建设。", "（一）着力打基础、谋长远，中央活力区建设稳健开局", false],
  ["（二）着力抓经济、促发展。", "（一）着力打基础、谋长远，中央活力区建设稳健开局", true],
  ["预计地区生产总值可达1300亿元。", "（二）着力抓经济、促发展", false],
  ["二、2023年总体要求和主要预期目标", "（二）着力抓经济、促发展", true],
  ["城镇居民人均可支配收入增长5.5%。", "二、2023年总体要求和主要预期目标", false],
]);

describe("headingLevel", () => {
  it("ranks numbering styles from outer to inner", () => {
    const levels = ["# 题", "## 节", "实施三大战略 聚力突破提升", "一、回顾", "（一）经济", "1. 细则", "（1）条目"].map(headingLevel);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });
});

describe("outerHeadings", () => {
  it("finds the enclosing section of a numbered sub-section", () => {
    expect(outerHeadings(report, 5)).toEqual(["一、2022年工作回顾"]);
    expect(outerHeadings(report, 3)).toEqual(["一、2022年工作回顾"]);
  });

  it("stops at a top-level section and at sentences with no heading", () => {
    expect(outerHeadings(report, 7)).toEqual([]);
    expect(outerHeadings(report, 0)).toEqual([]);
  });

  it("nests markdown headings", () => {
    const feature = doc([
      ["# 市中区跑出加速度", null, true],
      ["导语。", "# 市中区跑出加速度", false],
      ["## 强化战略引领", "# 市中区跑出加速度", true],
      ["正文。", "## 强化战略引领", false],
    ]);
    expect(outerHeadings(feature, 3)).toEqual(["# 市中区跑出加速度"]);
  });
});

describe("headingMentions", () => {
  it("returns the mentions of the heading sentence", () => {
    const mention: ResolvedMention = {
      sentenceIndex: 2,
      surface: "中央活力区",
      start: 14,
      end: 19,
      type: "Strategy",
      source: "lexicon",
      canonical: null,
      entityId: "cva",
    };
    const other: ResolvedMention = { ...mention, sentenceIndex: 3, entityId: "x" };
    const sentence = report[3];
    if (sentence === undefined) throw new Error("fixture");
    expect(headingMentions(sentence, report, [mention, other]).map((m) => m.entityId)).toEqual(["cva"]);
    const first = report[0];
    if (first === undefined) throw new Error("fixture");
    expect(headingMentions(first, report, [mention])).toEqual([]);
  });
});

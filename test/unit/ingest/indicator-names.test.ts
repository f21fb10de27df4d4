import { describe, expect, it } from "vitest";
import { findIndicatorNames } from "../../../ingest/operations/names/indicator-names.ts";

/** Indicator names proposed in one sentence, as text. */
function indicators(text: string): string[] {
  return findIndicatorNames(text, []).map((c) => text.slice(c.start, c.end));
}

describe("indicator names: the phrase a number measures", () => {
  it.each([
    ["茶叶产量增长6.5%", ["茶叶产量"]],
    ["全年蚕茧收入达到12.3亿元", ["蚕茧收入"]],
    ["2025年冷库容量突破300万吨", ["冷库容量"]],
    ["公共图书馆覆盖率达98%，森林蓄积量增长3.1%", ["公共图书馆覆盖率", "森林蓄积量"]],
    // A share of one measure in another is one name, however long.
    ["茶叶加工产值占农业总产值比重达到12.5%", ["茶叶加工产值占农业总产值比重"]],
    ["净增市场主体1.2万户，肉牛出栏8.6万头", ["市场主体", "肉牛出栏"]],
    // A decimal point inside a name is no full stop.
    ["全市PM10浓度下降3.2%，PM1.0年均浓度下降5.1%", ["PM10浓度", "PM1.0年均浓度"]],
    ["全社会用电量增长5.2%", ["全社会用电量"]],
  ])("%s", (text, expected) => {
    expect(indicators(text)).toEqual(expected);
  });

  it("parts a city the measure is of from the measure's name", () => {
    const text = "潍坊经济总量突破3000亿元";
    expect(findIndicatorNames(text, []).map((c) => `${c.type}:${text.slice(c.start, c.end)}`)).toEqual(["Area:潍坊", "Indicator:经济总量"]);
  });

  it("takes no phrase without a head of measures", () => {
    expect(indicators("建成茶叶基地12个")).toEqual([]);
    expect(indicators("茶叶加工企业达到15家")).toEqual([]);
  });

  it("takes no action, share or joined phrase", () => {
    expect(indicators("完成投资120亿元")).toEqual([]);
    expect(indicators("占一般支出比重达到30%")).toEqual([]);
    expect(indicators("办结率和满意率均达99%")).toEqual([]);
  });
});

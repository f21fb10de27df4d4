import { describe, expect, it } from "vitest";
import { extractIndicators, type IndicatorContext } from "../../../ingest/operations/indicators/extract-indicators.ts";
import { type NameSpec, TEST_TRIGGERS, indicatorLines, scene } from "../../helpers/fact-fixtures.ts";

const D = "district";
const values = (text: string, names: readonly NameSpec[], context: Partial<IndicatorContext> = {}, heading: string | null = null) => {
  const { sentence, mentions } = scene(text, names, { heading });
  return extractIndicators(sentence, mentions, TEST_TRIGGERS, "doc", { districtId: D, documentYear: 2023, ...context });
};
const lines = (...args: Parameters<typeof values>) => indicatorLines(values(...args));

const GDP: NameSpec = ["地区生产总值", "Indicator"];
const REVENUE: NameSpec = ["一般公共预算收入", "Indicator"];

describe("extractIndicators: numbers and metrics", () => {
  it("ties a value and its growth rate to the metric before them", () => {
    expect(lines("2022年，地区生产总值完成1300亿元，增长6.5%", [GDP])).toEqual([
      "district 地区生产总值 1300亿元 2022 actual",
      "district 地区生产总值增长 6.5% 2022 actual",
    ]);
  });

  it("reads two years of one metric: from 2012's value to 2021's (real sentence, doc 000)", () => {
    expect(
      lines("地区生产总值实现翻倍增长，从2012年的558 . 5亿元连续跨越六个百亿大关，达到了2021年的1161 . 7亿元", [GDP], { documentYear: 2022 }),
    ).toEqual(["district 地区生产总值 558.5亿元 2012 actual", "district 地区生产总值 1161.7亿元 2021 actual"]);
  });

  it("reads 10年前, spaced digits and a trailing growth clause (real sentence, doc 000)", () => {
    expect(
      lines("一般公共预算收入由10年前的33 . 1亿元增加至2 0 2 1年的1 0 8 . 5亿元，增长228%", [REVENUE], { documentYear: 2022 }),
    ).toEqual([
      "district 一般公共预算收入 33.1亿元 2012 actual",
      "district 一般公共预算收入 108.5亿元 2021 actual",
      "district 一般公共预算收入增长 228% 2021 actual",
    ]);
  });

  it("names a metric by the sentence's words when no known one is there, never by one in an unrelated clause", () => {
    expect(lines("市中区新建口袋公园8处，改造老旧小区134万平方米", [["市中区", "Area"]])).toEqual([
      "市中区 新建口袋公园 8处 2023 actual",
      "市中区 改造老旧小区 134万平方米 2023 actual",
    ]);
    expect(lines("地区生产总值稳步提升，新建口袋公园8处", [GDP])).toEqual(["district 新建口袋公园 8处 2023 actual"]);
  });

  it("does not read 翻倍 or percentage points as values", () => {
    expect(lines("地区生产总值实现翻倍增长", [GDP])).toEqual([]);
    expect(lines("金融业增加值增长11.7%，高于全市2.8个百分点", [["金融业增加值", "Indicator"]])).toEqual([
      "district 金融业增加值增长 11.7% 2023 actual",
    ]);
  });

  it("reads a share and a decline", () => {
    expect(lines("民生支出达52.05亿元，占财政总支出的82.2%", [["民生支出", "Indicator"]], { documentYear: 2022 })).toEqual([
      "district 民生支出 52.05亿元 2022 actual",
      "district 民生支出占财政总支出比重 82.2% 2022 actual",
    ]);
    expect(lines("2023年1-11月份，市中区民生支出占总支出的82%", [["市中区", "Area", D], ["民生支出", "Indicator"]])).toEqual([
      "district 民生支出占总支出比重 82% 2023 actual",
    ]);
    expect(lines("民生支出占比82%", [["民生支出", "Indicator"]])).toEqual(["district 民生支出占比 82% 2023 actual"]);
    expect(lines("单位能耗下降3%", [["单位能耗", "Indicator"]])).toEqual(["district 单位能耗增长 -3% 2023 actual"]);
  });

  it("gives each metric of a list its own value", () => {
    expect(lines("新开工重点项目109个、总投资193.6亿元", [["新开工重点项目", "Indicator"], ["总投资", "Indicator"]])).toEqual([
      "district 新开工重点项目 109个 2023 actual",
      "district 总投资 193.6亿元 2023 actual",
    ]);
  });
});

describe("extractIndicators: lists and counts", () => {
  it("pairs a list of metrics with as many numbers, in turn (real sentence, doc 004)", () => {
    expect(lines("山体公园、口袋公园累计达到13处和225处，总量居全市首位", [["山体公园", "Indicator"], ["口袋公园", "Indicator"]], { documentYear: 2022 })).toEqual([
      "district 山体公园 13处 2022 actual",
      "district 口袋公园 225处 2022 actual",
    ]);
    expect(lines("规模以上工业增加值、服务业增加值分别增长8%和6%", [["规模以上工业增加值", "Indicator"], ["服务业增加值", "Indicator"]])).toEqual([
      "district 规模以上工业增加值增长 8% 2023 actual",
      "district 服务业增加值增长 6% 2023 actual",
    ]);
  });

  it("gives a combined total to none of the listed metrics", () => {
    expect(lines("新建口袋公园、社区公园、古树公园8处", [["口袋公园", "Indicator"], ["社区公园", "Indicator"], ["古树公园", "Indicator"]])).toEqual([]);
  });

  it("does not let a counted name head the numbers after it (real sentence, doc 004)", () => {
    expect(lines("帮助4000多个市场主体获取纾困复工类贷款12.36亿元", [["市场主体", "Indicator"]])).toEqual(["district 获取纾困复工类贷款 12.36亿元 2023 actual"]);
  });

  it("does not carry a metric into a clause reporting something in another unit", () => {
    expect(lines("白马山等片区完成征收拆迁58万平方米，实现供地1400余亩", [["征收拆迁", "Indicator"]], {}, null)).toEqual([
      "district 征收拆迁 58万平方米 2023 actual",
    ]);
    expect(lines("城镇居民人均可支配收入68987元，增长4.1%", [["城镇居民人均可支配收入", "Indicator"]])).toEqual([
      "district 城镇居民人均可支配收入 68987元 2023 actual",
      "district 城镇居民人均可支配收入增长 4.1% 2023 actual",
    ]);
  });

  it("reads a plan word inside a metric name", () => {
    expect(lines("2024年计划开工项目36个", [["计划开工项目", "Indicator"]])).toEqual(["district 计划开工项目 36个 2024 target"]);
  });
});

describe("extractIndicators: kind and year", () => {
  it("reads a goal under 将 for every metric the sentence lists (real sentence, doc 001)", () => {
    expect(
      lines("市中区将全力实现地区生产总值增长6%，一般公共预算收入增长6.5%，实际使用外资3亿美元", [["市中区", "Area", D], GDP, REVENUE, ["实际使用外资", "Indicator"]], {
        documentYear: 2024,
      }),
    ).toEqual([
      "district 地区生产总值增长 6% 2024 target",
      "district 一般公共预算收入增长 6.5% 2024 target",
      "district 实际使用外资 3亿美元 2024 target",
    ]);
  });

  it("tells a result from a goal and from an estimate", () => {
    expect(lines("去年地区生产总值增长5%", [GDP])).toEqual(["district 地区生产总值增长 5% 2022 actual"]);
    expect(lines("明年地区生产总值力争增长7%", [GDP])).toEqual(["district 地区生产总值增长 7% 2024 target"]);
    expect(lines("预计地区生产总值可达1300亿元", [GDP])).toEqual(["district 地区生产总值 1300亿元 2023 estimate"]);
  });

  it("stops a modal at a clause with its own verb", () => {
    expect(
      lines("预计地区生产总值可达1300亿元，实现一般公共预算收入89.23亿元，固定资产投资增长5%", [GDP, REVENUE, ["固定资产投资", "Indicator"]], {
        documentYear: 2022,
      }),
    ).toEqual([
      "district 地区生产总值 1300亿元 2022 estimate",
      "district 一般公共预算收入 89.23亿元 2022 actual",
      "district 固定资产投资增长 5% 2022 actual",
    ]);
  });

  it("does not take a nominal 计划 as a goal", () => {
    expect(lines("重点项目完成年度投资计划的130%", [["年度投资", "Indicator"]])).toEqual(["district 年度投资 130% 2023 actual"]);
  });

  it("takes the goal and the year from a plan heading (real sentence, doc 004)", () => {
    expect(lines("城镇居民人均可支配收入增长5.5%", [["城镇居民人均可支配收入", "Indicator"]], {}, "二、2023年总体要求和主要预期目标")).toEqual([
      "district 城镇居民人均可支配收入增长 5.5% 2023 target",
    ]);
  });

  it("reads plan and review sections from outer headings", () => {
    const plan = { headings: ["三、2023年重点工作安排"] };
    expect(lines("新增城镇就业1.78万人", [["新增城镇就业", "Indicator"]], plan, "（五）加快改善民生，全力推进幸福市中建设")).toEqual([
      "district 新增城镇就业 1.78万人 2023 target",
    ]);
    const review = { headings: ["一、2022年工作回顾"] };
    expect(lines("预计地区生产总值可达1300亿元", [GDP], review, "（二）着力抓经济、促发展，经济运行稳中向好")).toEqual([
      "district 地区生产总值 1300亿元 2022 estimate",
    ]);
  });

  it("takes the later year of a range, and a future year as a goal", () => {
    expect(lines("2012-2021年，地区生产总值年均增长8%", [GDP])).toEqual(["district 地区生产总值增长 8% 2021 actual"]);
    expect(lines("2025年地区生产总值达到1500亿元", [GDP])).toEqual(["district 地区生产总值 1500亿元 2025 target"]);
  });

  it("falls back to the document year when nothing tells", () => {
    expect(lines("口袋公园累计建成215处", [["口袋公园", "Indicator"]], { documentYear: 2022 })).toEqual(["district 口袋公园 215处 2022 actual"]);
  });
});

describe("extractIndicators: subject", () => {
  it("takes the subject a clause inherits (real sentence, doc 002)", () => {
    expect(lines("山东新金融产业园注册企业突破千家，管理基金规模超1800亿元", [["山东新金融产业园", "Platform"], ["管理基金规模", "Indicator"]])).toEqual([
      "山东新金融产业园 管理基金规模 1800亿元 2023 actual",
    ]);
  });

  it("takes the subject that a value modifies: 166亿元的中博领创时代", () => {
    expect(lines("总投资约166亿元的中博领创时代等一批重点项目加快建设", [["总投资", "Indicator"], ["中博领创时代", "Project"]])).toEqual([
      "中博领创时代 总投资 166亿元 2023 actual",
    ]);
  });

  it("takes the sentence's first subject, not a later clause's (real sentence, doc 004)", () => {
    expect(
      lines("数字经济持续拓展，中国铁塔北方数据中心落地运营，新建5G基站793处", [["数字经济", "Industry"], ["中国铁塔北方数据中心", "Project"], ["5G基站", "Indicator"]]),
    ).toEqual(["district 5G基站 793处 2023 actual"]);
  });

  it("takes the nearest earlier subject that reported numbers of its own (real sentence, doc 000)", () => {
    expect(
      lines("北部老城区累计拆迁居民1.15万户，中部崛起区累计完成城中村改造25个，新建安置房3.2万套", [
        ["北部老城区", "Area"],
        ["中部崛起区", "Area"],
        ["安置房", "Indicator"],
      ]),
    ).toContain("中部崛起区 安置房 3.2万套 2023 actual");
  });

  it("uses the district when the sentence names no subject, or names a list", () => {
    expect(lines("中央活力区、中央商埠区完成投资50亿元", [["中央活力区", "Strategy"], ["中央商埠区", "Strategy"], ["投资", "Indicator"]])).toEqual([
      "district 投资 50亿元 2023 actual",
    ]);
  });

  it("fills the evidence and states nothing in captions", () => {
    const { sentence, mentions } = scene("地区生产总值增长6%", [GDP], { index: 4 });
    const [fact] = extractIndicators(sentence, mentions, TEST_TRIGGERS, "001", { districtId: D, documentYear: 2024 });
    expect(fact?.evidence).toEqual({ documentId: "001", sentenceIndex: 4, quote: "地区生产总值增长6%", rule: "metric:地区生产总值|growth|cue:增长" });
    const caption = scene("地区生产总值增长6%", [GDP], { isAside: true });
    expect(extractIndicators(caption.sentence, caption.mentions, TEST_TRIGGERS, "001", { districtId: D, documentYear: 2024 })).toEqual([]);
  });
});

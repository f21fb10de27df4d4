/** Periods and measures on the facts the extractors read, on sentences written for these tests. */
import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../../ingest/operations/indicators/extract-events.ts";
import { extractIndicators } from "../../../../ingest/operations/indicators/extract-indicators.ts";
import { documentTime, type DocumentTime } from "../../../../ingest/operations/time/document-time.ts";
import { measureOf } from "../../../../ingest/operations/time/measure.ts";
import { type NameSpec, TEST_TRIGGERS, scene } from "../../../helpers/fact-fixtures.ts";

const JANUARY_REPORT = documentTime("2024-01-15", "government_work_report");
const JULY_ARTICLE = documentTime("2023-07", "news_feature");
const JOBS: NameSpec = ["新增城镇就业", "Indicator"];
const PARKS: NameSpec = ["街心花园", "Indicator"];
const TAX: NameSpec = ["税收收入", "Indicator"];

/** "metric value unit period [words] kind measure", with * marking a period the sentence did not state. */
function values(text: string, names: readonly NameSpec[], doc: DocumentTime, heading: string | null = null, headings: string[] = []): string[] {
  const { sentence, mentions } = scene(text, names, { heading });
  return extractIndicators(sentence, mentions, TEST_TRIGGERS, "doc", { districtId: "d", documentYear: doc.year, documentTime: doc, headings }).map(
    (f) => `${f.metric} ${f.value}${f.unit} ${f.period ?? "?"} [${f.periodText}${f.periodInferred ? "*" : ""}] ${f.kind} ${f.measure}`,
  );
}

function milestones(text: string, names: readonly NameSpec[], doc: DocumentTime): string[] {
  const { sentence, mentions } = scene(text, names);
  return extractEvents(sentence, mentions, TEST_TRIGGERS, "doc", doc.year, { documentTime: doc }).map(
    (f) => `${f.projectId} ${f.status} ${f.period ?? "?"} [${f.periodText}${f.periodInferred ? "*" : ""}]`,
  );
}

describe("indicator periods", () => {
  it("puts an unmarked result of a January report in the year it reviews, and a goal in the current year", () => {
    expect(values("新增城镇就业1.6万人", [JOBS], JANUARY_REPORT)).toEqual(["新增城镇就业 1.6万人 2023 [*] actual flow"]);
    expect(values("力争新增城镇就业1.5万人", [JOBS], JANUARY_REPORT)).toEqual(["新增城镇就业 1.5万人 2024 [*] target flow"]);
    expect(values("预计全年税收收入增长5%", [TAX], JANUARY_REPORT)).toEqual(["税收收入增长 5% 2023 [*] estimate rate"]);
  });

  it("takes the heading's year before the document's", () => {
    expect(values("新增城镇就业1.6万人", [JOBS], JANUARY_REPORT, "（四）民生", ["一、2022年工作回顾"])).toEqual([
      "新增城镇就业 1.6万人 2022 [2022年*] actual flow",
    ]);
  });

  it("keeps parts of a year apart from the whole year", () => {
    expect(values("前三季度，税收收入完成40亿元，增长6%", [TAX], JANUARY_REPORT)).toEqual([
      "税收收入 40亿元 2023-Q1..Q3 [前三季度] actual level",
      "税收收入增长 6% 2023-Q1..Q3 [前三季度] actual rate",
    ]);
    expect(values("2023年1-10月份，税收收入增长3%", [TAX], JANUARY_REPORT)).toEqual(["税收收入增长 3% 2023-01..10 [2023年1-10月份] actual rate"]);
    expect(values("一季度税收收入实现12亿元", [TAX], JULY_ARTICLE)).toEqual(["税收收入 12亿元 2023-Q1 [一季度] actual level"]);
  });

  it("reads 今年 in a mid-year article as the year so far, and 去年 as the year before", () => {
    expect(values("今年新建街心花园6处", [PARKS], JULY_ARTICLE)).toEqual(["街心花园 6处 2023-Q1..Q2 [今年] actual flow"]);
    expect(values("去年新建街心花园9处", [PARKS], JULY_ARTICLE)).toEqual(["街心花园 9处 2022 [去年] actual flow"]);
  });

  it("reads spans", () => {
    expect(values("2021年以来，累计新建街心花园30处", [PARKS], JANUARY_REPORT)).toEqual(["街心花园 30处 2021..2023 [2021年以来] actual flow"]);
    expect(values("截至2023年9月底，街心花园累计达到120处", [PARKS], JANUARY_REPORT)).toEqual([
      "街心花园 120处 2023-Q1..Q3 [截至2023年9月底] actual stock",
    ]);
  });
});

describe("indicator measures", () => {
  it("tells a running total from what was added", () => {
    expect(values("全年新建街心花园9处、累计建成街心花园120处", [PARKS, PARKS], JANUARY_REPORT)).toEqual([
      "街心花园 9处 2023 [*] actual flow",
      "街心花园 120处 2023 [*] actual stock",
    ]);
    expect(values("街心花园总数达到120处", [PARKS], JANUARY_REPORT)).toEqual(["街心花园 120处 2023 [*] actual stock"]);
  });

  it("lets the clause's verb govern a list of values", () => {
    expect(values("建成口袋绿地5处、街心花园9处", [["口袋绿地", "Indicator"], PARKS], JANUARY_REPORT)).toEqual([
      "口袋绿地 5处 2023 [*] actual flow",
      "街心花园 9处 2023 [*] actual flow",
    ]);
  });

  it("keeps money levels as levels, and tells rates and shares", () => {
    expect(measureOf("level", ["税收收入达到40亿元"], "税收收入", "亿元")).toBe("level");
    expect(measureOf("level", ["税收收入总量达40亿元"], "税收收入", "亿元")).toBe("level");
    expect(measureOf("level", ["累计完成投资"], "固定资产投资", "亿元")).toBe("stock");
    expect(measureOf("level", ["由8年前的"], "街心花园", "处")).toBe("stock");
    expect(measureOf("growth", ["增长"], "税收收入", "%")).toBe("rate");
    expect(measureOf("share", ["占"], "税收收入", "%")).toBe("share");
    expect(measureOf("level", ["累计新增"], "城镇就业", "万人")).toBe("flow");
  });
});

describe("milestone periods", () => {
  const PARK: NameSpec = ["青松科创园", "Project"];

  it("dates an unmarked milestone of a January report to the reviewed year, a plan to the current one", () => {
    expect(milestones("青松科创园竣工投用", [PARK], JANUARY_REPORT)).toEqual(["青松科创园 in_operation 2023 [*]"]);
    expect(milestones("力争青松科创园开工", [PARK], JANUARY_REPORT)).toEqual(["青松科创园 planned 2024 [*]"]);
    // Planning done in the reviewed year is reported like any other step: it is not a plan for this year.
    expect(milestones("谋划青松科创园", [PARK], JANUARY_REPORT)).toEqual(["青松科创园 planned 2023 [*]"]);
    // 目前 in a mid-year article: as of the article.
    expect(milestones("目前，青松科创园加快建设", [PARK], JULY_ARTICLE)).toEqual(["青松科创园 under_construction 2023-Q1..Q2 [目前]"]);
  });

  it("gives one status per project and sentence: a done step beats a plan and an earlier step", () => {
    expect(milestones("今年青松科创园加快建设并顺利开园", [PARK], JULY_ARTICLE)).toEqual(["青松科创园 opened 2023-Q1..Q2 [今年]"]);
    expect(milestones("青松科创园已开工，力争年底建成", [PARK], JULY_ARTICLE)).toEqual(["青松科创园 started 2023-Q1..Q2 [*]"]);
  });

  it("takes the stated period", () => {
    expect(milestones("2021年，青松科创园开工建设", [PARK], JANUARY_REPORT)).toEqual(["青松科创园 started 2021 [2021年]"]);
    expect(milestones("去年青松科创园开工", [PARK], JULY_ARTICLE)).toEqual(["青松科创园 started 2022 [去年]"]);
  });
});

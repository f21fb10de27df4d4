import { describe, expect, it } from "vitest";
import { documentTime, monthsSoFar, reviewYear } from "../../../../ingest/operations/time/document-time.ts";
import { factPeriod } from "../../../../ingest/operations/time/fact-period.ts";
import { formatPeriod, partOfYear, spanOfYears, wholeYear } from "../../../../ingest/operations/time/period.ts";
import { headingTime, readTimes } from "../../../../ingest/operations/time/read-times.ts";

const JANUARY_REPORT = documentTime("2024-01-15", "government_work_report");
const JULY_ARTICLE = documentTime("2023-07", "news_feature");
/** "words → period" for every time expression found. */
const periods = (text: string, doc = JANUARY_REPORT): string[] => readTimes(text, doc).map((t) => `${t.text} → ${formatPeriod(t.period)}`);

describe("documentTime and the reviewed year", () => {
  it("reads the date, and which year unmarked results speak of", () => {
    expect(JANUARY_REPORT).toEqual({ year: 2024, month: 1, kind: "government_work_report" });
    expect(reviewYear(JANUARY_REPORT)).toBe(2023);
    expect(reviewYear(documentTime("2024-03", "news_feature"))).toBe(2023);
    expect(reviewYear(JULY_ARTICLE)).toBe(2023);
    // A work report whose month is unknown was still delivered early in the year; another document was not.
    expect(reviewYear(documentTime("2025", "government_work_report"))).toBe(2024);
    expect(reviewYear(documentTime("2025", "other"))).toBe(2025);
    expect(reviewYear(documentTime(null, "other"))).toBeNull();
  });

  it("knows how far 'this year so far' reaches", () => {
    expect(monthsSoFar(JULY_ARTICLE)).toBe(6);
    expect(monthsSoFar(JANUARY_REPORT)).toBeNull();
    expect(monthsSoFar(documentTime("2023-12", "other"))).toBeNull();
  });
});

describe("formatPeriod", () => {
  it("writes years, quarters, months and spans", () => {
    expect(formatPeriod(wholeYear(2023))).toBe("2023");
    expect(formatPeriod(partOfYear(2023, 1, 3))).toBe("2023-Q1");
    expect(formatPeriod(partOfYear(2023, 1, 9))).toBe("2023-Q1..Q3");
    expect(formatPeriod(partOfYear(2023, 1, 11))).toBe("2023-01..11");
    expect(formatPeriod(partOfYear(2023, 5, 5))).toBe("2023-05");
    expect(formatPeriod(partOfYear(2023, 1, 12))).toBe("2023");
    expect(formatPeriod(spanOfYears(2021, 2025))).toBe("2021..2025");
    expect(formatPeriod(spanOfYears(2023, 2023))).toBe("2023");
    expect(formatPeriod(spanOfYears(null, 2023))).toBe("..2023");
  });
});

describe("readTimes", () => {
  it("reads written years, OCR-spaced years and ranges, but not years inside titles", () => {
    expect(periods("2019年，全区新建学校3所")).toEqual(["2019年 → 2019"]);
    expect(periods("2 0 1 9年实现收入")).toEqual(["2 0 1 9年 → 2019"]);
    expect(periods("2016-2020年累计投资")).toEqual(["2016-2020年 → 2016..2020"]);
    expect(periods("印发《城区更新三年行动方案（2024-2026年）》")).toEqual([]);
    expect(periods("二十世纪90年代")).toEqual([]);
  });

  it("resolves words relative to the publication date", () => {
    expect(periods("今年计划新建公园，去年建成公园，明年再建")).toEqual(["今年 → 2024", "去年 → 2023", "明年 → 2025"]);
    expect(periods("前年起步，上年完成")).toEqual(["前年 → 2022", "上年 → 2023"]);
    expect(periods("8年前只有两所学校")).toEqual(["8年前 → 2016"]);
    // 目前 speaks as of the report, which covers the reviewed year.
    expect(periods("目前共有学校30所")).toEqual(["目前 → 2023"]);
    expect(periods("目前共有学校30所", JULY_ARTICLE)).toEqual(["目前 → 2023"]);
    expect(readTimes("目前共有学校30所", JULY_ARTICLE)[0]?.toDate).toBe(true);
  });

  it("does not read 上年 as a period when it is the base of a comparison", () => {
    expect(periods("税收收入比上年增长5%")).toEqual([]);
    expect(periods("较上年提高两个百分点")).toEqual([]);
    expect(periods("完成上年同期的120%")).toEqual([]);
  });

  it("reads spans: since a year, five-year plans, recent years, the past years", () => {
    expect(periods("2021年以来，累计新建学校12所")).toEqual(["2021年以来 → 2021..2023"]);
    expect(periods("2023年以来，新开门店40家")).toEqual(["2023年以来 → 2023"]);
    expect(periods("“十四五”期间，力争新增学位5000个")).toEqual(["“十四五”期间 → 2021..2025"]);
    expect(periods("十三五时期累计投资")).toEqual(["十三五时期 → 2016..2020"]);
    expect(periods("“十四五”以来累计投资")).toEqual(["“十四五”以来 → 2021..2023"]);
    expect(periods("到“十四五”末达到")).toEqual(["“十四五”末 → 2025"]);
    expect(periods("近年来，陆续建成书房20处")).toEqual(["近年来 → ..2023"]);
    expect(periods("近三年投资翻番")).toEqual(["近三年 → 2021..2023"]);
    expect(periods("过去一年成绩显著，过去五年成效明显")).toEqual(["过去一年 → 2023", "过去五年 → 2019..2023"]);
    expect(periods("去年以来，新开门店40家", JULY_ARTICLE)).toEqual(["去年以来 → 2022..2023"]);
  });

  it("reads parts of a year, with or without the year", () => {
    expect(periods("前三季度，税收增长4%")).toEqual(["前三季度 → 2023-Q1..Q3"]);
    expect(periods("一季度税收增长4%", JULY_ARTICLE)).toEqual(["一季度 → 2023-Q1"]);
    expect(periods("第二季度税收增长4%", JULY_ARTICLE)).toEqual(["第二季度 → 2023-Q2"]);
    expect(periods("上半年税收增长4%", JULY_ARTICLE)).toEqual(["上半年 → 2023-Q1..Q2"]);
    expect(periods("1-11月，税收增长4%")).toEqual(["1-11月 → 2023-01..11"]);
    expect(periods("1至10月份，税收增长4%")).toEqual(["1至10月份 → 2023-01..10"]);
    expect(periods("2022年1—8月，税收增长4%")).toEqual(["2022年1—8月 → 2022-01..08"]);
    expect(periods("2022年前三季度税收增长4%")).toEqual(["2022年前三季度 → 2022-Q1..Q3"]);
    expect(periods("截至2022年10月底，共有商户900家")).toEqual(["截至2022年10月底 → 2022-01..10"]);
    expect(periods("截至2022年底，共有商户900家")).toEqual(["截至2022年底 → 2022"]);
    expect(periods("每季度召开一次")).toEqual([]);
  });

  it("marks this year as the year so far", () => {
    const [thisYear] = readTimes("今年以来新开门店40家", JULY_ARTICLE);
    expect(thisYear?.toDate).toBe(true);
    expect(thisYear?.relative).toBe(true);
  });

  it("reads the first written period of the innermost heading that has one", () => {
    expect(headingTime(["（二）民生保障", "一、2023年工作回顾"], JANUARY_REPORT)?.text).toBe("2023年");
    expect(headingTime(["（二）民生保障"], JANUARY_REPORT)).toBeNull();
  });
});

describe("factPeriod", () => {
  const [thisYear] = readTimes("今年新开门店40家", JULY_ARTICLE);

  it("takes the words of the sentence, as the year so far for a result of 今年", () => {
    expect(factPeriod(thisYear, null, JULY_ARTICLE, "result")).toEqual({ period: partOfYear(2023, 1, 6), text: "今年", inferred: false });
    expect(factPeriod(thisYear, null, JULY_ARTICLE, "plan")).toEqual({ period: wholeYear(2023), text: "今年", inferred: false });
  });

  it("falls back to the heading, then to the document: results to the reviewed year, plans to the current one", () => {
    const heading = headingTime(["一、2022年工作回顾"], JANUARY_REPORT);
    expect(factPeriod(undefined, heading, JANUARY_REPORT, "result")).toEqual({ period: wholeYear(2022), text: "2022年", inferred: true });
    expect(factPeriod(undefined, null, JANUARY_REPORT, "result")).toEqual({ period: wholeYear(2023), text: "", inferred: true });
    expect(factPeriod(undefined, null, JANUARY_REPORT, "plan")).toEqual({ period: wholeYear(2024), text: "", inferred: true });
    expect(factPeriod(undefined, null, documentTime(null, "other"), "result")).toBeNull();
    // An undated result of a mid-year article stands as of the article, not for the whole year.
    expect(factPeriod(undefined, null, JULY_ARTICLE, "result")).toEqual({ period: partOfYear(2023, 1, 6), text: "", inferred: true });
    expect(factPeriod(undefined, null, JULY_ARTICLE, "plan")).toEqual({ period: wholeYear(2023), text: "", inferred: true });
  });
});

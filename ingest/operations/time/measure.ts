/**
 * What a number measures over time: a stock counted at a point (累计建成5G基站4262处, 企业总数达到218家),
 * a flow over the period (新增城镇就业2.3万人, 新建口袋公园8处), a growth rate (增长6.5%), a share (占比82%), or
 * a level that is neither (地区生产总值1161.7亿元). Values of different measures never share a series.
 */
import type { Measure } from "../../../src/graph/contract.ts";

/** How the extractor shaped the value's metric name. */
export type ValueShape = "level" | "growth" | "share";

// New things in the period: always a flow, even after 累计 ("累计新增就业5万人" is a flow over a span).
const NEW_THINGS = /新增|新建|新引进|新开工|新落地|新设立|新注册|新培育|新认定|新签约|新开|新招引|新打造|新改造|新发展|引进|招引|引入|年度新增/u;
// A running total; for money only 累计 ("累计完成投资"): "营收总量达359亿元" is the year's level.
const RUNNING_TOTAL = /累计|总数|总量|共有|现有|拥有|保有|存量|总计|共计|全区共/u;
const MONEY_TOTAL = /累计/u;
// "达到4067个": for a count, reaching a number is a total, and so is where a change starts ("由10年前的1处
// 增加到14处"); "GDP达到1161.7亿元" stays a level.
const REACHES = /达到|达|突破|超过|增至|增加到|增加至|提高到|提高至/u;
const CHANGE_START = /[由从][^，；、]*$/u;
// Work done in the period, for counts: "建成口袋公园12处", "安置城镇就业1.9万人".
const WORK_DONE = /建成|建设|打造|改造|实施|开工|开通|培育|认定|创建|设立|落地|签约|安置|开发|提供|帮助|完成/u;

/** Counts (个, 处, 家, 万人, 平方米…) as opposed to money and percentages. */
const isCount = (unit: string): boolean => unit !== "%" && !unit.includes("元");

function measureIn(cues: string, metric: string, unit: string): Measure | null {
  const count = isCount(unit);
  if (NEW_THINGS.test(`${metric} ${cues}`)) return "flow";
  if ((count ? RUNNING_TOTAL : MONEY_TOTAL).test(cues)) return "stock";
  if (count && (REACHES.test(cues) || CHANGE_START.test(cues))) return "stock";
  if (count && WORK_DONE.test(cues)) return "flow";
  return null;
}

/**
 * The measure of a value from the words before it: `windows` from the narrowest (since the previous value,
 * plus the words between a list of metrics and its numbers) to the widest (the clause, whose verb governs
 * a list of values: "打造花景街区21条、口袋公园12处"). The first window with a cue decides.
 */
export function measureOf(shape: ValueShape, windows: readonly string[], metric: string, unit: string): Measure {
  if (shape === "growth") return "rate";
  if (shape === "share") return "share";
  for (const cues of windows) {
    const measure = measureIn(cues, metric, unit);
    if (measure !== null) return measure;
  }
  return "level";
}

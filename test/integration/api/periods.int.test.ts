/**
 * Periods and series on the real corpus graph (issue 10): values sit at the period their sentence describes,
 * new and cumulative counts are separate series, a first-quarter figure stays out of the yearly series, and
 * milestones carry one status per sentence at their period.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { startTestApi, type TestApi } from "../../helpers/api-server.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

interface PointOut {
  value: number;
  year: number | null;
  period: string | null;
  periodText: string;
  periodInferred: boolean;
  partial: boolean;
  kind: string;
  measure: string;
  evidence: { quote: string; documentId: string }[];
}
interface PeriodOut {
  year: number | null;
  period: string | null;
  periodText: string;
  partial: boolean;
  actual: number | null;
  target: number | null;
  conflict: boolean;
  values: PointOut[];
}
interface LineOut {
  subject: { name: string };
  measure: string;
  unit: string;
  partial: boolean;
  periods: PeriodOut[];
}
interface SeriesOut {
  indicatorSeries: { metric: string; series: LineOut[]; years: PeriodOut[] };
}

const POINT = "value year period periodText periodInferred partial kind measure evidence { quote documentId }";
const PERIOD = `year period periodText partial actual target conflict values { ${POINT} }`;
const SERIES = `query($m: String!) { indicatorSeries(metric: $m) { metric years { ${PERIOD} } series { subject { name } measure unit partial periods { ${PERIOD} } } } }`;

let db: Db;
let api: TestApi;

beforeAll(async () => {
  db = await openTestDb();
  const report = await ingestCorpus(db);
  expect(report.failed).toBe(0);
  api = await startTestApi(db);
});

afterAll(async () => {
  await api?.server.close();
  await db?.close();
});

async function series(metric: string): Promise<SeriesOut["indicatorSeries"]> {
  const response = await api.gql<SeriesOut>(SERIES, { m: metric });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return (response.data as SeriesOut).indicatorSeries;
}

describe("values at the period they describe", () => {
  it("puts 新增城镇就业 2.3万人 in 2023, the year a January 2024 review describes, next to the 2023 target", async () => {
    const { series: lines } = await series("新增城镇就业");
    const flow = lines.find((l) => l.measure === "flow" && !l.partial && l.unit === "万人");
    const year2023 = flow?.periods.find((p) => p.period === "2023");
    expect(year2023).toMatchObject({ actual: 2.3, target: 1.78, year: 2023 });
    const actual = year2023?.values.find((v) => v.kind === "actual");
    expect(actual).toMatchObject({ periodInferred: true, periodText: "" });
    expect(actual?.evidence[0]?.documentId).toBe("2024-two-sessions");
    // Nothing describes 2024 yet: the January 2024 article reviews 2023.
    expect(flow?.periods.some((p) => p.period === "2024" && p.actual !== null)).toBe(false);
  });

  it("keeps the running total of 口袋公园 apart from the parks added each year", async () => {
    const { series: lines } = await series("口袋公园数量");
    const stock = lines.find((l) => l.measure === "stock" && !l.partial);
    const flow = lines.find((l) => l.measure === "flow" && !l.partial);
    // The running total at the end of 2022 (January 2023 report); the mid-2022 total is as of its article.
    expect(stock?.periods.find((p) => p.period === "2022")).toMatchObject({ actual: 225, conflict: false });
    // The parks built in 2020 (January 2021 review).
    expect(flow?.periods.find((p) => p.period === "2020")).toMatchObject({ actual: 12 });
    // Neither series holds the other's figures; the mid-year total is a series of its own (part of a year).
    expect(stock?.periods.flatMap((p) => p.values.map((v) => v.value))).not.toContain(12);
    expect(flow?.periods.flatMap((p) => p.values.map((v) => v.value))).not.toContain(225);
    const midYear = lines.find((l) => l.measure === "stock" && l.partial);
    expect(midYear?.periods.map((p) => [p.period, p.actual])).toEqual([["2022-01..05", 215]]);
    for (const line of lines) for (const p of line.periods) for (const v of p.values) expect(v.measure).toBe(line.measure);
  });

  it("keeps 金融业增加值 of the first quarter of 2023 out of the yearly series", async () => {
    const { series: lines, years } = await series("金融业增加值");
    const yearly = lines.filter((l) => !l.partial);
    const partial = lines.filter((l) => l.partial);
    expect(yearly.flatMap((l) => l.periods.flatMap((p) => p.values.map((v) => v.value)))).not.toContain(69.6);
    const q1 = partial.flatMap((l) => l.periods).find((p) => p.period === "2023-Q1");
    expect(q1).toMatchObject({ actual: 69.6, partial: true, year: 2023, periodText: "一季度" });
    // The flat list marks it too.
    expect(years.find((y) => y.period === "2023-Q1")?.partial).toBe(true);
  });

  it("stores period, words and measure on every IndicatorValue and Milestone", async () => {
    const missing = await db.rows<{ n: number }>(
      {
        cypher: `MATCH (v) WHERE (v:IndicatorValue OR v:Milestone) AND (v.period IS NULL OR v.periodText IS NULL OR v.periodInferred IS NULL
                   OR (v:IndicatorValue AND v.measure IS NULL)) RETURN count(v) AS n`,
      },
      "READ",
    );
    expect(missing[0]?.n).toBe(0);
    const parts = await db.rows<{ period: string; words: string }>(
      { cypher: `MATCH (v:IndicatorValue {metric: "规模以上工业增加值增长"}) WHERE v.period CONTAINS "-" RETURN v.period AS period, v.periodText AS words ORDER BY period` },
      "READ",
    );
    expect(parts).toEqual(expect.arrayContaining([{ period: "2020-01..11", words: "1至11月" }]));
  });
});

describe("milestones at their period", () => {
  it("gives one status per project and sentence", async () => {
    const rows = await db.rows<{ sentence: string; project: string; n: number }>(
      {
        cypher: `MATCH (p:Project)-[:HAS_MILESTONE]->(m:Milestone) UNWIND m.evidenceSentenceIds AS sentence
                 WITH sentence, p.name AS project, count(DISTINCT m) AS n WHERE n > 1 RETURN sentence, project, n`,
      },
      "READ",
    );
    expect(rows).toEqual([]);
  });

  it("never places a reported (not planned) milestone after the document that reports it", async () => {
    const rows = await db.rows<{ id: string }>(
      {
        cypher: `MATCH (m:Milestone) WHERE m.status <> "planned" AND m.year IS NOT NULL
                 AND any(d IN m.evidencePublishedAts WHERE d <> "" AND toInteger(left(d, 4)) < m.year) RETURN m.id AS id`,
      },
      "READ",
    );
    expect(rows).toEqual([]);
  });

  it("keeps latestStatus to what was reported in the latest period, not a later plan", async () => {
    type TimelineOut = { timeline: { latestStatus: string | null; milestones: { status: string; year: number | null; period: string | null; periodText: string }[] } };
    const response = await api.gql<TimelineOut>(`query { timeline(name: "上新街") { latestStatus milestones { status year period periodText } } }`);
    expect(response.errors).toBeUndefined();
    const { latestStatus, milestones } = (response.data as TimelineOut).timeline;
    const reported = milestones.filter((m) => m.status !== "planned");
    const lastYear = Math.max(...reported.map((m) => m.year ?? 0));
    expect(reported.filter((m) => m.year === lastYear).map((m) => m.status)).toContain(latestStatus);
    expect(latestStatus).not.toBe("planned");
  });
});

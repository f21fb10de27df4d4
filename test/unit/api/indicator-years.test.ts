import { describe, expect, it } from "vitest";
import type { IndicatorValueRow } from "../../../src/api/queries/indicator-values.ts";
import type { EntityResult } from "../../../src/api/results/entity.ts";
import { groupIndicatorLines, groupIndicatorYears, toPoints } from "../../../src/api/results/indicator-years.ts";

const district: EntityResult = { id: "e-d", name: "济南市市中区", type: "Area", aliases: [], en: [] };

function value(
  kind: IndicatorValueRow["kind"],
  year: number | null,
  v: number,
  document: string,
  publishedAt: string,
  unit = "亿元",
  more: Partial<Pick<IndicatorValueRow, "period" | "periodText" | "periodInferred" | "measure">> = {},
): IndicatorValueRow {
  return {
    id: `v-${kind}-${year}-${v}-${document}`,
    subject: district,
    value: v,
    unit,
    year,
    period: year === null ? null : String(year),
    periodText: "",
    periodInferred: true,
    kind,
    measure: "level",
    ...more,
    evidenceQuotes: [`${year}年${v}${unit}`],
    evidenceDocumentIds: [document],
    evidenceDocumentTitles: [document],
    evidencePublishedAts: [publishedAt],
    evidenceSentenceIds: [`${document}#1`],
    evidenceRules: ["metric"],
  };
}

describe("groupIndicatorYears", () => {
  it("puts actual against target with the gap", () => {
    const [row] = groupIndicatorYears(toPoints([value("actual", 2021, 1161.7, "a", "2022-06"), value("target", 2021, 1150, "b", "2021-01")]));
    expect(row).toMatchObject({ year: 2021, unit: "亿元", actual: 1161.7, target: 1150, gap: 11.7, conflict: false });
  });

  it("flags two documents that disagree, and shows the figure of the newer one", () => {
    const [row] = groupIndicatorYears(toPoints([value("actual", 2021, 1160, "old", "2022-01"), value("actual", 2021, 1161.7, "new", "2023-01")]));
    expect(row).toMatchObject({ actual: 1161.7, conflict: true });
    expect(row?.values).toHaveLength(2);
  });

  it("does not call one document's two figures a conflict between documents", () => {
    const [row] = groupIndicatorYears(toPoints([value("actual", 2021, 1160, "same", "2022-01"), value("actual", 2021, 1161.7, "same", "2022-01")]));
    expect(row?.conflict).toBe(false);
  });

  it("keeps units apart and orders by unit, then year, undated last", () => {
    const rows = groupIndicatorYears(
      toPoints([value("target", 2024, 6, "c", "2024-01", "%"), value("actual", null, 1, "d", "2023-01"), value("actual", 2012, 558.5, "a", "2022-06")]),
    );
    expect(rows.map((r) => [r.unit, r.year])).toEqual([
      ["%", 2024],
      ["亿元", 2012],
      ["亿元", null],
    ]);
  });

  it("keeps stock and flow apart, and parts of years out of the yearly series, with their period words", () => {
    const rows = groupIndicatorYears(
      toPoints([
        value("actual", 2022, 225, "report", "2023-01", "处", { measure: "stock" }),
        value("actual", 2023, 8, "review", "2024-01", "处", { measure: "flow" }),
        value("actual", 2020, 12, "old", "2021-01", "处", { measure: "flow" }),
        value("actual", 2023, 70, "mid", "2023-07", "处", { measure: "flow", period: "2023-Q1", periodText: "一季度", periodInferred: false }),
      ]),
    );
    const lines = groupIndicatorLines(rows);
    expect(lines.map((l) => [l.measure, l.partial, l.periods.map((p) => `${p.period} ${p.actual} [${p.periodText}]`)])).toEqual([
      ["stock", false, ["2022 225 []"]],
      ["flow", false, ["2020 12 []", "2023 8 []"]],
      ["flow", true, ["2023-Q1 70 [一季度]"]],
    ]);
    expect(rows.find((r) => r.period === "2023-Q1")).toMatchObject({ partial: true, periodInferred: false, year: 2023 });
    expect(rows.find((r) => r.period === "2023")?.partial).toBe(false);
  });

  it("flags a conflict within a series and period only", () => {
    const rows = groupIndicatorYears(
      toPoints([
        value("actual", 2022, 4000, "a", "2023-01", "处", { measure: "stock" }),
        value("actual", 2022, 793, "a", "2023-01", "处", { measure: "flow" }),
        value("actual", 2022, 4067, "b", "2023-07", "处", { measure: "stock" }),
      ]),
    );
    const lines = groupIndicatorLines(rows);
    expect(lines.map((l) => [l.measure, l.hasConflict])).toEqual([
      ["stock", true],
      ["flow", false],
    ]);
    expect(lines[0]?.periods[0]).toMatchObject({ actual: 4067, conflict: true });
    expect(lines[0]?.periods[0]?.values.map((v) => v.evidence[0]?.quote)).toEqual(["2022年4000处", "2022年4067处"]);
  });
});

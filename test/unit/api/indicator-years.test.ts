import { describe, expect, it } from "vitest";
import type { IndicatorValueRow } from "../../../src/api/queries/indicator-values.ts";
import type { EntityResult } from "../../../src/api/results/entity.ts";
import { groupIndicatorYears, toPoints } from "../../../src/api/results/indicator-years.ts";

const district: EntityResult = { id: "e-d", name: "济南市市中区", type: "Area", aliases: [], en: [] };

function value(kind: IndicatorValueRow["kind"], year: number | null, v: number, document: string, publishedAt: string, unit = "亿元"): IndicatorValueRow {
  return {
    id: `v-${kind}-${year}-${v}-${document}`,
    subject: district,
    value: v,
    unit,
    year,
    kind,
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
});

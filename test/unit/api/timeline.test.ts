import { describe, expect, it } from "vitest";
import type { MilestoneRow } from "../../../src/api/queries/timeline.ts";
import type { EntityResult } from "../../../src/api/results/entity.ts";
import type { HopRow } from "../../../src/api/results/hop.ts";
import { buildTimeline, latestStatus } from "../../../src/api/results/timeline.ts";

const project: EntityResult = { id: "e-p", name: "上新街片区更新项目", type: "Project", aliases: ["上新街"], en: [] };
const area: EntityResult = { id: "e-a", name: "济南中央商埠区", type: "Strategy", aliases: [], en: [] };

function milestone(status: MilestoneRow["status"], year: number | null, publishedAt: string): MilestoneRow {
  return {
    id: `m-${status}-${year}`,
    status,
    year,
    period: year === null ? null : String(year),
    periodText: "",
    periodInferred: true,
    evidenceQuotes: [`${status} ${year}`],
    evidenceDocumentIds: ["doc"],
    evidenceDocumentTitles: ["报告"],
    evidencePublishedAts: [publishedAt],
    evidenceSentenceIds: ["doc#1"],
    evidenceRules: ["status"],
  };
}

describe("buildTimeline", () => {
  it("orders milestones by year, then by the order projects pass through statuses", () => {
    const t = buildTimeline(project, [milestone("completed", 2023, "2023-07"), milestone("planned", 2021, "2021-01"), milestone("started", 2023, "2023-01")], []);
    expect(t.milestones.map((m) => `${m.year} ${m.status}`)).toEqual(["2021 planned", "2023 started", "2023 completed"]);
    expect(t.years.map((y) => y.year)).toEqual([2021, 2023]);
    expect(t.latestStatus).toBe("completed");
  });

  it("places an undated milestone at the year of its first report, and keeps its stated year null", () => {
    const t = buildTimeline(project, [milestone("under_construction", null, "2022-06"), milestone("planned", 2021, "2021-01")], []);
    expect(t.years.map((y) => [y.year, y.milestones.map((m) => m.status)])).toEqual([
      [2021, ["planned"]],
      [2022, ["under_construction"]],
    ]);
    expect(t.milestones[1]).toMatchObject({ year: null, reportedAt: "2022-06" });
  });

  it("puts what has no year at all last, and dated relations in their year", () => {
    const relation: HopRow = { from: area, relation: "BUILDS", to: project, year: 2022, evidenceQuotes: ["建设上新街"], evidenceDocumentIds: ["doc"] };
    const t = buildTimeline(project, [milestone("opened", null, "")], [relation]);
    expect(t.years.map((y) => y.year)).toEqual([2022, null]);
    expect(t.years[0]?.relations[0]).toMatchObject({ relation: "BUILDS", year: 2022, evidence: [{ quote: "建设上新街", publishedAt: null }] });
  });

  it("has no status when there are no milestones", () => {
    expect(buildTimeline(project, [], [])).toMatchObject({ latestStatus: null, years: [], milestones: [] });
  });

  it("reports the furthest status of the latest period with a reported milestone, not a later plan", () => {
    const t = buildTimeline(
      project,
      [milestone("under_construction", 2023, "2023-07"), milestone("opened", 2023, "2023-07"), milestone("planned", 2024, "2024-01"), milestone("started", 2021, "2021-01")],
      [],
    );
    expect(t.latestStatus).toBe("opened");
    expect(latestStatus(buildTimeline(project, [milestone("planned", 2024, "2024-01")], []).milestones)).toBe("planned");
    // A later period's earlier step (a second phase under way) is what is known last.
    expect(buildTimeline(project, [milestone("completed", 2021, "2022-01"), milestone("under_construction", 2023, "2024-01")], []).latestStatus).toBe(
      "under_construction",
    );
  });
});

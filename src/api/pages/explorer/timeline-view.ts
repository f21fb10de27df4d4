/** A project's history: milestones grouped by year, each with the sentences that state it. */
import { h } from "./dom.ts";
import { renderEvidence } from "./evidence-list.ts";
import type { MilestoneView } from "./view-model.ts";
import { MILESTONE_LABELS } from "./vocabulary.ts";

/** The period and the words that date it: "2023-Q1..Q2（今年）", or "2022（按发布日期）" when the sentence says none. */
function milestonePeriodWords(milestone: MilestoneView): string {
  const words = milestone.periodInferred ? (milestone.periodText === "" ? "按发布日期" : `${milestone.periodText}（标题）`) : milestone.periodText;
  return `${milestone.period ?? "—"}（${words}）`;
}

/** Renders milestones by year (milestones without a year last). */
export function renderTimeline(milestones: readonly MilestoneView[], names: readonly string[]): HTMLElement {
  if (milestones.length === 0) return h("p", { class: "muted" }, "文件中没有该项目的进展记录。No milestones in the documents.");
  const byYear = new Map<string, MilestoneView[]>();
  for (const milestone of milestones) {
    const key = milestone.year === null ? "年份不详" : String(milestone.year);
    byYear.set(key, [...(byYear.get(key) ?? []), milestone]);
  }
  const years = [...byYear.keys()].sort((a, b) => (a === "年份不详" ? 1 : b === "年份不详" ? -1 : Number(a) - Number(b)));
  return h(
    "ol",
    { class: "timeline" },
    years.map((year) =>
      h(
        "li",
        { class: "timeline-year" },
        h("div", { class: "timeline-year-label" }, year),
        (byYear.get(year) ?? []).map((milestone) =>
          h(
            "div",
            { class: "timeline-step" },
            h("span", { class: `status status-${milestone.status}` }, MILESTONE_LABELS[milestone.status] ?? milestone.status),
            h("small", { class: "muted" }, ` ${milestone.status}`),
            h("small", { class: "milestone-period" }, ` ${milestonePeriodWords(milestone)}`),
            renderEvidence(milestone.evidence, names),
          ),
        ),
      ),
    ),
  );
}

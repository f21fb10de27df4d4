/** Builds a timeline from milestones and dated relations: pure, so its ordering rules are unit-tested. */
import { EVENT_STATUSES, type EventStatus } from "../../graph/contract.ts";
import { compareYears } from "./compare-years.ts";
import type { EntityResult } from "./entity.ts";
import { earliestPublished, toEvidence, type Evidence } from "./evidence.ts";
import { toHop, type Hop, type HopRow } from "./hop.ts";
import type { MilestoneRow } from "../queries/timeline.ts";

/** A milestone as the API shows it. */
export interface TimelineMilestone {
  readonly status: EventStatus;
  /** The (last) year of its period; null when unknown. */
  readonly year: number | null;
  readonly period: string | null;
  readonly periodText: string;
  readonly periodInferred: boolean;
  /** Publication date of the earliest document that reports it. */
  readonly reportedAt: string | null;
  readonly evidence: readonly Evidence[];
}

/** What happened in one year. */
export interface TimelineYear {
  /** The stated year, else the year of the first report; null when neither is known. */
  readonly year: number | null;
  readonly milestones: readonly TimelineMilestone[];
  readonly relations: readonly Hop[];
}

/** The `Timeline` GraphQL type. */
export interface Timeline {
  readonly entity: EntityResult;
  readonly latestStatus: EventStatus | null;
  readonly years: readonly TimelineYear[];
  readonly milestones: readonly TimelineMilestone[];
  readonly relations: readonly Hop[];
}

/**
 * Orders milestones by year (stated, else first reported), then by status order (planned → in_operation);
 * groups them with the dated relations into years, ascending, with the undated ones last.
 */
export function buildTimeline(entity: EntityResult, milestoneRows: readonly MilestoneRow[], relationRows: readonly HopRow[]): Timeline {
  const milestones = milestoneRows
    .map((m): TimelineMilestone => {
      const evidence = toEvidence(m);
      return {
        status: m.status,
        year: m.year ?? null,
        period: m.period ?? null,
        periodText: m.periodText,
        periodInferred: m.periodInferred,
        reportedAt: earliestPublished(evidence),
        evidence,
      };
    })
    .sort(
      (a, b) =>
        compareYears(placedYear(a), placedYear(b)) || (a.period ?? "").localeCompare(b.period ?? "") || statusRank(a.status) - statusRank(b.status),
    );
  const relations = relationRows.map(toHop).sort((a, b) => compareYears(a.year, b.year) || a.relation.localeCompare(b.relation) || a.to.name.localeCompare(b.to.name));
  const years = new Map<number | null, { milestones: TimelineMilestone[]; relations: Hop[] }>();
  const bucket = (year: number | null) => {
    let entry = years.get(year);
    if (entry === undefined) years.set(year, (entry = { milestones: [], relations: [] }));
    return entry;
  };
  for (const m of milestones) bucket(placedYear(m)).milestones.push(m);
  for (const r of relations) bucket(r.year).relations.push(r);
  return {
    entity,
    latestStatus: latestStatus(milestones),
    years: [...years.entries()].sort(([a], [b]) => compareYears(a, b)).map(([year, entry]) => ({ year, ...entry })),
    milestones,
    relations,
  };
}

/**
 * What has happened last, from milestones in time order: of the latest period with a reported (not
 * planned) milestone, its furthest status. A plan for a later year ("2024年将开街") does not undo what was
 * reported, and nothing is claimed beyond what a document reported; "planned" only when nothing happened yet.
 */
export function latestStatus(milestones: readonly TimelineMilestone[]): EventStatus | null {
  const reported = milestones.filter((m) => m.status !== "planned");
  const last = reported.at(-1);
  if (last === undefined) return milestones.length > 0 ? "planned" : null;
  const latest = reported.filter((m) => placedYear(m) === placedYear(last) && m.period === last.period);
  return latest.reduce((best, m) => (statusRank(m.status) > statusRank(best) ? m.status : best), last.status);
}

/** Where a milestone sits on the time axis: its stated year, else the year it was first reported. */
export function placedYear(m: TimelineMilestone): number | null {
  if (m.year !== null) return m.year;
  const reported = m.reportedAt === null ? NaN : Number.parseInt(m.reportedAt.slice(0, 4), 10);
  return Number.isNaN(reported) ? null : reported;
}

function statusRank(status: EventStatus): number {
  return EVENT_STATUSES.indexOf(status);
}

/** The graph contract: the labels, relationship types and kinds that researchers write Cypher against. */

/** Every real-world thing carries `:Entity` plus exactly one of these type labels. */
export const ENTITY_TYPES = [
  "Strategy",
  "Area",
  "Project",
  "Enterprise",
  "Institution",
  "Industry",
  "Platform",
  "Person",
  "Event",
  "Policy",
  "Indicator",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * Relationship types between entities, each read "(from)-[TYPE]->(to)":
 * - LOCATED_IN: a project, organisation or platform is (or settles, 落户/位于) in an area
 * - PART_OF: an area or platform is part of a larger area or of a strategy's territory
 * - SERVES: a project serves / supports a strategy or area (服务/助力/支撑)
 * - PROMOTES: a strategy or area develops an industry (发展/培育/壮大)
 * - BELONGS_TO: an enterprise, project or platform belongs to an industry
 * - RELIES_ON: something is built relying on something else (依托)
 * - INTRODUCED: an area, platform or the district brought in an enterprise, institution or project (引进/招引/集聚)
 * - HEADQUARTERED_IN: an enterprise's headquarters is in an area (总部)
 * - BUILDS: an organisation or area builds / creates a project or platform (建设/打造)
 * - OPERATES: an organisation runs a platform or project (运营)
 * - PARTNERS_WITH: two organisations signed or cooperate (签约/合作)
 * - LEADS: a person leads an organisation or team (带领/负责)
 * - HOSTS: a platform or building houses an organisation (入驻)
 */
export const RELATION_TYPES = [
  "LOCATED_IN",
  "PART_OF",
  "SERVES",
  "PROMOTES",
  "BELONGS_TO",
  "RELIES_ON",
  "INTRODUCED",
  "HEADQUARTERED_IN",
  "BUILDS",
  "OPERATES",
  "PARTNERS_WITH",
  "LEADS",
  "HOSTS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The relationship types that tie facts to their sources and values (not entity relations: no evidence lists). */
export const STRUCTURAL_RELATION_TYPES = ["MENTIONED_IN", "IN_DOCUMENT", "HAS_VALUE", "MEASURES", "HAS_MILESTONE"] as const;

/** Whether an indicator value is a result, an expectation or a goal. */
export const VALUE_KINDS = ["actual", "estimate", "target"] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * What a value measures over time: a running total at a point (stock), what was added in the period (flow),
 * a growth rate, a share of a whole, or a level that is none of these (e.g. GDP). One series per measure.
 */
export const MEASURES = ["stock", "flow", "rate", "share", "level"] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Periods as stored in `period` on IndicatorValue and Milestone: "2023" (the year), "2023-Q1",
 * "2023-Q1..Q3", "2023-01..11", "2023-11" (parts of a year), "2021..2023" (a span), "..2023" (a span with
 * an unstated start). A part of a year never joins a series of whole years.
 */
export const isPartialPeriodText = (period: string): boolean => /^\d{4}-/u.test(period);

/** Project milestones, in the order a project normally passes them. */
export const EVENT_STATUSES = [
  "planned",
  "signed",
  "relocation_done",
  "started",
  "under_construction",
  "completed",
  "opened",
  "in_operation",
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Document kinds in the corpus manifest. */
export const DOCUMENT_KINDS = ["news_feature", "government_work_report", "other"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** When a fact holds, as read from its sentence (or, when it says nothing, its heading or document). */
export interface FactPeriod {
  /** The (last) year of the period: kept for readers that only know years. */
  readonly year: number | null;
  /** The stored period, e.g. "2023", "2023-Q1", "2023-01..11", "2021..2023"; null when unknown. */
  readonly period: string | null;
  /** The time words it was read from ("前三季度", "2023年以来"); "" when taken from the document's date. */
  readonly periodText: string;
  /** True when the sentence states no period. */
  readonly periodInferred: boolean;
}

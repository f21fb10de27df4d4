/** What the explorer shows, independent of the GraphQL shapes it is read from (see `explorer-queries.ts`). */

/** Where a fact was read. */
export interface EvidenceView {
  readonly quote: string;
  readonly documentTitle: string;
  readonly publishedAt: string | null;
}

/** An entity as a node of the drawing. */
export interface NodeView {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

/** A relation as an edge of the drawing, with its evidence. */
export interface EdgeView {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly year: number | null;
  readonly evidence: readonly EvidenceView[];
}

/** The part of the graph around one entity. */
export interface NeighbourhoodView {
  readonly center: NodeView;
  readonly nodes: readonly NodeView[];
  readonly edges: readonly EdgeView[];
}

/** One relation of the selected entity, seen from it. */
export interface RelationView {
  readonly type: string;
  readonly direction: "out" | "in";
  readonly other: NodeView;
  /** The other entity's aliases (highlighted in the evidence too). */
  readonly otherAliases: readonly string[];
  readonly year: number | null;
  readonly evidence: readonly EvidenceView[];
}

/** The selected entity with everything the side panel lists. */
export interface EntityView extends NodeView {
  readonly aliases: readonly string[];
  readonly relations: readonly RelationView[];
}

/** A step in a project's history. */
export interface MilestoneView {
  readonly status: string;
  readonly year: number | null;
  readonly period: string | null;
  readonly periodText: string;
  readonly periodInferred: boolean;
  readonly evidence: readonly EvidenceView[];
}

/** One indicator value. */
export interface SeriesPointView {
  readonly year: number | null;
  /** "2023", "2023-Q1", "2021..2023"…; null when unknown. */
  readonly period: string | null;
  /** The time words it was read from ("前三季度"); "" when the document's date supplied the period. */
  readonly periodText: string;
  readonly periodInferred: boolean;
  readonly measure: string;
  readonly partial: boolean;
  readonly value: number;
  readonly unit: string;
  readonly kind: string;
  readonly subject: string | null;
  /** The figure shown for its year and kind when documents disagree (the others are listed, not drawn). */
  readonly primary: boolean;
  readonly evidence: readonly EvidenceView[];
}

/** One series: a subject's metric in one measure and unit, over whole years or over parts of years. */
export interface SeriesLineView {
  readonly subject: string | null;
  readonly measure: string;
  readonly unit: string;
  readonly partial: boolean;
  readonly points: readonly SeriesPointView[];
}

/** A search hit. */
export interface SearchHitView extends NodeView {
  readonly aliases: readonly string[];
}

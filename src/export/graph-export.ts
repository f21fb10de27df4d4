/** What `kg export` writes: the graph as plain records, every list sorted by id so two exports are byte-identical. */

/** One sentence that states a fact. */
export interface ExportEvidence {
  readonly documentId: string;
  readonly documentTitle: string;
  /** "" when the document's date is unknown. */
  readonly publishedAt: string;
  readonly sentenceId: string;
  readonly quote: string;
  readonly rule: string;
}

/** A source text. */
export interface ExportDocument {
  readonly id: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly kind: string;
  readonly source: string;
  readonly sha256: string;
  readonly charCount: number;
  readonly sentenceCount: number;
}

/** A real-world thing. */
export interface ExportEntity {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly en: readonly string[];
  readonly source: string;
  /** Sentences that mention it, over all documents. */
  readonly mentionCount: number;
  readonly documentIds: readonly string[];
}

/** An entity-to-entity relation; its id is `from|TYPE|to`. */
export interface ExportRelation {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly fromName: string;
  readonly toName: string;
  readonly year: number | null;
  readonly evidence: readonly ExportEvidence[];
}

/** How often an entity is mentioned in a document; its id is `entity|document`. */
export interface ExportMention {
  readonly id: string;
  readonly entityId: string;
  readonly documentId: string;
  readonly count: number;
}

/** One number a document states. */
export interface ExportIndicatorValue {
  readonly id: string;
  readonly subjectId: string;
  readonly subjectName: string;
  /** The :Indicator entity it MEASURES, when there is one. */
  readonly indicatorId: string | null;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly year: number | null;
  readonly kind: string;
  readonly evidence: readonly ExportEvidence[];
}

/** A step in a project's history. */
export interface ExportMilestone {
  readonly id: string;
  readonly projectId: string;
  readonly projectName: string;
  readonly status: string;
  readonly year: number | null;
  readonly evidence: readonly ExportEvidence[];
}

/** The whole export. */
export interface GraphExport {
  readonly documents: readonly ExportDocument[];
  readonly entities: readonly ExportEntity[];
  readonly relations: readonly ExportRelation[];
  readonly mentions: readonly ExportMention[];
  readonly indicatorValues: readonly ExportIndicatorValue[];
  readonly milestones: readonly ExportMilestone[];
}

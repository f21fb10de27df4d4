/**
 * The data that flows through the ingest pipeline, one stage to the next.
 * Offsets are always UTF-16 indexes into `SourceDocument.text` (the decoded original),
 * so every fact can point back to the exact characters it came from.
 */
import type { DocumentKind, EntityType, EventStatus, FactPeriod, Measure, RelationType, ValueKind } from "../src/graph/contract.ts";

export type { FactPeriod };

/** Metadata of a document, from the manifest, front-matter or flags. */
export interface DocumentMeta {
  readonly id: string;
  readonly title: string;
  /** ISO date, `YYYY-MM-DD` or `YYYY-MM` or `YYYY`; null when neither metadata nor text tells. */
  readonly publishedAt: string | null;
  readonly kind: DocumentKind;
  readonly source: string;
  /** The place the document reports on (龙山区), from metadata or its own words; null when neither tells. */
  readonly place: string | null;
}

/** A decoded document: the original text as read from disk. */
export interface SourceDocument extends DocumentMeta {
  readonly text: string;
  readonly sha256: string;
  /** The encoding it was decoded from, e.g. "utf-8", "gb18030". */
  readonly encoding: string;
}

/** Cleaned text plus, for every character of it, the offset of the original character it came from. */
export interface NormalizedText {
  readonly text: string;
  /** `origin[i]` is the offset in the original of normalized character i; length = text.length + 1 (end sentinel). */
  readonly origin: readonly number[];
  /** Spans of `text` that are photo captions, bylines or similar, kept apart from the body. */
  readonly asides: readonly TextSpan[];
}

/** A half-open span [start, end) in some text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** One sentence of the normalized text. */
export interface Sentence {
  readonly index: number;
  readonly text: string;
  /** Span in the normalized text. */
  readonly start: number;
  readonly end: number;
  /** Span in the original text. */
  readonly originalStart: number;
  readonly originalEnd: number;
  /** The nearest heading above (e.g. "（三）坚持项目为王"), or null. */
  readonly heading: string | null;
  /** True for captions, bylines and headings themselves: they name things but state no facts. */
  readonly isAside: boolean;
}

/** How a mention was found. */
export type MentionSource = "lexicon" | "pattern" | "quoted" | "segmenter";

/** A name found in a sentence, before resolution. */
export interface Mention {
  readonly sentenceIndex: number;
  readonly surface: string;
  /** Span in the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly source: MentionSource;
  /** Canonical name when the lexicon knows it. */
  readonly canonical: string | null;
}

/** A resolved entity: one real-world thing. */
export interface Entity {
  /** Stable id: same type and canonical name give the same id across rebuilds. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Every other name: curated aliases, English names, surface forms seen; sorted, without `name`. */
  readonly aliases: readonly string[];
  readonly en: readonly string[];
  readonly source: "lexicon" | "pattern";
}

/** A mention tied to its entity. */
export interface ResolvedMention extends Mention {
  readonly entityId: string;
}

/** Where a fact was read: the sentence and the rule that read it. */
export interface Evidence {
  readonly documentId: string;
  readonly sentenceIndex: number;
  readonly quote: string;
  /** Which rule or trigger produced the fact, e.g. "trigger:依托". */
  readonly rule: string;
}

/** A typed relation between two entities, read from one sentence. */
export interface RelationFact {
  readonly type: RelationType;
  readonly fromId: string;
  readonly toId: string;
  /** The year the sentence speaks of, when it says. */
  readonly year: number | null;
  readonly evidence: Evidence;
}


/** A number read from a sentence: a metric's value for a subject in a period. */
export interface IndicatorFact extends FactPeriod {
  readonly subjectId: string;
  /** Canonical metric name, e.g. "地区生产总值". */
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly kind: ValueKind;
  /** Stock, flow, rate, share or level: values of different measures are different series. */
  readonly measure: Measure;
  readonly evidence: Evidence;
}

/** A project milestone read from a sentence. */
export interface EventFact extends FactPeriod {
  readonly projectId: string;
  readonly status: EventStatus;
  readonly evidence: Evidence;
}

/** Everything extracted from one document, ready to load. */
export interface ExtractedDocument {
  readonly document: SourceDocument;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly mentions: readonly ResolvedMention[];
  readonly relations: readonly RelationFact[];
  readonly indicators: readonly IndicatorFact[];
  readonly events: readonly EventFact[];
  readonly warnings: readonly string[];
}

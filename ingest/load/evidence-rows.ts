/**
 * Turns extracted facts into flat rows for UNWIND, each carrying its evidence denormalized
 * (quote, document id, title, date), so that every relationship or value holds its sources
 * directly and a researcher needs no hop to read them.
 */
import { stableId } from "../../src/graph/ids.ts";
import { int } from "./neo4j-int.ts";
import type { Evidence, ExtractedDocument, FactPeriod } from "../model.ts";

/** The evidence columns stored on every relationship, IndicatorValue and Milestone, as parallel lists. */
export interface EvidenceRow {
  readonly quote: string;
  readonly documentId: string;
  readonly documentTitle: string;
  /** "" when the date is unknown: Neo4j lists cannot hold null. */
  readonly publishedAt: string;
  readonly sentenceId: string;
  readonly rule: string;
}

/** Id of a sentence node: document id and sentence index. */
export function sentenceId(documentId: string, index: number): string {
  return `${documentId}#${index}`;
}

/** The evidence row for one fact of `doc`. */
export function evidenceRow(doc: ExtractedDocument, evidence: Evidence): EvidenceRow {
  return {
    quote: evidence.quote,
    documentId: doc.document.id,
    documentTitle: doc.document.title,
    publishedAt: doc.document.publishedAt ?? "",
    sentenceId: sentenceId(evidence.documentId, evidence.sentenceIndex),
    rule: evidence.rule,
  };
}

/** Relation rows grouped by type; the same fact read twice from one sentence counts once. */
export function relationRows(doc: ExtractedDocument) {
  const seen = new Set<string>();
  const rows = [];
  for (const fact of doc.relations) {
    const key = [fact.type, fact.fromId, fact.toId, fact.evidence.sentenceIndex].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ type: fact.type, fromId: fact.fromId, toId: fact.toId, year: int(fact.year), evidence: evidenceRow(doc, fact.evidence) });
  }
  return rows;
}

/** The period columns of a value or milestone (absent `period` when unknown). */
function periodColumns(fact: FactPeriod) {
  return { year: int(fact.year), period: fact.period, periodText: fact.periodText, periodInferred: fact.periodInferred };
}

/** Indicator value rows: one node per subject, metric, period, kind, measure, value and unit: a series point. */
export function indicatorRows(doc: ExtractedDocument) {
  const seen = new Set<string>();
  const rows = [];
  for (const fact of doc.indicators) {
    const id = `v-${stableId(fact.subjectId, fact.metric, fact.period ?? "?", fact.kind, fact.measure, String(fact.value), fact.unit)}`;
    const key = `${id}|${fact.evidence.sentenceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      id,
      subjectId: fact.subjectId,
      metric: fact.metric,
      value: fact.value,
      unit: fact.unit,
      ...periodColumns(fact),
      kind: fact.kind,
      measure: fact.measure,
      evidence: evidenceRow(doc, fact.evidence),
    });
  }
  return rows;
}

/** Milestone rows: one node per project, status and period. */
export function milestoneRows(doc: ExtractedDocument) {
  const seen = new Set<string>();
  const rows = [];
  for (const fact of doc.events) {
    const id = `m-${stableId(fact.projectId, fact.status, fact.period ?? "?")}`;
    const key = `${id}|${fact.evidence.sentenceIndex}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({ id, projectId: fact.projectId, status: fact.status, ...periodColumns(fact), evidence: evidenceRow(doc, fact.evidence) });
  }
  return rows;
}

/**
 * CSV tables for pandas: documents, entities, relations, mentions, indicator-values, milestones, and one
 * evidence table for all facts (`factId` → relations.id, indicator-values.id or milestones.id). Lists inside a
 * cell are joined with "|".
 */
import { csvField } from "../cypher-tools/format-csv.ts";
import type { GraphExport } from "./graph-export.ts";

type Cell = string | number | null | readonly string[];

/** File name → CSV text. */
export function writeCsvFiles(graph: GraphExport): ReadonlyMap<string, string> {
  const evidence: Cell[][] = [];
  const facts = [
    ...graph.relations.map((f) => ({ id: f.id, factKind: "relation", evidence: f.evidence })),
    ...graph.indicatorValues.map((f) => ({ id: f.id, factKind: "indicatorValue", evidence: f.evidence })),
    ...graph.milestones.map((f) => ({ id: f.id, factKind: "milestone", evidence: f.evidence })),
  ];
  for (const fact of facts) {
    for (const e of fact.evidence) evidence.push([fact.id, fact.factKind, e.documentId, e.documentTitle, e.publishedAt, e.sentenceId, e.rule, e.quote]);
  }
  return new Map([
    ["documents.csv", table(["id", "title", "publishedAt", "kind", "source", "sha256", "charCount", "sentenceCount"], graph.documents.map((d) => [d.id, d.title, d.publishedAt, d.kind, d.source, d.sha256, d.charCount, d.sentenceCount]))],
    ["entities.csv", table(["id", "name", "type", "aliases", "en", "source", "mentionCount", "documentIds"], graph.entities.map((e) => [e.id, e.name, e.type, e.aliases, e.en, e.source, e.mentionCount, e.documentIds]))],
    [
      "relations.csv",
      table(
        ["id", "type", "from", "to", "fromName", "toName", "year", "evidenceCount", "documentIds"],
        graph.relations.map((r) => [r.id, r.type, r.from, r.to, r.fromName, r.toName, r.year, r.evidence.length, [...new Set(r.evidence.map((e) => e.documentId))]]),
      ),
    ],
    ["mentions.csv", table(["id", "entityId", "documentId", "count"], graph.mentions.map((m) => [m.id, m.entityId, m.documentId, m.count]))],
    [
      "indicator-values.csv",
      table(
        ["id", "subjectId", "subjectName", "indicatorId", "metric", "value", "unit", "year", "kind", "evidenceCount"],
        graph.indicatorValues.map((v) => [v.id, v.subjectId, v.subjectName, v.indicatorId, v.metric, v.value, v.unit, v.year, v.kind, v.evidence.length]),
      ),
    ],
    ["milestones.csv", table(["id", "projectId", "projectName", "status", "year", "evidenceCount"], graph.milestones.map((m) => [m.id, m.projectId, m.projectName, m.status, m.year, m.evidence.length]))],
    ["evidence.csv", table(["factId", "factKind", "documentId", "documentTitle", "publishedAt", "sentenceId", "rule", "quote"], evidence)],
  ]);
}

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.join(",")];
  for (const row of rows) lines.push(row.map((cell) => csvField(cellText(cell))).join(","));
  return `${lines.join("\n")}\n`;
}

function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(cell);
  return cell.join("|");
}

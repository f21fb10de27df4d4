/**
 * GraphML for Gephi and networkx (`nx.read_graphml`): one directed graph whose nodes are entities, documents,
 * indicator values and milestones, and whose edges are the entity relations (with their evidence), mentions
 * (entity → document, weight = sentences), HAS_VALUE, MEASURES and HAS_MILESTONE. Lists are joined with " | ";
 * the full evidence of an edge is also kept as JSON in `evidence`.
 */
import type { ExportEvidence, GraphExport } from "./graph-export.ts";
import { xmlText } from "./xml-text.ts";

type KeyType = "string" | "int" | "double";
interface Key {
  readonly id: string;
  readonly for: "node" | "edge";
  readonly type: KeyType;
}

const KEYS: readonly Key[] = [
  { id: "label", for: "node", type: "string" },
  { id: "kind", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "aliases", for: "node", type: "string" },
  { id: "en", for: "node", type: "string" },
  { id: "source", for: "node", type: "string" },
  { id: "mentionCount", for: "node", type: "int" },
  { id: "publishedAt", for: "node", type: "string" },
  { id: "documentKind", for: "node", type: "string" },
  { id: "metric", for: "node", type: "string" },
  { id: "value", for: "node", type: "double" },
  { id: "unit", for: "node", type: "string" },
  { id: "valueKind", for: "node", type: "string" },
  { id: "status", for: "node", type: "string" },
  { id: "year", for: "node", type: "int" },
  { id: "documentIds", for: "node", type: "string" },
  { id: "quotes", for: "node", type: "string" },
  { id: "relation", for: "edge", type: "string" },
  { id: "weight", for: "edge", type: "double" },
  { id: "edgeYear", for: "edge", type: "int" },
  { id: "evidenceCount", for: "edge", type: "int" },
  { id: "edgeDocumentIds", for: "edge", type: "string" },
  { id: "edgeQuotes", for: "edge", type: "string" },
  { id: "evidence", for: "edge", type: "string" },
];

type Data = Readonly<Record<string, string | number | null | undefined>>;

/** The whole graph as one GraphML document. */
export function writeGraphml(graph: GraphExport): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of KEYS) out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${attrName(k)}" attr.type="${k.type}"/>`);
  out.push('  <graph id="shizhong-kg" edgedefault="directed">');
  for (const d of graph.documents) {
    node(out, d.id, { label: d.title, kind: "document", publishedAt: d.publishedAt, documentKind: d.kind, source: d.source });
  }
  for (const e of graph.entities) {
    node(out, e.id, {
      label: e.name,
      kind: "entity",
      type: e.type,
      aliases: e.aliases.join(" | "),
      en: e.en.join(" | "),
      source: e.source,
      mentionCount: e.mentionCount,
      documentIds: e.documentIds.join(" | "),
    });
  }
  for (const v of graph.indicatorValues) {
    node(out, v.id, {
      label: `${v.metric} ${v.value}${v.unit}${v.year === null ? "" : ` (${v.year})`}`,
      kind: "indicatorValue",
      metric: v.metric,
      value: v.value,
      unit: v.unit,
      valueKind: v.kind,
      year: v.year,
      ...evidenceData(v.evidence, "node"),
    });
  }
  for (const m of graph.milestones) {
    node(out, m.id, { label: `${m.projectName}: ${m.status}`, kind: "milestone", status: m.status, year: m.year, ...evidenceData(m.evidence, "node") });
  }
  for (const r of graph.relations) {
    edge(out, r.id, r.from, r.to, { relation: r.type, weight: r.evidence.length, edgeYear: r.year, ...evidenceData(r.evidence, "edge") });
  }
  for (const m of graph.mentions) edge(out, m.id, m.entityId, m.documentId, { relation: "MENTIONED_IN", weight: m.count });
  for (const v of graph.indicatorValues) {
    edge(out, `${v.subjectId}|HAS_VALUE|${v.id}`, v.subjectId, v.id, { relation: "HAS_VALUE", weight: 1 });
    if (v.indicatorId !== null) edge(out, `${v.id}|MEASURES|${v.indicatorId}`, v.id, v.indicatorId, { relation: "MEASURES", weight: 1 });
  }
  for (const m of graph.milestones) edge(out, `${m.projectId}|HAS_MILESTONE|${m.id}`, m.projectId, m.id, { relation: "HAS_MILESTONE", weight: 1 });
  out.push("  </graph>", "</graphml>");
  return `${out.join("\n")}\n`;
}

// Node and edge keys share GraphML's attribute namespace per element, so edge twins get their plain name back.
function attrName(key: Key): string {
  const twins: Record<string, string> = { edgeYear: "year", edgeDocumentIds: "documentIds", edgeQuotes: "quotes" };
  return twins[key.id] ?? key.id;
}

function evidenceData(evidence: readonly ExportEvidence[], on: "node" | "edge"): Data {
  const documentIds = [...new Set(evidence.map((e) => e.documentId))].join(" | ");
  const quotes = evidence.map((e) => e.quote).join(" | ");
  return on === "node"
    ? { documentIds, quotes }
    : { evidenceCount: evidence.length, edgeDocumentIds: documentIds, edgeQuotes: quotes, evidence: JSON.stringify(evidence) };
}

function node(out: string[], id: string, data: Data): void {
  out.push(`    <node id="${xmlText(id)}">`, ...dataLines(data), "    </node>");
}

function edge(out: string[], id: string, source: string, target: string, data: Data): void {
  out.push(`    <edge id="${xmlText(id)}" source="${xmlText(source)}" target="${xmlText(target)}">`, ...dataLines(data), "    </edge>");
}

function dataLines(data: Data): string[] {
  const lines: string[] = [];
  for (const k of KEYS) {
    const value = data[k.id];
    if (value === null || value === undefined || value === "") continue;
    const text = k.type === "int" ? String(Math.trunc(Number(value))) : String(value);
    lines.push(`      <data key="${k.id}">${xmlText(text)}</data>`);
  }
  return lines;
}

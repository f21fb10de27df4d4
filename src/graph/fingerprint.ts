/**
 * A graph fingerprint: sha256 over a canonical, sorted dump of every node and relationship
 * (evidence lists sorted as tuples), so two builds can be compared by one string regardless
 * of the order in which documents were loaded.
 */
import { createHash } from "node:crypto";
import type { Db } from "../db/index.ts";
import { isFact } from "./bookkeeping.ts";

/** Counts and fingerprint of the graph (bookkeeping nodes — Migration, GraphVersion, IngestLock — excluded). */
export interface GraphFingerprint {
  readonly sha256: string;
  readonly nodes: number;
  readonly relationships: number;
}

const EVIDENCE_KEYS = ["evidenceDocumentIds", "evidenceSentenceIds", "evidenceQuotes", "evidenceDocumentTitles", "evidencePublishedAts", "evidenceRules", "evidenceYears"];

/** Computes the fingerprint of the whole graph. */
export async function fingerprintGraph(db: Db): Promise<GraphFingerprint> {
  const { lines, nodes, relationships } = await canonicalGraph(db);
  const sha256 = createHash("sha256").update(lines.join("\n")).digest("hex");
  return { sha256, nodes, relationships };
}

/** The sorted canonical lines the fingerprint hashes, one per node and relationship: what tests diff when two fingerprints differ. */
export async function canonicalGraph(db: Db): Promise<{ lines: string[]; nodes: number; relationships: number }> {
  const nodes = await db.rows<{ key: string; labels: string[]; props: Record<string, unknown> }>({
    cypher: `MATCH (n) WHERE ${isFact("n")}
             RETURN coalesce(n.id, elementId(n)) AS key, labels(n) AS labels, properties(n) AS props`,
  });
  const rels = await db.rows<{ from: string; to: string; type: string; props: Record<string, unknown> }>({
    cypher: `MATCH (a)-[r]->(b) WHERE ${isFact("a")}
             RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props`,
  });
  const lines = [
    ...nodes.map((n) => `N ${n.key} ${[...n.labels].sort().join(":")} ${canonical(n.props)}`),
    ...rels.map((r) => `R ${r.from} ${r.type} ${r.to} ${canonical(r.props)}`),
  ].sort();
  return { lines, nodes: nodes.length, relationships: rels.length };
}

function canonical(props: Record<string, unknown>): string {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(props).sort()) if (!EVIDENCE_KEYS.includes(key)) rest[key] = props[key];
  const lists = EVIDENCE_KEYS.map((k) => props[k]).filter(Array.isArray) as unknown[][];
  if (lists.length > 0 && lists[0]) {
    // Evidence order depends on load order; sort the evidence as tuples so it does not.
    rest.evidence = lists[0].map((_, i) => lists.map((l) => l[i])).map((t) => JSON.stringify(t)).sort();
  }
  return JSON.stringify(rest);
}

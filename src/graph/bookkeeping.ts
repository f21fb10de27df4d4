/**
 * Bookkeeping nodes: not facts of the documents, so fingerprints and counts leave them out and a rebuild keeps them.
 * - `:Migration` — schema files applied (src/db/migrations.ts)
 * - `:GraphVersion` — one node whose `version` grows with every write to the graph (ingest/load/graph-version.ts)
 * - `:IngestLock` — present only while an ingest or removal runs (ingest/load/ingest-lock.ts)
 */
export const BOOKKEEPING_LABELS = ["Migration", "GraphVersion", "IngestLock"] as const;

/** A Cypher predicate that is true when node `n` is not bookkeeping, e.g. `MATCH (n) WHERE ${isFact("n")}`. */
export function isFact(n: string): string {
  return `NOT (${BOOKKEEPING_LABELS.map((label) => `${n}:${label}`).join(" OR ")})`;
}

/** Node counts by label and relationship counts by type: what `kg ingest` and `kg db status` print. */
import type { Db } from "../db/index.ts";
import { isFact } from "./bookkeeping.ts";

/** Counts of the graph, keys sorted. */
export interface GraphCounts {
  readonly labels: Record<string, number>;
  readonly relationships: Record<string, number>;
}

/** Counts every label and relationship type. */
export async function graphCounts(db: Db): Promise<GraphCounts> {
  const labels = await db.rows<{ label: string; n: number }>({
    cypher: `MATCH (n) WHERE ${isFact("n")} UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
  });
  const rels = await db.rows<{ type: string; n: number }>({
    cypher: "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
  });
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
  };
}

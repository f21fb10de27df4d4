/**
 * The graph version: one node `(:GraphVersion {id: "graph"})` whose integer `version` grows by one in the
 * same transaction as every document load, every removal and every rebuild. Readers (the API's response
 * cache) compare it to know whether the graph changed; it says nothing about what changed.
 */
import type { ManagedTransaction } from "neo4j-driver";

/** The id of the single GraphVersion node. */
export const GRAPH_VERSION_ID = "graph";

/** Increments the graph version inside `tx`; creates the node (version 1) on first use. */
export async function bumpGraphVersion(tx: ManagedTransaction): Promise<void> {
  await tx.run(
    `MERGE (g:GraphVersion {id: $id})
     SET g.version = coalesce(g.version, 0) + 1`,
    { id: GRAPH_VERSION_ID },
  );
}

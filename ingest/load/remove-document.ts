/** The way back: remove one document and the facts only it supported, or empty the graph for a rebuild. */
import type { Db } from "../../src/db/index.ts";
import { isFact } from "../../src/graph/bookkeeping.ts";
import { removeDocumentQueries } from "./document-queries.ts";
import { bumpGraphVersion } from "./graph-version.ts";

/**
 * Removes document `documentId` in one transaction: its sentences and mentions, its evidence on every fact
 * (facts that other documents also state keep theirs), the facts and entities nothing else supports.
 * Returns false, and changes nothing, when the graph has no such document.
 */
export async function removeDocument(db: Db, documentId: string): Promise<boolean> {
  return db.writeTransaction(async (tx) => {
    const found = await tx.run("MATCH (d:Document {id: $documentId}) RETURN d.id AS id", { documentId });
    if (found.records.length === 0) return false;
    for (const query of removeDocumentQueries(documentId)) await tx.run(query.cypher, query.params ?? {});
    await bumpGraphVersion(tx);
    return true;
  });
}

/** Deletes every fact of the graph in one transaction; bookkeeping (migrations, graph version, lock) stays. */
export async function emptyGraph(db: Db): Promise<void> {
  await db.writeTransaction(async (tx) => {
    await tx.run(`MATCH (n) WHERE ${isFact("n")} DETACH DELETE n`);
    await bumpGraphVersion(tx);
  });
}

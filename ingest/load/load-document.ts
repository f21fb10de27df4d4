/** Writes one document in one transaction: its old facts out, its new facts in, or nothing at all. */
import type { Db } from "../../src/db/index.ts";
import type { ExtractedDocument } from "../model.ts";
import { removeDocumentQueries, writeDocumentQueries } from "./document-queries.ts";

/** Writes document `doc` atomically, replacing its earlier version when `replaces` says there is one. */
export async function loadDocument(db: Db, doc: ExtractedDocument, extractorHash: string, replaces: boolean): Promise<void> {
  // A new document has nothing to remove: skipping the removal scan keeps large loads linear.
  const queries = [...(replaces ? removeDocumentQueries(doc.document.id) : []), ...writeDocumentQueries(doc, extractorHash)];
  await db.writeTransaction(async (tx) => {
    for (const query of queries) await tx.run(query.cypher, query.params ?? {});
  });
}

/** What the graph holds about a document: used to skip documents whose text and extractor are unchanged. */
export async function loadedDocuments(db: Db): Promise<Map<string, { sha256: string; extractorHash: string }>> {
  const rows = await db.rows<{ id: string; sha256: string; extractorHash: string }>({
    cypher: "MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha256, d.extractorHash AS extractorHash",
  });
  return new Map(rows.map((r) => [r.id, { sha256: r.sha256, extractorHash: r.extractorHash }]));
}

/** Writes one document in one transaction: its old facts out, its new facts in, or nothing at all. */
import type { Db } from "../../src/db/index.ts";
import type { ExtractedDocument } from "../model.ts";
import type { LexiconIndex } from "../operations/names/lexicon.ts";
import { removeDocumentQueries, writeDocumentQueries, type CuratedAliasesOf } from "./document-queries.ts";
import { bumpGraphVersion } from "./graph-version.ts";

/** Writes document `doc` atomically, replacing its earlier version when `replaces` says there is one. */
export async function loadDocument(db: Db, doc: ExtractedDocument, extractorHash: string, replaces: boolean, curatedAliasesOf?: CuratedAliasesOf): Promise<void> {
  // A new document has nothing to remove: skipping the removal scan keeps large loads linear.
  const queries = [...(replaces ? removeDocumentQueries(doc.document.id) : []), ...writeDocumentQueries(doc, extractorHash, curatedAliasesOf)];
  await db.writeTransaction(async (tx) => {
    for (const query of queries) await tx.run(query.cypher, query.params ?? {});
    await bumpGraphVersion(tx);
  });
}

/** What the graph holds about a document: used to skip documents whose text and extractor are unchanged. */
export async function loadedDocuments(db: Db): Promise<Map<string, LoadedDocument>> {
  const rows = await db.rows<LoadedDocument & { id: string }>({
    cypher: `MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha256, d.extractorHash AS extractorHash,
             d.title AS title, d.publishedAt AS publishedAt, d.kind AS kind, d.place AS place`,
  });
  return new Map(rows.map(({ id, ...rest }) => [id, rest]));
}

/** The stored version of a document: enough to tell whether a new read of it changes anything. */
export interface LoadedDocument {
  readonly sha256: string;
  readonly extractorHash: string;
  readonly title: string;
  readonly publishedAt: string | null;
  readonly kind: string;
  readonly place: string | null;
}

/** True when the graph already holds exactly this document: same file bytes, metadata and extractor. */
export function isUnchanged(previous: LoadedDocument | undefined, d: Omit<LoadedDocument, "extractorHash">, extractorHash: string): boolean {
  return (
    previous !== undefined &&
    previous.sha256 === d.sha256 &&
    previous.extractorHash === extractorHash &&
    previous.title === d.title &&
    previous.publishedAt === d.publishedAt &&
    previous.kind === d.kind &&
    previous.place === d.place
  );
}

/**
 * Curated aliases from the curated list itself, not from what one document saw: an entity's `curatedAliases` then
 * do not depend on which document was loaded last, and removing a document leaves what a build without it gives.
 */
export function curatedAliasesFrom(lexicon: LexiconIndex): CuratedAliasesOf {
  return (entity) => {
    const entry = lexicon.lookup(entity.name);
    return entry !== undefined && entry.name === entity.name && entry.type === entity.type ? [...new Set(entry.aliases)].filter((a) => a !== entity.name).sort() : [];
  };
}

import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { fingerprintGraph } from "../../../src/graph/fingerprint.ts";
import { SILENT } from "../../../ingest/progress.ts";
import { loadResources, type ExtractorResources } from "../../../ingest/resources.ts";
import { runIngest } from "../../../ingest/run-ingest.ts";
import { manifestInputs, type DocumentInput } from "../../../ingest/stages/read-documents.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

describe("loading the corpus", () => {
  let db: Db;
  let resources: ExtractorResources;
  let corpus: DocumentInput[];
  beforeAll(async () => {
    db = await openTestDb();
    resources = await loadResources();
    corpus = await manifestInputs();
    const report = await ingestCorpus(db);
    expect(report.failed).toBe(0);
  });
  afterAll(async () => db.close());

  it("loads all five documents with their sentences", async () => {
    const docs = await db.rows<{ id: string; sentences: number; declared: number }>({
      cypher: "MATCH (d:Document) OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d) RETURN d.id AS id, count(s) AS sentences, d.sentenceCount AS declared ORDER BY id",
    });
    expect(docs).toHaveLength(5);
    for (const d of docs) {
      expect(d.sentences).toBeGreaterThan(20);
      expect(d.sentences).toBe(d.declared);
    }
  });

  it("gives every relationship and value its evidence, one hop from quote, title and date", async () => {
    const [row] = await db.rows<{ facts: number; bad: number }>({
      cypher: `MATCH (a:Entity)-[r]->(b:Entity)
               WITH r, size(r.evidenceQuotes) AS n
               RETURN count(r) AS facts,
                      count(CASE WHEN n = 0 OR size(r.evidenceDocumentTitles) <> n OR size(r.evidencePublishedAts) <> n
                                   OR size(r.evidenceSentenceIds) <> n OR size(r.evidenceRules) <> n THEN 1 END) AS bad`,
    });
    expect(row?.facts).toBeGreaterThan(50);
    expect(row?.bad).toBe(0);
    const values = await db.rows<{ quote: string; title: string; sentence: string }>({
      cypher: `MATCH (:Entity)-[:HAS_VALUE]->(v:IndicatorValue)
               MATCH (s:Sentence) WHERE s.id = v.evidenceSentenceIds[0]
               RETURN v.evidenceQuotes[0] AS quote, v.evidenceDocumentTitles[0] AS title, s.text AS sentence`,
    });
    expect(values.length).toBeGreaterThan(20);
    for (const v of values) {
      expect(v.quote).toBe(v.sentence);
      expect(v.title.length).toBeGreaterThan(0);
    }
  });

  it("merges a fact stated in several documents into one relationship with several pieces of evidence", async () => {
    const [row] = await db.rows<{ duplicates: number }>({
      cypher: "MATCH (a:Entity)-[r]->(b:Entity) WITH a, b, type(r) AS t, count(r) AS n WHERE n > 1 RETURN count(*) AS duplicates",
    });
    expect(row?.duplicates).toBe(0);
  });

  it("resolves name variants to one entity", async () => {
    const rows = await db.rows<{ name: string; aliases: string[] }>({
      cypher: "MATCH (e:Entity) WHERE e.name = '山东未来网络研究院' OR '未来网络研究院' IN e.aliases RETURN e.name AS name, e.aliases AS aliases",
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe("山东未来网络研究院");
  });

  it("re-ingesting unchanged input gives an identical graph, and skips the work", async () => {
    const before = await fingerprintGraph(db);
    const again = await runIngest(db, corpus, resources, { progress: SILENT });
    expect(again.documents.map((d) => d.status)).toEqual(Array(5).fill("unchanged"));
    const forced = await runIngest(db, corpus, resources, { progress: SILENT, force: true });
    expect(forced.documents.map((d) => d.status)).toEqual(Array(5).fill("loaded"));
    expect(await fingerprintGraph(db)).toEqual(before);
  });

  it("new metadata for an unchanged text reloads the document and its evidence", async () => {
    const before = await fingerprintGraph(db);
    const input = corpus[0];
    if (!input) throw new Error("empty corpus");
    const renamed = await runIngest(db, [{ ...input, title: "改过的标题" }], resources, { progress: SILENT });
    expect(renamed.documents[0]?.status).toBe("loaded");
    const [row] = await db.rows<{ title: string; stale: number }>({
      cypher: `MATCH (d:Document {id: $id})
               OPTIONAL MATCH ()-[r]->() WHERE $id IN r.evidenceDocumentIds AND NOT '改过的标题' IN r.evidenceDocumentTitles
               RETURN d.title AS title, count(r) AS stale`,
      params: { id: input.id },
    });
    expect(row).toEqual({ title: "改过的标题", stale: 0 });
    await runIngest(db, [input], resources, { progress: SILENT });
    expect(await fingerprintGraph(db)).toEqual(before);
  });

  it("a changed document replaces only its own facts", async () => {
    const before = await fingerprintGraph(db);
    const report = corpus.find((d) => d.id === "2023-work-report");
    if (!report) throw new Error("corpus lacks the work report");
    const othersBefore = await factsNotFrom(db, "2023-work-report");
    // The same document id with a shorter text: its facts shrink, nobody else's change.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "kg-changed-"));
    const shortened = path.join(dir, "report.txt");
    const text = await fs.readFile(report.path, "utf8");
    await fs.writeFile(shortened, text.slice(0, Math.floor(text.length / 3)));
    const changed = await runIngest(db, [{ ...report, path: shortened }], resources, { progress: SILENT });
    expect(changed.documents[0]?.status).toBe("loaded");
    expect(await factsNotFrom(db, "2023-work-report")).toEqual(othersBefore);
    expect((await fingerprintGraph(db)).sha256).not.toBe(before.sha256);
    // Putting the original back restores the original graph exactly.
    await runIngest(db, [report], resources, { progress: SILENT });
    expect(await fingerprintGraph(db)).toEqual(before);
  });
});

/** Every (from, type, to, quote) whose evidence comes from another document than `documentId`. */
async function factsNotFrom(db: Db, documentId: string): Promise<string[]> {
  const rows = await db.rows<{ fact: string }>({
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
             UNWIND range(0, size(r.evidenceDocumentIds) - 1) AS i
             WITH a, r, b, i WHERE r.evidenceDocumentIds[i] <> $documentId
             RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + r.evidenceQuotes[i] AS fact ORDER BY fact`,
    params: { documentId },
  });
  return rows.map((r) => r.fact);
}

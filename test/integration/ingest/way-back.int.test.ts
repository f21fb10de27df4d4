/**
 * The way back: `kg remove` takes one document out (the graph then equals the one built without it),
 * `kg ingest --rebuild` empties the graph and builds it again, and the graph version counts every write.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, type Db } from "../../../src/db/index.ts";
import { canonicalGraph, fingerprintGraph } from "../../../src/graph/fingerprint.ts";
import { removeDocument } from "../../../ingest/load/remove-document.ts";
import { SILENT } from "../../../ingest/progress.ts";
import { loadResources, type ExtractorResources } from "../../../ingest/resources.ts";
import { runIngest } from "../../../ingest/run-ingest.ts";
import { manifestInputs, type DocumentInput } from "../../../ingest/stages/read-documents.ts";
import { runKg } from "../../helpers/run-kg-cli.ts";
import { openTestDb, resetGraph } from "../../helpers/test-neo4j.ts";

describe("the way back: remove, rebuild, graph version", () => {
  let db: Db;
  let resources: ExtractorResources;
  let corpus: DocumentInput[];
  beforeAll(async () => {
    db = await openTestDb();
    await applyMigrations(db);
    resources = await loadResources();
    corpus = await manifestInputs();
  });
  afterAll(async () => db.close());

  const build = async (inputs: readonly DocumentInput[]) => {
    await resetGraph(db);
    const report = await runIngest(db, inputs, resources, { progress: SILENT });
    expect(report.failed).toBe(0);
  };
  const version = async () => (await db.rows<{ v: number | null }>({ cypher: "OPTIONAL MATCH (g:GraphVersion {id: 'graph'}) RETURN g.version AS v" }))[0]?.v ?? null;

  it("after removing any one corpus document, the graph equals the one built without it", { timeout: 600_000 }, async () => {
    expect(corpus.length).toBeGreaterThan(1);
    for (const doc of corpus) {
      const id = doc.id ?? "";
      await build(corpus);
      expect(await removeDocument(db, id)).toBe(true);
      const removed = await fingerprintGraph(db);
      const removedLines = (await canonicalGraph(db)).lines;
      await build(corpus.filter((d) => d.id !== id));
      const without = await fingerprintGraph(db);
      if (removed.sha256 !== without.sha256) {
        const withoutLines = (await canonicalGraph(db)).lines;
        const only = (a: string[], b: string[]) => a.filter((line) => !new Set(b).has(line)).slice(0, 20);
        expect({ id, afterRemoval: only(removedLines, withoutLines), builtWithout: only(withoutLines, removedLines) }).toEqual({ id, afterRemoval: [], builtWithout: [] });
      }
      expect({ id, ...removed }).toEqual({ id, ...without });
    }
  });

  it("removing a document id the graph does not hold changes nothing", async () => {
    await build(corpus.slice(0, 2));
    const before = await fingerprintGraph(db);
    const v = await version();
    expect(await removeDocument(db, "no-such-document")).toBe(false);
    expect(await fingerprintGraph(db)).toEqual(before);
    expect(await version()).toBe(v);
  });

  it("the graph version grows with every document load and removal, in the same transaction", async () => {
    await resetGraph(db);
    expect(await version()).toBeNull();
    await runIngest(db, corpus.slice(0, 2), resources, { progress: SILENT });
    expect(await version()).toBe(2);
    const unchanged = await runIngest(db, corpus.slice(0, 2), resources, { progress: SILENT });
    expect(unchanged.documents.map((d) => d.status)).toEqual(["unchanged", "unchanged"]);
    expect(await version()).toBe(2); // nothing written, nothing bumped
    await removeDocument(db, corpus[0]?.id ?? "");
    expect(await version()).toBe(3);
    const [node] = await db.rows<{ n: number }>({ cypher: "MATCH (g:GraphVersion) RETURN count(g) AS n" });
    expect(node?.n).toBe(1);
  });

  it("kg remove takes a document by id or by path, and says so when it holds no such document", { timeout: 120_000 }, async () => {
    await build(corpus);
    const [first, second] = corpus;
    if (!first || !second) throw new Error("corpus too small");
    const byId = await runKg(["remove", first.id ?? ""]);
    expect(byId.stderr).toContain(`Removed ${first.id}`);
    expect(byId.code).toBe(0);
    const byPath = await runKg(["remove", "--json", second.path]);
    expect(byPath.code).toBe(0);
    expect(JSON.parse(byPath.stdout)).toMatchObject({ removed: second.id });
    const ids = await db.rows<{ id: string }>({ cypher: "MATCH (d:Document) RETURN d.id AS id ORDER BY id" });
    expect(ids.map((r) => r.id)).toEqual(corpus.slice(2).map((d) => d.id).sort());
    const missing = await runKg(["remove", "no-such-document"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No document "no-such-document"');
  });

  it("a rebuild empties the graph (migrations kept) and builds the inputs again", { timeout: 180_000 }, async () => {
    await build(corpus);
    const full = await canonicalGraph(db);
    await removeDocument(db, corpus[0]?.id ?? "");
    await db.run({ cypher: "CREATE (:Entity:Project {id: 'e-stray', name: '不该留下的项目', type: 'Project'})" }, "WRITE");
    const migrationsBefore = await db.rows({ cypher: "MATCH (m:Migration) RETURN m.id AS id ORDER BY id" });
    const v = (await version()) ?? 0;
    const report = await runIngest(db, corpus, resources, { rebuild: true, progress: SILENT });
    expect(report.documents.map((d) => d.status)).toEqual(Array(corpus.length).fill("loaded"));
    const rebuilt = await canonicalGraph(db);
    const only = (a: string[], b: string[]) => a.filter((line) => !new Set(b).has(line)).slice(0, 20);
    expect({ rebuilt: only(rebuilt.lines, full.lines), built: only(full.lines, rebuilt.lines) }).toEqual({ rebuilt: [], built: [] });
    expect(await db.rows({ cypher: "MATCH (m:Migration) RETURN m.id AS id ORDER BY id" })).toEqual(migrationsBefore);
    expect(await version()).toBe(v + 1 + corpus.length); // the emptying, then one per document
  });

  it("kg ingest --rebuild does it from the command line; nothing extracted, nothing emptied", { timeout: 180_000 }, async () => {
    await build(corpus.slice(0, 2));
    await db.run({ cypher: "CREATE (:Entity:Project {id: 'e-stray', name: '不该留下的项目', type: 'Project'})" }, "WRITE");
    const v = (await version()) ?? 0;
    const run = await runKg(["ingest", "--rebuild", "--json"]);
    expect(run.stderr).not.toContain("\u2716");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).documents.map((d: { status: string }) => d.status)).toEqual(Array(corpus.length).fill("loaded"));
    expect(await db.rows({ cypher: "MATCH (n:Entity {id: 'e-stray'}) RETURN n" })).toEqual([]);
    const documents = await db.rows<{ id: string }>({ cypher: "MATCH (d:Document) RETURN d.id AS id ORDER BY id" });
    expect(documents.map((d) => d.id)).toEqual(corpus.map((d) => d.id).sort());
    expect(await version()).toBe(v + 1 + corpus.length);
    // A rebuild whose inputs all fail leaves the graph as it was.
    const before = await fingerprintGraph(db);
    const failed = await runIngest(db, [{ path: "/nonexistent/report.txt" }], resources, { rebuild: true, progress: SILENT });
    expect(failed.failed).toBe(1);
    expect(await fingerprintGraph(db)).toEqual(before);
  });
});

import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { applyMigrations } from "../../../src/db/index.ts";
import { SILENT } from "../../../ingest/progress.ts";
import { loadResources, type ExtractorResources } from "../../../ingest/resources.ts";
import { runIngest } from "../../../ingest/run-ingest.ts";
import { readManifest } from "../../../ingest/stages/manifest.ts";
import { pathInputs } from "../../../ingest/stages/read-documents.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

// Sentences written for this test, not taken from the corpus.
const GOOD = "2025年，某区依托山东未来网络研究院建设了新的算力中心。全年地区生产总值达到1200亿元。";

describe("bad input: each bad document is reported, the others are loaded", () => {
  let db: Db;
  let dir: string;
  let resources: ExtractorResources;
  beforeAll(async () => {
    db = await openTestDb();
    await applyMigrations(db);
    resources = await loadResources();
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kg-bad-input-"));
  });
  afterAll(async () => {
    await db.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const write = async (name: string, data: string | Uint8Array) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, data);
    return file;
  };

  it("rejects empty, binary and oversized files by name, decodes GBK, and loads the good ones", async () => {
    const files = [
      await write("a-empty.txt", "   \n\n"),
      await write("b-binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0])),
      await write("c-gbk.txt", iconv.encode(GOOD, "gbk")),
      await write("d-huge.txt", "市中区。".repeat(2_000_000)),
      await write("e-good.md", `---\nid: good-one\ntitle: 测试文档\ndate: 2025-03-01\n---\n${GOOD}`),
    ];
    const report = await runIngest(db, await pathInputs(files), resources, { progress: SILENT });
    const byFile = Object.fromEntries(report.documents.map((d) => [path.basename(d.source), d]));
    expect(byFile["a-empty.txt"]).toMatchObject({ status: "failed", errorCode: "FILE_EMPTY" });
    expect(byFile["b-binary.txt"]).toMatchObject({ status: "failed", errorCode: "FILE_BINARY" });
    expect(byFile["d-huge.txt"]).toMatchObject({ status: "failed", errorCode: "FILE_TOO_LARGE" });
    expect(byFile["a-empty.txt"]?.error).toContain("a-empty.txt");
    expect(byFile["c-gbk.txt"]?.status).toBe("loaded");
    expect(byFile["e-good.md"]?.status).toBe("loaded");
    expect(report.failed).toBe(3);

    const docs = await db.rows<{ id: string; encoding: string; publishedAt: string | null; title: string }>({
      cypher: "MATCH (d:Document) RETURN d.id AS id, d.encoding AS encoding, d.publishedAt AS publishedAt, d.title AS title ORDER BY id",
    });
    expect(docs.map((d) => d.id)).toEqual(["c-gbk", "good-one"]);
    expect(docs[0]?.encoding).toBe("gb18030");
    expect(docs[1]).toMatchObject({ publishedAt: "2025-03-01", title: "测试文档" });
    // The GBK text was read as Chinese: the institute and the value are in the graph.
    const [value] = await db.rows<{ value: number; year: number }>({
      cypher: "MATCH (:Document {id: 'c-gbk'})<-[:IN_DOCUMENT]-(:Sentence)<-[:MENTIONED_IN]-(e:Entity {name: '山东未来网络研究院'}) RETURN count(e) AS value, 0 AS year",
    });
    expect(value?.value).toBeGreaterThan(0);
  });

  it("loads a document with no entities, with a warning", async () => {
    const file = await write("f-plain.txt", "今天天气很好。我们去公园散步了。");
    const report = await runIngest(db, await pathInputs([file]), resources, { progress: SILENT });
    expect(report.documents[0]).toMatchObject({ status: "loaded" });
    expect(report.documents[0]?.warnings.join(" ")).toMatch(/no entities/);
  });

  it("says which file and entry of a malformed manifest is wrong", async () => {
    const broken = await write("manifest.json", JSON.stringify({ documents: [{ id: "x", title: "t", publishedAt: "March 2023", kind: "news_feature", file: "x.txt" }] }));
    await expect(readManifest(broken)).rejects.toThrow(/manifest\.json is invalid: documents\.0\.publishedAt/);
    const notJson = await write("manifest2.json", "{ documents: ");
    await expect(readManifest(notJson)).rejects.toMatchObject({ code: "MANIFEST_INVALID" });
  });

  it("reports a missing file by name", async () => {
    await expect(pathInputs([path.join(dir, "nope.txt")])).rejects.toThrow(/nope\.txt/);
  });
});

/** `kg export` on the ingested corpus: deterministic bytes, well-formed GraphML, the facts with their evidence. */
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { readGraphExport, writeCsvFiles, writeGraphml, writeJsonl, type GraphExport } from "../../../src/export/index.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { runKg } from "../../helpers/run-kg-cli.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";
import { xmlWellFormednessError } from "../../helpers/xml-well-formed.ts";

describe("kg export on the corpus graph", () => {
  let db: Db;
  let graph: GraphExport;
  beforeAll(async () => {
    db = await openTestDb();
    const report = await ingestCorpus(db);
    expect(report.failed).toBe(0);
    graph = await readGraphExport(db);
  });
  afterAll(async () => db.close());

  it("holds the corpus: documents, entities, relations with evidence, indicator values", () => {
    expect(graph.documents.map((d) => d.id)).toEqual(["2020-review", "2022-ten-years", "2023-midyear", "2023-work-report", "2024-two-sessions"]);
    expect(graph.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["济南中央活力区", "济南市市中区", "济南宾馆项目"]));
    const builds = graph.relations.find((r) => r.type === "BUILDS" && r.fromName === "济南中央商埠区" && r.toName === "济南宾馆项目");
    expect(builds?.evidence.length).toBeGreaterThan(0);
    expect(builds?.evidence.every((e) => e.quote.includes("济南宾馆") && e.sentenceId.startsWith(`${e.documentId}#`))).toBe(true);
    expect(graph.indicatorValues).toEqual(expect.arrayContaining([expect.objectContaining({ metric: "地区生产总值", value: 1161.7, unit: "亿元", year: 2021, kind: "actual" })]));
    for (const list of [graph.documents, graph.entities, graph.relations, graph.mentions, graph.indicatorValues, graph.milestones]) {
      const ids = list.map((x) => x.id);
      expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("gives byte-identical files for two exports of the same graph", async () => {
    const again = await readGraphExport(db);
    expect(writeGraphml(again)).toBe(writeGraphml(graph));
    expect(writeJsonl(again)).toBe(writeJsonl(graph));
    expect([...writeCsvFiles(again)]).toEqual([...writeCsvFiles(graph)]);
  });

  it("writes well-formed GraphML whose every edge ends at a node", () => {
    const xml = writeGraphml(graph);
    expect(xmlWellFormednessError(xml)).toBeNull();
    const nodes = new Set([...xml.matchAll(/<node id="([^"]+)">/g)].map((m) => m[1]));
    const edges = [...xml.matchAll(/<edge id="[^"]+" source="([^"]+)" target="([^"]+)">/g)];
    expect(nodes.size).toBe(graph.documents.length + graph.entities.length + graph.indicatorValues.length + graph.milestones.length);
    expect(edges.length).toBeGreaterThan(graph.relations.length);
    for (const [, source, target] of edges) {
      expect(nodes.has(source)).toBe(true);
      expect(nodes.has(target)).toBe(true);
    }
  });

  // Six runs of the CLI: a minute and more on a busy machine.
  it("kg export writes the same bytes twice into an --out folder for every format, and CSV tables", { timeout: 240_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-export-"));
    const first = await runKg(["export", "--format", "graphml", "--out", path.join(dir, "a")]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/Exported \d+ entities, \d+ relations, 5 documents/);
    await runKg(["export", "--format", "graphml", "--out", `${dir}/`]);
    const a = await readFile(path.join(dir, "a", "shizhong-kg.graphml"));
    const b = await readFile(path.join(dir, "shizhong-kg.graphml"));
    expect(a.equals(b)).toBe(true);
    expect(xmlWellFormednessError(a.toString("utf8"))).toBeNull();

    await runKg(["export", "--format", "jsonl", "--out", path.join(dir, "j")]);
    expect(await readdir(path.join(dir, "j"))).toEqual(["shizhong-kg.jsonl"]);
    const onFile = await runKg(["export", "--format", "jsonl", "--out", path.join(dir, "shizhong-kg.graphml")]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toMatch(/--out is a folder/);

    const jsonl = await runKg(["export", "--format", "jsonl"]);
    expect(jsonl.stdout).toBe(writeJsonl(graph));

    const csvDir = path.join(dir, "csv");
    await runKg(["export", "--format", "csv", "--out", csvDir]);
    expect((await readdir(csvDir)).sort()).toEqual(["documents.csv", "entities.csv", "evidence.csv", "indicator-values.csv", "mentions.csv", "milestones.csv", "relations.csv"]);
    const entities = await readFile(path.join(csvDir, "entities.csv"), "utf8");
    expect(entities.split("\n")[0]).toBe("id,name,type,aliases,en,source,mentionCount,documentIds");
    expect(entities.trimEnd().split("\n")).toHaveLength(graph.entities.length + 1);

    const noFolder = await runKg(["export", "--format", "csv"]);
    expect(noFolder.code).toBe(2);
    expect(noFolder.stderr).toMatch(/--out/);
  });
});

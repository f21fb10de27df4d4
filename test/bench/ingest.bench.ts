/**
 * `npm run bench:ingest [-- --scales 1,10,100]`: time per stage and for the Neo4j load, on the corpus
 * and on synthetic corpora of 10× and 100× its size (perturbed copies with distinct ids).
 * Runs its own Neo4j (port 7697, .data/neo4j-bench) so the user's graph is never touched; prints figures.
 */
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import Table from "cli-table3";
import { loadConfig, PROJECT_ROOT } from "../../src/config/index.ts";
import { applyMigrations, Db, startEmbedded, stopEmbedded } from "../../src/db/index.ts";
import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { runIngest } from "../../ingest/run-ingest.ts";
import { manifestInputs, type DocumentInput } from "../../ingest/stages/read-documents.ts";

const scalesArg = process.argv.find((a) => a.startsWith("--scales"))?.split("=")[1] ?? process.argv[process.argv.indexOf("--scales") + 1];
const scales = (scalesArg && /^[\d,]+$/.test(scalesArg) ? scalesArg : "1,10,100").split(",").map(Number);

const home = path.join(PROJECT_ROOT, ".data", "neo4j-bench");
const config = loadConfig({ ...process.env, NEO4J_URI: undefined, KG_NEO4J_HOME: home, KG_NEO4J_PORT: "7697", NEO4J_PASSWORD: "kg-bench-password", KG_QUERY_TIMEOUT_MS: "120000" });
if (config.neo4j.mode !== "embedded") throw new Error("expected embedded");
// The bench's own database starts empty: the 100× graph an earlier run left is more than one transaction may delete.
await fs.rm(home, { recursive: true, force: true });
await startEmbedded(config.neo4j, (line) => console.error(line));
const db = await Db.open(config);
const resources = await loadResources();
const corpus = await manifestInputs();
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "kg-bench-"));

/** n perturbed copies of the corpus: other ids, other numbers, so nothing is skipped or merged by id. */
async function syntheticCorpus(n: number): Promise<DocumentInput[]> {
  if (n === 1) return corpus;
  const inputs: DocumentInput[] = [];
  for (let copy = 0; copy < n; copy++) {
    for (const doc of corpus) {
      const text = await fs.readFile(doc.path, "utf8");
      const perturbed = text.replace(/(\d+)\.(\d)/g, (_, a: string, b: string) => `${a}.${(Number(b) + copy) % 10}`);
      const file = path.join(tmp, `${doc.id}-${n}-${copy}.txt`);
      await fs.writeFile(file, perturbed);
      inputs.push({ ...doc, path: file, id: `${doc.id}-x${copy}` });
    }
  }
  return inputs;
}

/** Empties the graph in batches: a 100× graph left by an earlier run is more than one transaction may hold. */
async function clear() {
  for (;;) {
    const [row] = await db.rows<{ deleted: number }>(
      { cypher: "MATCH (n) WHERE NOT n:Migration WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted" },
      "WRITE",
    );
    if (Number(row?.deleted ?? 0) === 0) return;
  }
}

try {
  await applyMigrations(db);
  await clear();
  await runIngest(db, corpus, resources, { progress: SILENT, force: true }); // warm-up: JIT, page cache, query plans
  const table = new Table({ head: ["scale", "docs", "chars", "extract s", "load s", "total s", "docs/s", "chars/s", "ms/doc", ...["read", "normalize", "sentences", "mentions", "resolve", "relations", "indicators", "events"].map((s) => `${s} ms`)] });
  const perDoc: Record<number, number> = {};
  for (const scale of scales) {
    await clear();
    const inputs = await syntheticCorpus(scale);
    const chars = (await Promise.all(inputs.map((i) => fs.readFile(i.path, "utf8")))).reduce((sum, text) => sum + text.length, 0);
    const started = performance.now();
    const report = await runIngest(db, inputs, resources, { progress: SILENT, force: true });
    const total = (performance.now() - started) / 1000;
    if (report.failed > 0) throw new Error(`${report.failed} documents failed`);
    const load = (report.stageMs.load ?? 0) / 1000;
    perDoc[scale] = (total * 1000) / inputs.length;
    table.push([
      `${scale}×`,
      inputs.length,
      Math.round(chars),
      (total - load).toFixed(2),
      load.toFixed(2),
      total.toFixed(2),
      (inputs.length / total).toFixed(1),
      Math.round(chars / total),
      (perDoc[scale] ?? 0).toFixed(0),
      ...["read", "normalize", "sentences", "mentions", "resolve", "relations", "indicators", "events"].map((s) => Math.round(report.stageMs[s] ?? 0)),
    ]);
    console.error(`  ${scale}× done in ${total.toFixed(1)} s`);
  }
  console.log(table.toString());
  const largest = Math.max(...scales);
  if (perDoc[1] && largest > 1) console.log(`per-document time ratio ${largest}× vs 1×: ${((perDoc[largest] ?? 0) / perDoc[1]).toFixed(2)} (goal ≤ 1.3)`);
  console.log(`corpus (1×) on a warm Neo4j: ${perDoc[1] ? ((perDoc[1] * corpus.length) / 1000).toFixed(2) : "-"} s (goal < 5 s)`);
} finally {
  await db.close();
  await stopEmbedded(config.neo4j);
  await fs.rm(tmp, { recursive: true, force: true });
}

/**
 * `npm run eval:dev`: the measure on reports nobody tuned on. Starts its own empty Neo4j (port 7699,
 * .data/neo4j-devset), ingests only ../shared/devset/dev_*.txt, serves the API on a free port, runs the
 * shared scorer, prints its summary plus per-type and per-error-class tables, then stops what it started.
 *
 *   npm run eval:dev [-- --only entities,relations,indicators,qa] [--keep] [--verbose]
 *
 * --keep leaves the Neo4j running afterwards (to look at the graph with `kg cypher`); --verbose lists examples.
 * The extractor runs without the corpus's curated list, as it would on a planner's next report.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Table from "cli-table3";
import { loadConfig, PROJECT_ROOT, type Config } from "../../src/config/index.ts";
import { applyMigrations, Db, runningPid, startEmbedded, stopEmbedded } from "../../src/db/index.ts";
import { startServer } from "../../src/api/index.ts";
import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { runIngest } from "../../ingest/run-ingest.ts";
import { DEV_NEO4J_PASSWORD, DEV_NEO4J_PORT, DEVSET, devArgs, devGoldEntities, devInputs } from "./dev-inputs.ts";
import { classifyEntityErrors, type GraphEntity } from "./dev-errors.ts";

const { flag, option } = devArgs(process.argv.slice(2));

const PORT = DEV_NEO4J_PORT;
const HOME = path.join(PROJECT_ROOT, ".data", `neo4j-devset-${PORT}`);
const PASSWORD = DEV_NEO4J_PASSWORD;

if (!existsSync(path.join(DEVSET, "score.mjs"))) {
  console.error(`No dev set at ${DEVSET} (score.mjs missing). Set KG_DEVSET to the folder that holds dev_*.txt and score.mjs.`);
  process.exit(2);
}

const config: Config = loadConfig({ ...process.env, NEO4J_URI: undefined, KG_NEO4J_HOME: HOME, KG_NEO4J_PORT: PORT, NEO4J_PASSWORD: PASSWORD, KG_QUERY_TIMEOUT_MS: "120000" });
if (config.neo4j.mode !== "embedded") throw new Error("unreachable: the dev eval always runs its own Neo4j");
const neo4j = config.neo4j;
// A Neo4j left running by an earlier --keep is this harness's own: stop it before starting afresh.
if (runningPid(HOME) !== null) await stopEmbedded(neo4j);
await fs.rm(HOME, { recursive: true, force: true });
const started = await startEmbedded(neo4j, (line) => console.error(`[devset neo4j] ${line}`));
console.error(`[devset neo4j] up at ${neo4j.uri} in ${(started.ms / 1000).toFixed(1)} s`);
const db = await Db.open(config);
let server: Awaited<ReturnType<typeof startServer>> | null = null;
try {
  await applyMigrations(db);
  const resources = await loadResources(undefined, { curated: false });
  const report = await runIngest(db, await devInputs(), resources, { progress: SILENT, force: true });
  for (const d of report.documents) console.error(`  ${d.id}: ${d.status}${d.error ? ` (${d.error})` : ""}`);
  server = await startServer({ ...config, api: { host: "127.0.0.1", port: 0, production: true } }, db, { handlers: [], log: () => {} });

  const only = option("only") ?? "entities,relations,indicators,qa";
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(DEVSET, "score.mjs"), "--project", PROJECT_ROOT, "--graphql", server.graphqlUrl, "--only", only, "--json"],
    { env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: "neo4j", NEO4J_PASSWORD: PASSWORD }, maxBuffer: 64 * 1024 * 1024 },
  );
  const scored = JSON.parse(stdout) as DevReport;
  await printReport(scored, db);
} finally {
  await server?.close();
  await db.close();
  if (!flag("keep")) await stopEmbedded(neo4j);
  else console.error(`[devset neo4j] left running at ${neo4j.uri} (password ${PASSWORD}); stop: kill $(cat ${HOME}/launcher.pid)`);
}

interface DevReport {
  entities?: { recall: number; typedRecall: number; precision?: number; graphEntities: number; perType: Record<string, string> };
  relations?: { linkedRecall: number; typedRecall: number; someMisses: string[] };
  indicators?: { valueRecall: number; valueAndYearRecall: number };
  qa?: { exact: number; byVariant: Record<string, string>; byKind: Record<string, string>; withEvidence: number; failed: string };
  graphError?: string;
  qaError?: string;
}

async function printReport(r: DevReport, db: Db): Promise<void> {
  const pct = (x: number | undefined) => (x === undefined ? "–" : `${(100 * x).toFixed(1)}%`);
  if (r.graphError) console.log(`graph side failed: ${r.graphError}`);
  if (r.qaError) console.log(`qa side failed: ${r.qaError}`);
  if (r.entities) {
    const types = new Table({ style: { head: [], border: [] }, head: ["entity type", "gold found / gold, typed"] });
    for (const [type, figures] of Object.entries(r.entities.perType)) types.push([type, figures]);
    console.log(types.toString());
    const nodes = await db.rows<GraphEntity>({ cypher: "MATCH (e:Entity) RETURN e.name AS name, coalesce(e.aliases, []) AS aliases, e.type AS type" });
    const classes = classifyEntityErrors(nodes, await devGoldEntities());
    const errors = new Table({ style: { head: [], border: [] }, head: ["error class", "count", "examples"], colWidths: [34, 7, 80], wordWrap: true });
    for (const c of classes) errors.push([c.label, c.count, c.examples.slice(0, flag("verbose") ? 25 : 6).join("、")]);
    console.log(errors.toString());
  }
  await printPlaces(db);
  if (r.relations && flag("verbose")) console.log(`relation misses:\n  ${r.relations.someMisses.join("\n  ")}`);
  if (r.qa) {
    const qa = new Table({ style: { head: [], border: [] }, head: ["qa", "right / asked"] });
    for (const [k, v] of Object.entries({ ...r.qa.byVariant, ...r.qa.byKind })) qa.push([k, v]);
    console.log(qa.toString());
    if (flag("verbose")) console.log(`qa failed: ${r.qa.failed}`);
  }
  console.log(
    [
      r.entities && `entities R=${pct(r.entities.recall)} typed=${pct(r.entities.typedRecall)} P=${pct(r.entities.precision)} (${r.entities.graphEntities} in graph)`,
      r.relations && `relations linked=${pct(r.relations.linkedRecall)} typed=${pct(r.relations.typedRecall)}`,
      r.indicators && `indicators=${pct(r.indicators.valueAndYearRecall)} (value only ${pct(r.indicators.valueRecall)})`,
      r.qa && `qa exact=${pct(r.qa.exact)} (with evidence ${pct(r.qa.withEvidence)})`,
    ]
      .filter(Boolean)
      .join(" · "),
  );
}

/**
 * Each document's place, and whether the document is about it: the place must be named in the document's own
 * text, and no value or relation may have as subject a place that document never names.
 */
async function printPlaces(db: Db): Promise<void> {
  const rows = await db.rows<{ id: string; place: string | null; named: boolean; foreign: string[] }>({
    cypher: `MATCH (d:Document)
             OPTIONAL MATCH (s:Sentence {documentId: d.id})
             WITH d, collect(s.text) AS texts
             OPTIONAL MATCH (subject:Area)-[:HAS_VALUE]->(v:IndicatorValue) WHERE d.id IN v.evidenceDocumentIds
             WITH d, texts, collect(DISTINCT subject.name) AS subjects
             RETURN d.id AS id, d.place AS place,
                    d.place IS NOT NULL AND any(t IN texts WHERE t CONTAINS d.place) AS named,
                    [n IN subjects WHERE none(t IN texts WHERE t CONTAINS n)] AS foreign
             ORDER BY id`,
  });
  const table = new Table({ style: { head: [], border: [] }, head: ["document", "place", "named in its text", "subjects it never names"] });
  for (const r of rows) table.push([r.id, r.place ?? "–", r.named ? "yes" : "NO", r.foreign.join("、") || "–"]);
  console.log(table.toString());
  const wrong = rows.filter((r) => !r.named || r.foreign.length > 0).length;
  console.log(`documents attributed to a place they are not about: ${wrong} of ${rows.length}`);
}

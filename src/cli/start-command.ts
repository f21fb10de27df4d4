/** `kg start` (what `npm start` runs): the main job, from a fresh machine to a running service. */
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { applyMigrations, Db } from "../db/index.ts";
import { withIngestLock } from "../../ingest/load/ingest-lock.ts";
import { loadResources } from "../../ingest/resources.ts";
import { runIngest } from "../../ingest/run-ingest.ts";
import { manifestInputs } from "../../ingest/stages/read-documents.ts";
import { ensureNeo4jUp } from "./db-command.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { terminalProgress } from "./progress-bars.ts";
import { say, seconds } from "./say.ts";
import { serveUntilSignal, startApi } from "./serve-command.ts";

/** Registers `start`. */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("bring Neo4j up (or use NEO4J_URI), apply the schema, build the graph if the corpus changed, and serve the API")
    .action(
      withErrorBoundary(async () => {
        const config = loadConfig();
        // The GraphQL schema (@neo4j/graphql: import and ~2,000 generated types, seconds of CPU) needs no
        // database, so it is built while the JVM starts, which mostly waits. It begins once the JVM is spawned: the
        // build holds this thread for seconds, and begun earlier it delayed the spawn itself (measured: the JVM
        // started only after the schema was built).
        let begin = () => {};
        const launched = new Promise<void>((resolve) => (begin = resolve));
        let schemaStarted = Date.now();
        const schema = launched
          .then(() => ((schemaStarted = Date.now()), import("../api/index.ts")))
          .then(({ buildSchema }) => buildSchema({}))
          .then((built) => {
            say(`  (GraphQL schema built alongside in ${seconds(Date.now() - schemaStarted)})`);
            return built;
          });
        // Reported where it is awaited (step 4); until then a failure must not count as unhandled.
        schema.catch(() => undefined);
        say("1/4 Neo4j");
        await ensureNeo4jUp(config, begin);
        begin(); // Neo4j already running, or NEO4J_URI: nothing was launched
        const db = await Db.open(config);
        // The API listens as soon as Neo4j answers, while the schema and graph are checked: it serves the graph as
        // it is (on a warm start, the whole graph), `/readyz` says whether that graph is complete (schema applied,
        // documents loaded), and documents that changed replace their facts in single transactions while it serves.
        const api = startApi(config, db, schema);
        api.catch(() => undefined); // reported where it is awaited (step 4)
        try {
          say(`2/4 Schema`);
          let t = Date.now();
          const applied = await applyMigrations(db);
          say(`  ${applied.length ? `applied ${applied.join(", ")}` : "up to date"} (${seconds(Date.now() - t)})`);

          say("3/4 Graph (documents whose text or extractor changed are ingested; the others are kept)");
          t = Date.now();
          const progress = terminalProgress({ quiet: false });
          // One writer at a time: a running `kg ingest` is waited for (up to 10 minutes), not fought.
          const onWait = (h: { command: string; pid: number; host: string; since: string }) =>
            say(`  waiting for the running ${h.command} (pid ${h.pid} on ${h.host}, since ${h.since})…`);
          const report = await withIngestLock(db, { command: "kg start", waitMs: 600_000, onWait }, async () =>
            runIngest(db, await manifestInputs(), await loadResources(), { progress }),
          );
          const byStatus = (s: string) => report.documents.filter((d) => d.status === s).length;
          say(`  ${byStatus("loaded")} ingested, ${byStatus("unchanged")} unchanged, ${report.failed} failed (${seconds(Date.now() - t)})`);
          for (const w of progress.warnings) say(`  warning: ${w}`);

          say("4/4 API");
        } catch (error) {
          // The schema or graph step failed: the early API must not keep the process alive.
          await api.then((a) => a.server.close()).catch(() => undefined);
          await db.close();
          throw error;
        }
        try {
          await serveUntilSignal(config, db, api);
        } finally {
          await db.close();
        }
      }),
    );
}

/** The API with its pages on a free port, over the test Neo4j with the corpus ingested. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startServer, type RunningServer } from "../../../src/api/index.ts";
import { ensurePagesBuilt, PAGES_BUILD_DIR } from "../../../src/api/pages/index.ts";
import { PROJECT_ROOT, type Config } from "../../../src/config/index.ts";
import type { Db } from "../../../src/db/index.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb, testConfig } from "../../helpers/test-neo4j.ts";

/** Screenshots land here (git-ignored). */
export const ARTIFACTS_DIR = path.join(PROJECT_ROOT, "test", "artifacts");

/** A running server and its database. */
export interface PagesServer {
  readonly server: RunningServer;
  readonly db: Db;
  /** The configuration the server runs with (the suite's Neo4j). */
  readonly config: Config;
  /** Server log lines (masked internal errors, page build notes). */
  readonly log: string[];
  close(): Promise<void>;
}

/** Ingests the corpus, builds the pages if needed and starts the API on 127.0.0.1 with a free port. */
export async function startPagesServer(): Promise<PagesServer> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const db = await openTestDb();
  const report = await ingestCorpus(db);
  if (report.failed !== 0) throw new Error(`ingest failed for ${report.failed} document(s)`);
  // Build before the browser asks, so that the first page load is not timed against esbuild.
  await ensurePagesBuilt(PAGES_BUILD_DIR);
  const base = testConfig();
  const log: string[] = [];
  const config: Config = { ...base, api: { host: "127.0.0.1", port: 0, production: false } };
  const server = await startServer(config, db, { log: (line) => log.push(line) });
  return {
    server,
    db,
    config,
    log,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
}

/** Runs one GraphQL query against the server (as the pages do: a JSON POST). */
export async function graphql<T>(server: RunningServer, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(server.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors !== undefined || body.data === undefined) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** `kg db start|stop|status`: the local Neo4j's lifecycle, or the external one's status. */
import type { Command } from "commander";
import { loadConfig, type Config } from "../config/index.ts";
import { Db, runningPid, startEmbedded, stopEmbedded } from "../db/index.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { say, seconds } from "./say.ts";

/** Registers the `db` command group. */
export function registerDbCommand(program: Command): void {
  const db = program.command("db").description("manage the Neo4j database (local embedded one, or NEO4J_URI)");
  db.command("start")
    .description("start the local Neo4j (fetches it with Maven on first start); no-op if already running")
    .action(withErrorBoundary(async () => void (await ensureNeo4jUp(loadConfig()))));
  db.command("stop")
    .description("stop the local Neo4j cleanly")
    .action(
      withErrorBoundary(async () => {
        const config = loadConfig();
        if (config.neo4j.mode === "external") return say(`NEO4J_URI is set (${config.neo4j.uri}): nothing local to stop.`);
        const { wasRunning, ms } = await stopEmbedded(config.neo4j);
        say(wasRunning ? `Neo4j stopped in ${seconds(ms)}.` : "Neo4j was not running.");
      }),
    );
  db.command("status")
    .description("print the Bolt URI, user, password location, version and graph counts")
    .option("--json", "print JSON")
    .action(withErrorBoundary(async (opts: { json?: boolean }) => printStatus(loadConfig(), opts.json === true)));
}

/** Starts the local Neo4j when the config says so, or checks the external one; prints where it is. */
export async function ensureNeo4jUp(config: Config, onLaunched: () => void = () => {}): Promise<void> {
  const target = config.neo4j;
  if (target.mode === "external") {
    const db = await Db.open(config);
    try {
      const { version } = await db.ping();
      say(`Using Neo4j ${version} at ${target.uri} (NEO4J_URI).`);
    } finally {
      await db.close();
    }
    return;
  }
  const result = await startEmbedded(target, say, onLaunched);
  if (result.alreadyRunning) say(`Neo4j is already running (pid ${result.pid}) at ${target.uri}.`);
  else say(`Neo4j is up at ${target.uri} (pid ${result.pid}) in ${seconds(result.ms)}${result.builtLauncher ? ", including the one-time download" : ""}.`);
  say(`  user: ${target.user}   password: ${target.password ? "from NEO4J_PASSWORD" : `in ${target.passwordFile}`}`);
}

async function printStatus(config: Config, json: boolean): Promise<void> {
  const target = config.neo4j;
  const pid = target.mode === "embedded" ? runningPid(target.home) : null;
  const status: Record<string, unknown> = {
    mode: target.mode,
    uri: target.uri,
    user: target.user,
    password: target.mode === "external" ? "from NEO4J_PASSWORD" : target.password ? "from NEO4J_PASSWORD" : target.passwordFile,
    running: target.mode === "external" ? null : pid !== null,
    pid,
  };
  if (target.mode === "external" || pid !== null) {
    const db = await Db.open(config);
    try {
      Object.assign(status, await db.ping());
      const [counts] = await db.rows<{ nodes: number; relationships: number }>({
        cypher: "CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
      });
      Object.assign(status, counts);
    } finally {
      await db.close();
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return;
  }
  for (const [key, value] of Object.entries(status)) process.stdout.write(`${key.padEnd(14)}${value ?? "-"}\n`);
  if (target.mode === "embedded" && pid === null) process.stdout.write("Neo4j is not running: `npx kg db start`.\n");
}

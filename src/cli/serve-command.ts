/** `kg serve`: the GraphQL API with its playground and explorer, on a graph that is already built. */
import type { Command } from "commander";
import type { GraphQLSchema } from "graphql";
import type { RunningServer } from "../api/start-server.ts";
import { z } from "zod";
import { loadConfig, type Config } from "../config/index.ts";
import { Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { say, seconds } from "./say.ts";

interface ServeFlags {
  readonly port?: string;
  readonly host?: string;
}

/** Registers `serve`. */
export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("serve the GraphQL API, the playground (/) and the explorer (/explore) until Ctrl-C")
    .option("--port <port>", "port to listen on (default: PORT or 4000; 0 picks a free one)")
    .option("--host <host>", "interface to listen on (default: HOST or 127.0.0.1)")
    .addHelpText("after", "\nNeo4j must be running (`npx kg db start`) and the graph built (`npx kg ingest`); `npx kg start` does all three.")
    .action(
      withErrorBoundary(async (flags: ServeFlags) => {
        const config = withApiFlags(loadConfig(), flags);
        const db = await Db.open(config);
        try {
          await db.ping();
          await serveUntilSignal(config, db);
        } finally {
          await db.close();
        }
      }),
    );
}

/**
 * Starts the server, prints where it is (and what is missing, if the graph is not ready), and resolves
 * once SIGINT or SIGTERM has closed it. `kg start` ends with this too, passing the server it started
 * while it checked the graph.
 */
export async function serveUntilSignal(config: Config, db: Db, started?: Promise<StartedApi>): Promise<void> {
  const api = await (started ?? startApi(config, db));
  const { server } = api;
  say(`API ready in ${seconds(api.ms)}${api.early ? " (started while the schema and graph were checked)" : ""}:`);
  say(`  playground  ${server.url}`);
  say(`  explorer    ${server.url}explore`);
  say(`  GraphQL     ${server.graphqlUrl}`);
  say(`  health      ${server.url}healthz  ${server.url}readyz`);
  const { checkReadiness } = await import("../api/readiness.ts");
  const readiness = await checkReadiness(db);
  for (const [name, check] of Object.entries(readiness.checks)) if (!check.ok) say(`warning: ${name}: ${check.detail}`);
  say("Press Ctrl-C to stop.");
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      say(`${signal}: stopping the API…`);
      void server.close().then(resolve, resolve);
    };
    process.on("SIGINT", stop).on("SIGTERM", stop);
  });
}

/** A listening API and how long it took to get there. */
export interface StartedApi {
  readonly server: RunningServer;
  readonly ms: number;
  /** True when `kg start` started it before the graph was checked. */
  readonly early: boolean;
}

/** Starts the API (with `schema` when it was built beforehand); prints nothing. */
export async function startApi(config: Config, db: Db, schema?: Promise<GraphQLSchema>): Promise<StartedApi> {
  const started = Date.now();
  // Loaded here, not at the top: @neo4j/graphql takes seconds to import, and every other `kg` command would pay for it.
  const { startServer } = await import("../api/index.ts");
  const server = await startServer(config, db, schema !== undefined ? { schema } : {});
  return { server, ms: Date.now() - started, early: schema !== undefined };
}

const PortFlag = z.coerce.number().int().min(0).max(65535);

function withApiFlags(config: Config, flags: ServeFlags): Config {
  let port = config.api.port;
  if (flags.port !== undefined) {
    const parsed = PortFlag.safeParse(flags.port);
    if (!parsed.success) throw new KgError("INPUT_INVALID", `--port must be a number from 0 to 65535, not "${flags.port}".`);
    port = parsed.data;
  }
  return { ...config, api: { ...config.api, port, host: flags.host ?? config.api.host } };
}

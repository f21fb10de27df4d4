/**
 * The API process: node:http with a short route list — `/graphql` (Apollo), `/healthz`, `/readyz`, then
 * the mounted handlers (the playground at `/` and the explorer at `/explore`) — and a JSON 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { GraphQLSchema } from "graphql";
import type { AddressInfo } from "node:net";
import type { Config } from "../config/index.ts";
import type { Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { createApolloServer } from "./apollo-server.ts";
import { forgetGraph } from "./ask/index.ts";
import { buildSchema, type ResolverMap } from "./build-schema.ts";
import { createContext, generatedQueryRunner } from "./context.ts";
import { graphVersionWatcher } from "./graph-version/graph-version-watcher.ts";
import { ResponseCache, type CacheStats } from "./graph-version/response-cache.ts";
import { createGraphqlRoute, GRAPHQL_PATH } from "./http/graphql-route.ts";
import { createHealthRoutes } from "./http/health-routes.ts";
import type { RequestHandler } from "./http/request-handler.ts";
import { sendJson } from "./http/send-json.ts";
import { createPagesHandler } from "./pages/index.ts";
import { readOnlyDriver } from "./read-only-driver.ts";

/** Largest request body accepted (a GraphQL document plus variables is a few kB). */
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;

/** Options of `startServer`. */
export interface ServerOptions {
  /**
   * Routes tried in order after `/graphql`, `/healthz` and `/readyz`, before the 404.
   * Default: the playground (`/`) and explorer (`/explore`) pages of src/api/pages.
   */
  readonly handlers?: readonly RequestHandler[];
  /** Resolvers beyond the semantic fields and `ask`, merged into the schema (ignored when `schema` is given). */
  readonly extraResolvers?: readonly ResolverMap[];
  /** A schema built beforehand (`buildSchema()`, e.g. while Neo4j starts); default: built here. */
  readonly schema?: GraphQLSchema | Promise<GraphQLSchema>;
  readonly bodyLimitBytes?: number;
  /** Where to report masked internal errors and page build notes (default: stderr). */
  readonly log?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000/ (the playground). */
  readonly url: string;
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly graphqlUrl: string;
  /** The response cache's counters; null when the cache is off (KG_RESPONSE_CACHE_MB=0). */
  cacheStats(): CacheStats | null;
  /** Stops accepting requests, ends open connections and stops Apollo; the Db stays open (it is the caller's). */
  close(): Promise<void>;
}

/**
 * Builds the schema, starts Apollo and listens on `config.api.host:port` (port 0 picks a free one).
 * @example
 * const server = await startServer(config, db);
 * console.log(`playground: ${server.url}`);
 */
export async function startServer(config: Config, db: Db, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const driver = readOnlyDriver(db.driver);
  const version = graphVersionWatcher(db);
  const cacheBytes = config.api.responseCacheBytes ?? 0;
  const responses = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  // A new graph version makes every kept answer and all that `ask` read from the graph old at once.
  const stopWatching = version.onChange(() => {
    responses?.clear();
    forgetGraph(db);
  });
  const schema = await (options.schema ?? buildSchema({ driver, extraResolvers: options.extraResolvers ?? [] }));
  const apollo = createApolloServer(schema, {
    production: config.api.production,
    queryTimeoutMs: config.queryTimeoutMs,
    onInternalError: (error) => log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  await apollo.start();
  const runner = generatedQueryRunner(driver, db.database, config.queryTimeoutMs);

  const routes: RequestHandler[] = [
    createGraphqlRoute({
      apollo,
      context: async () => {
        // Every request looks at the version (at most one read a second), so that the listeners above run
        // before a resolver could use an old index, with or without the response cache.
        await version.current().catch(() => undefined);
        return createContext(db, runner);
      },
      bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
      ...(responses !== null && { cache: { responses, version } }),
    }),
    createHealthRoutes(db),
    ...(options.handlers ?? [createPagesHandler({ log })]),
  ];
  const server = createServer((request, response) => void route(routes, request, response, log));
  // Bounded request lifetimes: a slow client cannot hold a connection open forever.
  server.requestTimeout = config.queryTimeoutMs + 15_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.api.port, config.api.host, () => {
      server.off("error", reject);
      resolve();
    });
  }).catch(async (error: unknown) => {
    await apollo.stop();
    throw listenError(error, config);
  });

  const { port } = server.address() as AddressInfo;
  const host = config.api.host.includes(":") ? `[${config.api.host}]` : config.api.host;
  const url = `http://${host}:${port}/`;
  let closing: Promise<void> | null = null;
  return {
    url,
    graphqlUrl: `http://${host}:${port}${GRAPHQL_PATH}`,
    cacheStats: () => responses?.stats() ?? null,
    close: () =>
      (closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        stopWatching();
        await apollo.stop();
      })()),
  };
}

async function route(routes: readonly RequestHandler[], request: IncomingMessage, response: ServerResponse, log: (line: string) => void) {
  try {
    for (const handler of routes) if (await handler(request, response)) return;
    sendJson(response, 404, { error: `Not found: ${request.method} ${request.url}. The API is at ${GRAPHQL_PATH}.` });
  } catch (error) {
    log(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!response.headersSent) sendJson(response, 500, { error: "Internal server error." });
    else response.destroy();
  }
}

function listenError(error: unknown, config: Config): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") {
    return new KgError("PORT_IN_USE", `Port ${config.api.port} on ${config.api.host} is already taken: stop what runs there or set PORT (e.g. PORT=4001).`, {
      port: config.api.port,
    });
  }
  return error;
}

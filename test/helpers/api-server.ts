/** Starts the API on a free port against the suite's Neo4j, and posts GraphQL to it. */
import type { Config } from "../../src/config/index.ts";
import type { Db } from "../../src/db/index.ts";
import { startServer, type RunningServer, type ServerOptions } from "../../src/api/index.ts";
import { testConfig } from "./test-neo4j.ts";

/** A GraphQL response as JSON. */
export interface GraphqlResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** The API under test. */
export interface TestApi {
  readonly server: RunningServer;
  /** POSTs `query` as JSON to /graphql. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** GETs or POSTs any path, raw. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * Options: config overrides (production; cacheBytes, default no response cache, since tests write to the graph
 * without bumping its version) and server options; no pages unless given.
 */
export async function startTestApi(db: Db, options: { production?: boolean; cacheBytes?: number; server?: ServerOptions } = {}): Promise<TestApi> {
  const base = testConfig();
  const config: Config = {
    ...base,
    api: { host: "127.0.0.1", port: 0, production: options.production ?? false, responseCacheBytes: options.cacheBytes ?? 0 },
  };
  const server = await startServer(config, db, { handlers: [], log: () => {}, ...options.server });
  const origin = server.url.replace(/\/$/, "");
  return {
    server,
    fetch: (path, init) => fetch(`${origin}${path}`, init),
    async gql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GraphqlResponse<T>, "status">;
      return { status: response.status, ...body };
    },
  };
}

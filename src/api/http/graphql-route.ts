/**
 * `/graphql` over plain node:http: the body is read (size-limited) and parsed here, and Apollo's
 * `executeHTTPGraphQLRequest` does the rest, CSRF prevention included. With a response cache, a POSTed
 * JSON query whose answer is cached for the current graph version is sent straight from the cache: JSON
 * POSTs are never "simple" requests, so skipping Apollo skips no CSRF check, and only answers without
 * errors are cached, so every cached query once passed validation and the limits.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { ApiContext } from "../context.ts";
import { cacheKey } from "../graph-version/cache-key.ts";
import type { GraphVersionWatcher } from "../graph-version/graph-version-watcher.ts";
import type { ResponseCache } from "../graph-version/response-cache.ts";
import { BodyTooLargeError, readBody } from "./read-body.ts";
import type { RequestHandler } from "./request-handler.ts";
import { sendJson } from "./send-json.ts";

/** Where the API answers. */
export const GRAPHQL_PATH = "/graphql";

/** Options of `createGraphqlRoute`. */
export interface GraphqlRouteOptions {
  readonly apollo: ApolloServer<ApiContext>;
  readonly context: () => Promise<ApiContext>;
  readonly bodyLimitBytes: number;
  /** Answers kept per graph version; absent: every request runs. */
  readonly cache?: { readonly responses: ResponseCache; readonly version: GraphVersionWatcher };
}

/** The route for GRAPHQL_PATH (other paths fall through). */
export function createGraphqlRoute(options: GraphqlRouteOptions): RequestHandler {
  return async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname !== GRAPHQL_PATH) return false;
    let body: unknown;
    try {
      body = parseBody(request, await readBody(request, options.bodyLimitBytes));
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(response, 413, graphqlError(error.message, "PAYLOAD_TOO_LARGE"));
        request.resume();
        return true;
      }
      if (error instanceof SyntaxError) {
        sendJson(response, 400, graphqlError(`The request body is not valid JSON: ${error.message}`, "BAD_REQUEST"));
        return true;
      }
      throw error;
    }
    const key = options.cache && request.method === "POST" ? await keyFor(options.cache.version, body, request.headers.accept) : null;
    const cached = key !== null ? options.cache?.responses.get(key) : undefined;
    if (cached !== undefined) {
      writeCached(response, cached.headers, cached.body);
      return true;
    }
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers: headerMap(request), search: url.search, body },
      context: options.context,
    });
    const status = result.status ?? 200;
    if (key !== null && status === 200 && result.body.kind === "complete" && !result.body.string.includes('"errors":')) {
      // An answer with errors may be a passing failure (timeout, database down): only clean answers are kept.
      options.cache?.responses.set(key, { body: Buffer.from(result.body.string, "utf8"), headers: [...result.headers] });
    }
    await writeResult(response, status, result.headers, result.body);
    return true;
  };
}

/** The cache key of the request, or null (not cacheable, or the version cannot be read: let Apollo answer). */
async function keyFor(version: GraphVersionWatcher, body: unknown, accept: string | undefined): Promise<string | null> {
  const current = await version.current().catch((): null => null);
  return current === null ? null : cacheKey(current, body, accept);
}

function writeCached(response: ServerResponse, headers: readonly (readonly [string, string])[], body: Buffer): void {
  for (const [key, value] of headers) response.setHeader(key, value);
  response.setHeader("x-content-type-options", "nosniff");
  response.setHeader("content-length", body.length);
  response.statusCode = 200;
  response.end(body);
}

// JSON bodies are parsed; any other body is passed as text, which Apollo's CSRF check and parser reject.
function parseBody(request: IncomingMessage, text: string): unknown {
  const type = request.headers["content-type"] ?? "";
  if (text.length === 0) return undefined;
  return /^application\/(.+\+)?json\b/i.test(type) ? JSON.parse(text) : text;
}

function headerMap(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

async function writeResult(
  response: ServerResponse,
  status: number,
  headers: HeaderMap,
  body: { kind: "complete"; string: string } | { kind: "chunked"; asyncIterator: AsyncIterableIterator<string> },
): Promise<void> {
  for (const [key, value] of headers) response.setHeader(key, value);
  response.setHeader("x-content-type-options", "nosniff");
  response.statusCode = status;
  if (body.kind === "complete") {
    response.end(body.string);
    return;
  }
  for await (const chunk of body.asyncIterator) response.write(chunk);
  response.end();
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * The cache key of a GraphQL request: graph version, the operation with ignored characters (spaces,
 * commas, comments) stripped, the operation name, the variables with their keys sorted, and the Accept
 * header (it changes the response's content type). Null when the request should not be cached.
 */
import { stripIgnoredCharacters } from "graphql";

/** The parts of a POSTed GraphQL request that decide its answer. */
export interface GraphqlRequestBody {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
  readonly extensions?: unknown;
}

/** Normalised operations by their raw text: clients send the same text over and over. */
const normalised = new Map<string, string | null>();
const MAX_NORMALISED = 500;

/** The key, or null for a request that is not a plain query document (batch, persisted query, bad syntax). */
export function cacheKey(version: number, body: unknown, accept: string | undefined): string | null {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body as GraphqlRequestBody;
  if (typeof query !== "string" || extensions !== undefined) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return null;
  const operation = normaliseOperation(query);
  // Mutations and subscriptions do not exist in this read-only schema; refuse to cache them anyway.
  if (operation === null || /^(mutation|subscription)\b/.test(operation)) return null;
  return JSON.stringify([version, operation, operationName ?? null, sortedJson(variables ?? null), accept ?? ""]);
}

function normaliseOperation(query: string): string | null {
  const known = normalised.get(query);
  if (known !== undefined) return known;
  let text: string | null;
  try {
    text = stripIgnoredCharacters(query);
  } catch {
    // Apollo reports the syntax error; such a request is never cached.
    text = null;
  }
  if (normalised.size >= MAX_NORMALISED) normalised.clear();
  normalised.set(query, text);
  return text;
}

/** JSON with object keys in order, so {a, b} and {b, a} are one key. */
function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortedJson((value as Record<string, unknown>)[k])]),
  );
}

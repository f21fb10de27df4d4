/**
 * What a client sees of an error. Errors about the request (bad arguments, unknown names, limits,
 * validation) pass as they are; database and internal failures get a code and, in production, a
 * generic message, so no Cypher, URI or stack reaches the public.
 */
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { Neo4jError } from "neo4j-driver";
import { isKgError } from "../errors/index.ts";
import { CLIENT_ERROR_CODES, type ClientErrorCode } from "./graphql-errors.ts";

/** Options of `createFormatError`. */
export interface FormatErrorOptions {
  readonly production: boolean;
  readonly queryTimeoutMs: number;
  /** Told about every masked (internal) error, with the original. */
  readonly onInternalError?: (error: unknown) => void;
}

/** Builds Apollo's `formatError`. */
export function createFormatError(options: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === "string" && (CLIENT_ERROR_CODES as readonly string[]).includes(code)) return formatted;
    const mapped = classify(unwrapResolverError(error), options.queryTimeoutMs);
    if (mapped !== null) return withCode(formatted, mapped.code, mapped.message);
    options.onInternalError?.(unwrapResolverError(error));
    return withCode(formatted, "INTERNAL_SERVER_ERROR", options.production ? "Internal server error." : formatted.message);
  };
}

/** Known failures that are not bugs: the database is down or slow, or a full-text phrase is malformed. */
function classify(original: unknown, timeoutMs: number): { code: ClientErrorCode; message: string } | null {
  if (isKgError(original, "NEO4J_UNREACHABLE") || isKgError(original, "NEO4J_AUTH")) {
    return { code: "SERVICE_UNAVAILABLE", message: "The graph database is not reachable right now; try again shortly." };
  }
  const neo4jCode = original instanceof Neo4jError ? original.code : isKgError(original) ? String(original.context.code ?? "") : "";
  const message = original instanceof Error ? original.message : "";
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(neo4jCode) || /timed? ?out|terminated/i.test(neo4jCode)) {
    return { code: "QUERY_TIMEOUT", message: `The query ran longer than ${timeoutMs} ms and was stopped; narrow it with filters, a limit or a smaller depth.` };
  }
  if (original instanceof Neo4jError && (original.code === "ServiceUnavailable" || original.code === "SessionExpired")) {
    return { code: "SERVICE_UNAVAILABLE", message: "The graph database is not reachable right now; try again shortly." };
  }
  if (/ProcedureCallFailed/.test(neo4jCode) && /ParseException|Cannot parse/i.test(message)) {
    return { code: "BAD_USER_INPUT", message: "The full-text phrase is not valid Lucene syntax; quote or escape characters such as : ( ) [ ] ~ * ?" };
  }
  return null;
}

function withCode(formatted: GraphQLFormattedError, code: string, message: string): GraphQLFormattedError {
  return { ...formatted, message, extensions: { ...formatted.extensions, code } };
}

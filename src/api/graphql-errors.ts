/**
 * The error codes the API puts in `extensions.code`, and constructors for the ones resolvers throw.
 * Codes a client can act on pass `formatError` unchanged; everything else is masked as INTERNAL_SERVER_ERROR.
 */
import { GraphQLError } from "graphql";

/** Codes that describe the client's request (or a known state of the service), safe to show as they are. */
export const CLIENT_ERROR_CODES = [
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "QUERY_TIMEOUT",
  "SERVICE_UNAVAILABLE",
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

/** An argument is malformed, out of range or ambiguous; `argument` names it, `extra` adds details (e.g. candidates). */
export function badUserInput(message: string, argument?: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argument !== undefined && { argument }), ...extra } });
}

/** A name resolves to nothing; the message says what to try instead. */
export function notFound(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND", ...(argument !== undefined && { argument }) } });
}

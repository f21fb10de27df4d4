import { GraphQLError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { createFormatError } from "../../../src/api/format-error.ts";
import { KgError } from "../../../src/errors/index.ts";

const internal = { message: "Cypher syntax error: MATCH (n:Secret)", extensions: { code: "INTERNAL_SERVER_ERROR" } };

describe("formatError", () => {
  it("passes errors about the request unchanged", () => {
    const format = createFormatError({ production: true, queryTimeoutMs: 1000 });
    const formatted = { message: 'Invalid argument "depth": must be between 1 and 4.', extensions: { code: "BAD_USER_INPUT", argument: "depth" } };
    expect(format(formatted, new GraphQLError(formatted.message))).toEqual(formatted);
  });

  it("masks internal errors in production and reports them", () => {
    const seen: unknown[] = [];
    const format = createFormatError({ production: true, queryTimeoutMs: 1000, onInternalError: (e) => seen.push(e) });
    const original = new KgError("CYPHER_SYNTAX", internal.message);
    expect(format(internal, original)).toEqual({ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(seen).toEqual([original]);
  });

  it("keeps the message of internal errors in development", () => {
    const format = createFormatError({ production: false, queryTimeoutMs: 1000 });
    expect(format(internal, new Error("boom")).message).toBe(internal.message);
  });

  it("says the database is unreachable without naming its address", () => {
    const format = createFormatError({ production: true, queryTimeoutMs: 1000 });
    const down = new KgError("NEO4J_UNREACHABLE", "cannot reach Neo4j at bolt://10.0.0.5:7687");
    const formatted = format({ message: down.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, down);
    expect(formatted.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(formatted.message).not.toContain("10.0.0.5");
  });

  it("turns a transaction timeout into QUERY_TIMEOUT with the limit", () => {
    const format = createFormatError({ production: true, queryTimeoutMs: 15000 });
    const timeout = new Neo4jError("terminated", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "", "");
    const formatted = format({ message: "terminated", extensions: { code: "INTERNAL_SERVER_ERROR" } }, timeout);
    expect(formatted).toMatchObject({ extensions: { code: "QUERY_TIMEOUT" } });
    expect(formatted.message).toContain("15000 ms");
  });
});

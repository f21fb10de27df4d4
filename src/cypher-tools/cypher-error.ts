/** Errors of a user's query, turned into messages that say where and what to do. */
import { Neo4jError } from "neo4j-driver";
import { mapNeo4jError } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { caretExcerpt, syntaxPosition } from "./syntax-position.ts";

/** What the mapper needs to know about the query that failed. */
export interface FailedQuery {
  /** The text as the user wrote it. */
  readonly userText: string;
  /** The text as sent to Neo4j (e.g. with "EXPLAIN\n" in front). */
  readonly sentText: string;
  readonly lineShift: number;
  readonly timeoutMs: number;
  readonly uri: string;
}

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
  "Neo.TransientError.Transaction.TransactionTimedOut",
  "Neo.TransientError.Transaction.LockClientStopped",
]);

/** Syntax errors get their line, column and a caret; timeouts name the limit; the rest go to the shared mapping. */
export function cypherError(error: unknown, query: FailedQuery): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === "Neo.ClientError.Statement.SyntaxError") {
    const position = syntaxPosition(error, query.sentText, query.lineShift);
    const reason = firstLine(error.message);
    if (position === null) return new KgError("CYPHER_SYNTAX", `Cypher syntax error: ${reason}`, { code: error.code }, { cause: error });
    return new KgError(
      "CYPHER_SYNTAX",
      `Cypher syntax error at line ${position.line}, column ${position.column}: ${reason}\n${caretExcerpt(query.userText, position)}`,
      { code: error.code, ...position },
      { cause: error },
    );
  }
  if (TIMEOUT_CODES.has(error.code)) {
    return new KgError(
      "CYPHER_FAILED",
      `The query ran longer than ${query.timeoutMs} ms and was stopped. Narrow it (a LIMIT, a more specific MATCH) or give a larger --timeout.`,
      { code: error.code, timeoutMs: query.timeoutMs },
      { cause: error },
    );
  }
  return mapNeo4jError(error, query.uri);
}

// The classic message repeats the position and the query below the first line; the caret excerpt replaces them.
function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, "").trim();
}

import { describe, expect, it } from "vitest";
import { Neo4jError } from "neo4j-driver";
import { cypherError } from "../../../src/cypher-tools/cypher-error.ts";
import { caretExcerpt, syntaxPosition } from "../../../src/cypher-tools/syntax-position.ts";
import { KgError } from "../../../src/errors/index.ts";

const syntaxError = (message: string) => new Neo4jError(message, "Neo.ClientError.Statement.SyntaxError", "42001", "error: syntax error");

describe("syntax error positions", () => {
  const user = 'MATCH (n:Entity)\nWHERE n.name = "中央活力区" RETRUN n';
  const sent = `EXPLAIN\n${user}`;
  const error = syntaxError(`Invalid input 'RETRUN': expected 'RETURN' (line 3, column 24 (offset: 40))\n"WHERE n.name = "中央活力区" RETRUN n"\n ^`);

  it("takes the added EXPLAIN line off, so the line is the user's", () => {
    expect(syntaxPosition(error, sent, 1)).toEqual({ line: 2, column: 24, offset: 17 + 23 });
  });

  it("draws a caret under the column, with wide spaces under Chinese characters", () => {
    const excerpt = caretExcerpt(user, { line: 2, column: 24, offset: 40 });
    expect(excerpt).toBe('  WHERE n.name = "中央活力区" RETRUN n\n                  \u3000\u3000\u3000\u3000\u3000  ^');
  });

  it("makes a CYPHER_SYNTAX error naming line and column, without repeating Neo4j's own excerpt", () => {
    const mapped = cypherError(error, { userText: user, sentText: sent, lineShift: 1, timeoutMs: 1000, uri: "bolt://x" });
    expect(mapped).toBeInstanceOf(KgError);
    expect((mapped as KgError).code).toBe("CYPHER_SYNTAX");
    expect((mapped as KgError).message).toMatch(/^Cypher syntax error at line 2, column 24: Invalid input 'RETRUN': expected 'RETURN'\n/);
    expect((mapped as KgError).context).toMatchObject({ line: 2, column: 24 });
  });

  it("names the limit when a query times out", () => {
    const timeout = new Neo4jError("timed out", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "50N00", "");
    const mapped = cypherError(timeout, { userText: "x", sentText: "x", lineShift: 0, timeoutMs: 500, uri: "bolt://x" });
    expect((mapped as KgError).message).toMatch(/longer than 500 ms.*--timeout/);
  });
});

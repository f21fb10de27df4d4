/** The one place where neo4j-driver errors become KgErrors with a next step. */
import { Neo4jError } from "neo4j-driver";
import { KgError } from "../errors/index.ts";

/** Maps a driver error to a KgError that says what to do; anything unknown is returned as is. */
export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (code === "ServiceUnavailable" || code === "SessionExpired" || /ECONNREFUSED|connect/i.test(error.message) && code === "") {
    return new KgError(
      "NEO4J_UNREACHABLE",
      `cannot reach Neo4j at ${uri} — run \`npx kg db start\` or set NEO4J_URI`,
      { uri },
      { cause: error },
    );
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new KgError(
      "NEO4J_AUTH",
      `Neo4j at ${uri} refused the credentials (${code}). Check NEO4J_USER / NEO4J_PASSWORD, or the password file printed by \`npx kg db status\`.`,
      { uri, code },
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") {
    return new KgError("CYPHER_SYNTAX", `Cypher syntax error: ${error.message}`, { code }, { cause: error });
  }
  if (code === "Neo.ClientError.Statement.AccessMode") {
    return new KgError("CYPHER_WRITE_REFUSED", `This query writes, but the session is read-only: ${error.message}`, { code }, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.")) {
    return new KgError("CYPHER_FAILED", `Neo4j rejected the query (${code}): ${error.message}`, { code }, { cause: error });
  }
  // Transient and database errors (memory pool full, database unavailable) are Neo4j's, not a bug of ours.
  return new KgError("CYPHER_FAILED", `Neo4j failed (${code || "no code"}): ${error.message}`, { code }, { cause: error });
}

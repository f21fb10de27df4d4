/** What a query would do, as Neo4j's planner says, without running it (EXPLAIN). */
import type { CypherQuery, Db } from "../db/index.ts";
import { cypherError } from "./cypher-error.ts";
import { explainQuery } from "./query-text.ts";

/** Neo4j's query types: read-only, read-write, write-only, schema write. */
export const QUERY_TYPES = ["r", "rw", "w", "s"] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

/** Plans the query with EXPLAIN and returns its type; syntax errors surface here, with their position. */
export async function explainQueryType(db: Db, query: CypherQuery, timeoutMs: number): Promise<QueryType> {
  const explain = explainQuery(query.cypher);
  const session = db.session("READ");
  try {
    const result = await session.run(explain.cypher, query.params ?? {}, { timeout: timeoutMs });
    const type = result.summary.queryType;
    // Anything unexpected is treated as a write: refusing a read is better than running a write.
    return (QUERY_TYPES as readonly string[]).includes(type) ? (type as QueryType) : "w";
  } catch (error) {
    throw cypherError(error, { userText: query.cypher, sentText: explain.cypher, lineShift: explain.lineShift, timeoutMs, uri: db.uri });
  } finally {
    await session.close();
  }
}

/** Words for a query type, for messages. */
export function describeQueryType(type: QueryType): string {
  switch (type) {
    case "r":
      return "only reads";
    case "rw":
      return "reads and writes data";
    case "w":
      return "writes data";
    case "s":
      return "changes the schema (indexes or constraints)";
    default: {
      const never: never = type;
      return String(never);
    }
  }
}

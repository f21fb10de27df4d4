/** Refuses a query that would write, before it runs: `kg cypher` and `kg query` are read-only unless told. */
import type { CypherQuery, Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { describeQueryType, explainQueryType } from "./query-type.ts";

/** Throws CYPHER_WRITE_REFUSED unless EXPLAIN says the query only reads. */
export async function assertReadOnly(db: Db, query: CypherQuery, timeoutMs: number): Promise<void> {
  const type = await explainQueryType(db, query, timeoutMs);
  if (type === "r") return;
  throw new KgError(
    "CYPHER_WRITE_REFUSED",
    `Refused: this query ${describeQueryType(type)} (query type "${type}"), and kg runs read-only by default. ` +
      "Nothing was changed. If you mean to change the graph, run it again with --write.",
    { queryType: type },
  );
}

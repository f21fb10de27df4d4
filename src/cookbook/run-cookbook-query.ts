/** Runs a cookbook query by name: parameters checked against its header, always read-only. */
import type { Db } from "../db/index.ts";
import { runCypher, type RunCypherResult } from "../cypher-tools/index.ts";
import { bindParams } from "./bind-params.ts";
import { loadCookbookQuery } from "./cookbook-catalog.ts";

/** Loads, binds and runs `name`; a cookbook query that writes is refused like any other. */
export async function runCookbookQuery(db: Db, name: string, given: Readonly<Record<string, unknown>>, timeoutMs: number): Promise<RunCypherResult> {
  const query = await loadCookbookQuery(name);
  return runCypher(db, { cypher: query.cypher, params: bindParams(query, given) }, { write: false, timeoutMs });
}

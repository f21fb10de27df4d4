/** Runs a cookbook query by name: parameters checked against its header, always read-only. */
import type { Db } from "../db/index.ts";
import { runCypher, type RunCypherResult } from "../cypher-tools/index.ts";
import { bindParams } from "./bind-params.ts";
import { loadCookbookQuery } from "./cookbook-catalog.ts";
import { resolveNameParams } from "./resolve-name-params.ts";

/**
 * Loads, binds and runs `name`; a cookbook query that writes is refused like any other. Cookbook queries are
 * written against the whole graph contract, so "label / relationship type / property does not exist" only means
 * this graph has no such facts yet, and is not passed on as a warning. An entity name that matches no entity is
 * NOT_FOUND (see resolve-name-params.ts); `note` hears about names read as another spelling.
 */
export async function runCookbookQuery(
  db: Db,
  name: string,
  given: Readonly<Record<string, unknown>>,
  timeoutMs: number,
  note: (line: string) => void = () => {},
): Promise<RunCypherResult> {
  const query = await loadCookbookQuery(name);
  const params = await resolveNameParams(db, query, bindParams(query, given), note);
  const result = await runCypher(db, { cypher: query.cypher, params }, { write: false, timeoutMs });
  return { ...result, warnings: result.warnings.filter((w) => !/ does not exist\b/.test(w)) };
}

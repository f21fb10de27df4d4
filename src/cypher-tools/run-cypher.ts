/** Runs a researcher's query: read-only (checked first with EXPLAIN) unless writes are allowed, with a timeout. */
import type { CypherQuery, Db } from "../db/index.ts";
import { cypherError } from "./cypher-error.ts";
import { toCypherParams } from "./cypher-param-value.ts";
import { toPlainValue, type PlainRow } from "./plain-value.ts";
import type { QueryResult } from "./query-result.ts";
import { trimStatement } from "./query-text.ts";
import { assertReadOnly } from "./read-only-guard.ts";

/** How to run it. */
export interface RunCypherOptions {
  /** Allow writes (WRITE session, no EXPLAIN check). */
  readonly write: boolean;
  readonly timeoutMs: number;
}

/** A result plus what Neo4j counted while running it. */
export interface RunCypherResult extends QueryResult {
  readonly ms: number;
  /** Changes made (only with `write`): nodesCreated, relationshipsDeleted, … when non-zero. */
  readonly updates: Readonly<Record<string, number>>;
  /** Neo4j's warnings, e.g. "The provided label is not in the database" for a misspelt label. */
  readonly warnings: readonly string[];
}

/**
 * Runs one statement in an auto-commit transaction (so `CALL { … } IN TRANSACTIONS` works with --write).
 * Whole-number parameters are sent as integers.
 */
export async function runCypher(db: Db, query: CypherQuery, options: RunCypherOptions): Promise<RunCypherResult> {
  const prepared: CypherQuery = { cypher: trimStatement(query.cypher), params: toCypherParams(query.params ?? {}) };
  const started = Date.now();
  if (!options.write) await assertReadOnly(db, prepared, options.timeoutMs);
  const session = db.session(options.write ? "WRITE" : "READ");
  try {
    const result = session.run(prepared.cypher, prepared.params ?? {}, { timeout: options.timeoutMs });
    const columns = await result.keys();
    const { records, summary } = await result;
    const rows: PlainRow[] = records.map((record) => Object.fromEntries(columns.map((c) => [c, toPlainValue(record.get(c))])));
    const updates = Object.fromEntries(Object.entries(summary.counters.updates()).filter(([, n]) => n > 0));
    const warnings = summary.gqlStatusObjects
      .filter((g) => g.severity === "WARNING")
      .map((g) => `${g.statusDescription.replace(/^warn: /, "")}${g.position ? ` (line ${g.position.line}, column ${g.position.column})` : ""}`);
    return { columns: [...columns], rows, ms: Date.now() - started, updates, warnings };
  } catch (error) {
    throw cypherError(error, { userText: prepared.cypher, sentText: prepared.cypher, lineShift: 0, timeoutMs: options.timeoutMs, uri: db.uri });
  } finally {
    await session.close();
  }
}

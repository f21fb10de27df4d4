/** What running a query gives the formatters: its columns in order and its rows as plain values. */
import type { PlainRow } from "./plain-value.ts";

/** A finished query's output. */
export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: readonly PlainRow[];
}

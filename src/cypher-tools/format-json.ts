/** JSON of a query result: an array of row objects, keys in column order. */
import type { QueryResult } from "./query-result.ts";

/** Pretty-printed JSON array, one object per row. */
export function formatJson(result: QueryResult): string {
  const rows = result.rows.map((row) => Object.fromEntries(result.columns.map((c) => [c, row[c] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

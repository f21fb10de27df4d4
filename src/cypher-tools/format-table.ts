/** A terminal table of a query result; long cells are cut so a row fits on a screen. */
import Table from "cli-table3";
import { cellText } from "./cell-text.ts";
import type { QueryResult } from "./query-result.ts";

const MAX_CELL = 100;

/** A boxed table with one column per result column; "(no rows)" when empty. */
export function formatTable(result: QueryResult): string {
  if (result.columns.length === 0 || result.rows.length === 0) return `(no rows)${result.columns.length ? ` columns: ${result.columns.join(", ")}` : ""}\n`;
  const table = new Table({ head: [...result.columns], style: { head: [], border: [], compact: true } });
  for (const row of result.rows) table.push(result.columns.map((c) => cut(cellText(row[c], ", "))));
  return `${table.toString()}\n`;
}

function cut(text: string): string {
  const chars = [...text.replace(/\s+/g, " ")];
  return chars.length > MAX_CELL ? `${chars.slice(0, MAX_CELL - 1).join("")}…` : chars.join("");
}

/** RFC 4180 CSV of a query result, for pandas and spreadsheets. */
import { cellText } from "./cell-text.ts";
import type { QueryResult } from "./query-result.ts";

/**
 * One header line, one line per row, "\n" line ends. Lists of scalars are joined with "|" (split them with
 * `df[col].str.split("|")`); maps, nodes and nested lists are JSON.
 */
export function formatCsv(result: QueryResult): string {
  const lines = [result.columns.map(csvField).join(",")];
  for (const row of result.rows) lines.push(result.columns.map((c) => csvField(cellText(row[c], "|"))).join(","));
  return `${lines.join("\n")}\n`;
}

/** Quotes a field when it holds a comma, quote, line break or surrounding space. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The output formats of `kg cypher` and `kg query`, and the default for where stdout goes. */
import { KgError } from "../errors/index.ts";
import { formatCsv } from "./format-csv.ts";
import { formatJson } from "./format-json.ts";
import { formatTable } from "./format-table.ts";
import type { QueryResult } from "./query-result.ts";

/** The formats a result can be printed in. */
export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The `--format` flag if given, else a table on a terminal and JSON when piped. */
export function resolveOutputFormat(flag: string | undefined, stdoutIsTty: boolean): OutputFormat {
  if (flag === undefined) return stdoutIsTty ? "table" : "json";
  if ((OUTPUT_FORMATS as readonly string[]).includes(flag)) return flag as OutputFormat;
  throw new KgError("INPUT_INVALID", `--format must be one of ${OUTPUT_FORMATS.join(", ")}, not "${flag}".`, { flag });
}

/** Renders a result in a format. */
export function formatResult(result: QueryResult, format: OutputFormat): string {
  switch (format) {
    case "table":
      return formatTable(result);
    case "json":
      return formatJson(result);
    case "csv":
      return formatCsv(result);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** Shared by `kg cypher` and `kg query`: flags that shape a run, and printing its result. */
import { KgError } from "../errors/index.ts";
import { formatResult, resolveOutputFormat, type OutputFormat, type RunCypherResult } from "../cypher-tools/index.ts";
import { say } from "./say.ts";

/** Parses `--timeout <ms>`, falling back to the configured query timeout. */
export function timeoutFrom(flag: string | undefined, fallbackMs: number): number {
  if (flag === undefined) return fallbackMs;
  const ms = Number(flag);
  if (!Number.isInteger(ms) || ms < 1) throw new KgError("INPUT_INVALID", `--timeout must be a whole number of milliseconds, e.g. --timeout 30000, not "${flag}".`);
  return ms;
}

/** The `--format` flag checked before anything runs; the default depends on whether stdout is a terminal. */
export function outputFormatFrom(flag: string | undefined): OutputFormat {
  return resolveOutputFormat(flag, process.stdout.isTTY === true);
}

/** Writes the rows to stdout in the chosen format, and a one-line summary to stderr. */
export function printResult(result: RunCypherResult, format: OutputFormat): void {
  process.stdout.write(formatResult(result, format));
  const updates = Object.entries(result.updates).map(([k, n]) => `${k} ${n}`);
  for (const warning of result.warnings) say(`warning: ${warning}`);
  say(`${result.rows.length} row${result.rows.length === 1 ? "" : "s"} in ${result.ms} ms${updates.length ? `; ${updates.join(", ")}` : ""}.`);
}

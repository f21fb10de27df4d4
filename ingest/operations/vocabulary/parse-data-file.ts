/** Validation of the extractor's JSON data files, with errors that point into the file the way a person would. */
import type { z } from "zod";
import { KgError } from "../../../src/errors/index.ts";

/** Renders a zod issue path as `entities[2].type`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

/** Parses `json` with `schema` or throws INPUT_INVALID naming `what`, the file and the first bad path. */
export function parseDataFile<T>(schema: z.ZodType<T>, json: unknown, source: string, what: string): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  const path = issues[0]?.path ?? "(root)";
  const detail = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  throw new KgError("INPUT_INVALID", `${what} ${source} is invalid at ${path}: ${detail}. Fix the entry and rebuild.`, { file: source, path, issues });
}

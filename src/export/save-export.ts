/** Writes an export where `--out` says: a file, a folder, or stdout. */
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { KgError } from "../errors/index.ts";
import type { GraphExport } from "./graph-export.ts";
import { writeCsvFiles } from "./write-csv-files.ts";
import { writeGraphml } from "./write-graphml.ts";
import { writeJsonl } from "./write-jsonl.ts";

/** The formats of `kg export`. */
export const EXPORT_FORMATS = ["graphml", "jsonl", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Where the export went: the files written, or stdout. */
export type SaveResult = { readonly kind: "stdout" } | { readonly kind: "files"; readonly files: readonly string[] };

const FILE_NAMES: Record<Exclude<ExportFormat, "csv">, string> = { graphml: "shizhong-kg.graphml", jsonl: "shizhong-kg.jsonl" };

/**
 * `out` is a folder for every format (created when missing): graphml and jsonl write `shizhong-kg.<ext>` in
 * it, csv one file per table. Without `out`, graphml and jsonl go to stdout; csv, being several files, needs it.
 */
export async function saveExport(graph: GraphExport, format: ExportFormat, out: string | undefined, stdout: NodeJS.WritableStream): Promise<SaveResult> {
  const files = format === "csv" ? writeCsvFiles(graph) : new Map([[FILE_NAMES[format], format === "graphml" ? writeGraphml(graph) : writeJsonl(graph)]]);
  if (out === undefined) {
    if (format === "csv") throw new KgError("INPUT_INVALID", "The CSV export is several files: name a folder with --out, e.g. --out export/");
    for (const text of files.values()) stdout.write(text);
    return { kind: "stdout" };
  }
  if (await isFile(out)) throw new KgError("INPUT_INVALID", `--out is a folder, but ${out} is a file: name a folder (it is created if missing), e.g. --out export/`);
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of files) {
    const file = path.join(out, name);
    await writeFile(file, text, "utf8");
    written.push(file);
  }
  return { kind: "files", files: written };
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() === true;
}

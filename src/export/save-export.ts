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
 * graphml and jsonl: one file — `out` itself, or `shizhong-kg.<ext>` inside `out` when it is a folder (exists, or
 * ends with "/"); stdout when `out` is absent. csv: several files in the folder `out`, which is required.
 */
export async function saveExport(graph: GraphExport, format: ExportFormat, out: string | undefined, stdout: NodeJS.WritableStream): Promise<SaveResult> {
  if (format === "csv") {
    if (out === undefined) throw new KgError("INPUT_INVALID", "The CSV export is several files: name a folder with --out, e.g. --out export/");
    if (await isFile(out)) throw new KgError("INPUT_INVALID", `The CSV export is several files, but ${out} is a file: name a folder with --out.`);
    await mkdir(out, { recursive: true });
    const files: string[] = [];
    for (const [name, text] of writeCsvFiles(graph)) {
      const file = path.join(out, name);
      await writeFile(file, text, "utf8");
      files.push(file);
    }
    return { kind: "files", files };
  }
  const text = format === "graphml" ? writeGraphml(graph) : writeJsonl(graph);
  if (out === undefined) {
    stdout.write(text);
    return { kind: "stdout" };
  }
  const file = out.endsWith("/") || out.endsWith(path.sep) || (await isDirectory(out)) ? path.join(out, FILE_NAMES[format]) : out;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, "utf8");
  return { kind: "files", files: [file] };
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isDirectory() === true;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => null))?.isFile() === true;
}

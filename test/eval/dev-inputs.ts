/** The dev set's location and its six reports as ingest inputs (shared by eval:dev and eval:dev:names). */
import { promises as fs } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config/index.ts";
import { findPublicationDate } from "../../ingest/stages/front-matter.ts";
import type { DocumentInput } from "../../ingest/stages/read-documents.ts";

/** The dev graph's own Neo4j: its Bolt port (KG_DEV_NEO4J_PORT) and password. */
export const DEV_NEO4J_PORT = process.env.KG_DEV_NEO4J_PORT ?? "7699";
export const DEV_NEO4J_PASSWORD = "kg-devset-password";

/** `--name` flags and `--name value` options of a dev script's command line. */
export function devArgs(argv: readonly string[]): { flag: (name: string) => boolean; option: (name: string) => string | undefined } {
  return {
    flag: (name) => argv.includes(`--${name}`),
    option: (name) => {
      const i = argv.indexOf(`--${name}`);
      return i >= 0 ? argv[i + 1] : undefined;
    },
  };
}

/** ../shared/devset, or KG_DEVSET. */
export const DEVSET = path.resolve(process.env.KG_DEVSET ?? path.join(PROJECT_ROOT, "..", "shared", "devset"));

/** The dev reports, each with the date its text gives, else the year in its file name. */
export async function devInputs(): Promise<DocumentInput[]> {
  const files = (await fs.readdir(DEVSET)).filter((f) => /^dev_.*\.txt$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const full = path.join(DEVSET, file);
      const text = await fs.readFile(full, "utf8");
      const year = /_(\d{4})\.txt$/.exec(file)?.[1] ?? null;
      return { path: full, id: path.basename(file, ".txt"), publishedAt: findPublicationDate(text) ?? year, kind: "government_work_report" as const };
    }),
  );
}

/** The gold's entities (the scorer's file). */
export async function devGoldEntities(): Promise<{ name: string; aliases?: string[]; type: string; alt_types?: string[] }[]> {
  return (JSON.parse(await fs.readFile(path.join(DEVSET, "gold_dev.json"), "utf8")) as { entities: { name: string; aliases?: string[]; type: string }[] }).entities;
}

/** The gold's relations (subject and object by name). */
export async function devGoldRelations(): Promise<{ subject: string; predicate: string; object: string; quote: string }[]> {
  return (JSON.parse(await fs.readFile(path.join(DEVSET, "gold_dev.json"), "utf8")) as { relations: { subject: string; predicate: string; object: string; quote: string }[] }).relations;
}

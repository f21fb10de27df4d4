/**
 * What the extractor knows besides the text: the curated lexicon (identity only), the metric list,
 * and the trigger vocabulary. Also the extractor's own hash, so a changed rule re-ingests the corpus.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PROJECT_ROOT } from "../src/config/index.ts";
import { ENTITY_TYPES, type EntityType } from "../src/graph/contract.ts";
import { KgError } from "../src/errors/index.ts";
import { buildLexiconIndex, parseLexicon, parseMetrics, type LexiconIndex } from "./operations/lexicon.ts";
import { parseDataFile } from "./operations/parse-data-file.ts";
import { parseTriggers, type Triggers } from "./operations/triggers.ts";

/** Where metrics.json, triggers.json and settings.json (the extractor's general vocabulary) live. */
export const DATA_DIR = path.join(PROJECT_ROOT, "ingest", "data");

/**
 * The corpus's curated names, aliases and English names: optional data of one deployment, which adds
 * identity (aliases, English names) to what the extractor finds; recognition never rests on it.
 */
export const CURATED_NAMES_FILE = path.join(DATA_DIR, "corpus", "curated-names.json");

/** How to load: `curated: false` runs the extractor as it meets a report nobody curated names for. */
export interface ResourceOptions {
  readonly curated?: boolean;
  readonly curatedFile?: string;
}

const SettingsSchema = z.strictObject({
  defaultSubject: z.strictObject({ name: z.string().min(1), type: z.enum(ENTITY_TYPES) }),
});

/** The extractor's loaded knowledge. */
export interface ExtractorResources {
  readonly lexicon: LexiconIndex;
  readonly triggers: Triggers;
  /** Who a number is about when the sentence names nobody (the district the corpus describes). */
  readonly defaultSubject: { readonly name: string; readonly type: EntityType };
  /** Changes whenever the extractor's code or data changes. */
  readonly extractorHash: string;
}

/** Loads and validates the data files once per run. */
export async function loadResources(dataDir = DATA_DIR, options: ResourceOptions = {}): Promise<ExtractorResources> {
  const read = async (name: string): Promise<unknown> => {
    const file = path.resolve(dataDir, name);
    try {
      return JSON.parse(await fs.readFile(file, "utf8"));
    } catch (error) {
      throw new KgError("INPUT_INVALID", `Cannot read ${file}: ${(error as Error).message}`, { file }, { cause: error });
    }
  };
  const curatedFile = options.curatedFile ?? CURATED_NAMES_FILE;
  const lexicon = buildLexiconIndex(
    options.curated === false ? { entities: [] } : parseLexicon(await read(curatedFile), curatedFile),
    parseMetrics(await read("metrics.json"), path.join(dataDir, "metrics.json")),
  );
  const triggers = parseTriggers(await read("triggers.json"), path.join(dataDir, "triggers.json"));
  const settings = parseDataFile(SettingsSchema, await read("settings.json"), path.join(dataDir, "settings.json"), "Settings file");
  return { lexicon, triggers, defaultSubject: settings.defaultSubject, extractorHash: await extractorHash(dataDir, options.curated === false ? null : curatedFile) };
}

async function extractorHash(dataDir: string, curatedFile: string | null): Promise<string> {
  const ingestDir = path.join(PROJECT_ROOT, "ingest");
  const entries = await fs.readdir(ingestDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && (e.name.endsWith(".ts") || (e.name.endsWith(".json") && e.parentPath === dataDir)))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  if (curatedFile) files.push(curatedFile);
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(ingestDir, file)).update(await fs.readFile(file));
  return hash.digest("hex").slice(0, 16);
}

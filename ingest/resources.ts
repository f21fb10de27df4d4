/**
 * What the extractor knows besides the text: the curated lexicon (identity only), the metric list,
 * and the trigger vocabulary. Also the extractor's own hash, so a changed rule re-ingests the corpus.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config/index.ts";
import { KgError } from "../src/errors/index.ts";
import { buildLexiconIndex, parseLexicon, parseMetrics, withoutRelativeAliases, type LexiconIndex } from "./operations/names/lexicon.ts";
import { parseTriggers, type Triggers } from "./operations/vocabulary/triggers.ts";

/** Where metrics.json and triggers.json (the extractor's general vocabulary) live. */
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

/** The extractor's loaded knowledge. */
export interface ExtractorResources {
  readonly lexicon: LexiconIndex;
  /** The lexicon for a document about `place`: relative aliases (区委, 市政府) only where the curated corpus is. */
  lexiconFor(place: string | null): LexiconIndex;
  readonly triggers: Triggers;
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
  const curated = options.curated === false ? { entities: [] } : parseLexicon(await read(curatedFile), curatedFile);
  const metrics = parseMetrics(await read("metrics.json"), path.join(dataDir, "metrics.json"));
  const lexicon = buildLexiconIndex(curated, metrics);
  const away = curated.place === undefined ? lexicon : buildLexiconIndex(withoutRelativeAliases(curated), metrics);
  const home = curated.place === undefined ? undefined : lexicon.lookup(curated.place);
  const lexiconFor = (place: string | null): LexiconIndex => (place !== null && home !== undefined && lexicon.lookup(place) === home ? lexicon : away);
  const triggers = parseTriggers(await read("triggers.json"), path.join(dataDir, "triggers.json"));
  return { lexicon, lexiconFor, triggers, extractorHash: await extractorHash(dataDir, options.curated === false ? null : curatedFile) };
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

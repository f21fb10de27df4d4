/**
 * The curated lexicon (ingest/data/corpus/curated-names.json, optional data of one corpus) and metric list (ingest/data/metrics.json): canonical
 * names, types, aliases and English names. Parsed strictly — a typo such as "alias" for "aliases" would
 * otherwise silently lose names — and indexed once, so every surface form points at one entry.
 * Only the pure part lives here; reading the files is a stage's job.
 */
import { z } from "zod";
import { ENTITY_TYPES, type EntityType } from "../../../src/graph/contract.ts";
import { parseDataFile } from "../vocabulary/parse-data-file.ts";
import { KgError } from "../../../src/errors/kg-error.ts";
import { foldText } from "./fold.ts";
import { SurfaceTrie } from "./surface-trie.ts";

const name = z.string().trim().min(1, "must be a non-empty name");
const names = z.array(name);

const entitySchema = z.strictObject({
  name,
  type: z.enum(ENTITY_TYPES),
  aliases: names.default([]),
  en: names.default([]),
});

const metricSchema = z.strictObject({
  name,
  aliases: names.default([]),
  en: names.default([]),
  units: names.default([]),
});

/** Zod schema of lexicon.json. */
export const LexiconSchema = z.strictObject({
  /** The place the corpus reports on: aliases relative to it (区委, 市政府, 省出版集团) name its bodies only there. */
  place: name.optional(),
  entities: z.array(entitySchema),
});

/** Zod schema of metrics.json. */
export const MetricsSchema = z.strictObject({ metrics: z.array(metricSchema) });

/** One curated entity: canonical name, type, Chinese aliases, English names. */
export type LexiconEntry = z.infer<typeof entitySchema>;

/** The parsed lexicon.json. */
export type Lexicon = z.infer<typeof LexiconSchema>;

/** One curated metric (an Indicator): canonical name, aliases, English names and the units it is given in. */
export type MetricEntry = z.infer<typeof metricSchema>;

/** The parsed metrics.json. */
export type Metrics = z.infer<typeof MetricsSchema>;

/** Validates decoded JSON as lexicon.json; throws INPUT_INVALID naming `source` and the bad entry path. */
export function parseLexicon(json: unknown, source: string): Lexicon {
  return parseDataFile(LexiconSchema, json, source, "Lexicon file");
}

/** Validates decoded JSON as metrics.json; throws INPUT_INVALID naming `source` and the bad entry path. */
export function parseMetrics(json: unknown, source: string): Metrics {
  return parseDataFile(MetricsSchema, json, source, "Metric file");
}

/** The lexicon ready for matching: every Chinese surface form (folded) → its one canonical entry. */
export interface LexiconIndex {
  /** Every entity, metrics included as type Indicator, in file order (lexicon first). */
  readonly entries: readonly LexiconEntry[];
  /** Units per metric name, for the indicator extractor. */
  readonly units: ReadonlyMap<string, readonly string[]>;
  /** Trie over every name and alias (never the English names) for scanning sentences. */
  readonly trie: SurfaceTrie;
  /** The entry a surface form names (name or alias, compared folded), if any. */
  lookup(surface: string): LexiconEntry | undefined;
}

/** The metric as an Indicator entity. */
function metricAsEntry(metric: MetricEntry): LexiconEntry {
  return { name: metric.name, type: "Indicator", aliases: metric.aliases, en: metric.en };
}

/** Unique, in first-seen order. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Builds the index once. Throws INPUT_INVALID when one entity is listed twice or one surface form
 * names two entities: both are curation mistakes that would make resolution depend on file order.
 * A metric whose name is also an Indicator entry of the lexicon is merged into it.
 */
export function buildLexiconIndex(lexicon: Lexicon, metrics: Metrics = { metrics: [] }): LexiconIndex {
  const byKey = new Map<string, LexiconEntry>();
  const entries: LexiconEntry[] = [];
  const indexOf = new Map<string, number>();
  const identity = (type: EntityType, entryName: string): string => `${type}:${entryName}`;

  lexicon.entities.forEach((entry, i) => {
    const id = identity(entry.type, entry.name);
    if (indexOf.has(id)) {
      throw new KgError("INPUT_INVALID", `Lexicon entry entities[${i}] (${entry.type} ${entry.name}) is listed twice. Merge the two entries.`, {
        path: `entities[${i}]`,
        name: entry.name,
      });
    }
    indexOf.set(id, entries.length);
    entries.push(entry);
  });
  for (const metric of metrics.metrics) {
    const asEntry = metricAsEntry(metric);
    const at = indexOf.get(identity("Indicator", metric.name));
    const existing = at === undefined ? undefined : entries[at];
    if (at !== undefined && existing !== undefined) {
      entries[at] = { ...existing, aliases: unique([...existing.aliases, ...asEntry.aliases]), en: unique([...existing.en, ...asEntry.en]) };
    } else {
      indexOf.set(identity("Indicator", metric.name), entries.length);
      entries.push(asEntry);
    }
  }

  for (const entry of entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const key = foldText(surface);
      const other = byKey.get(key);
      if (other !== undefined && other !== entry) {
        throw new KgError(
          "INPUT_INVALID",
          `Lexicon surface "${surface}" names both ${other.type} ${other.name} and ${entry.type} ${entry.name}. Keep it on one entry only.`,
          { surface, entries: [other.name, entry.name] },
        );
      }
      byKey.set(key, entry);
    }
  }

  const units = new Map<string, readonly string[]>(metrics.metrics.map((metric) => [metric.name, metric.units]));
  return {
    entries,
    units,
    trie: new SurfaceTrie(byKey.keys()),
    lookup: (surface) => byKey.get(foldText(surface.trim())),
  };
}

/**
 * True for an alias that names something relative to the place a text is about: 区委, 市政府, 省妇幼保健院
 * start with a bare level. Said in another district's report, 区委 is that district's committee.
 */
export function isRelativeAlias(alias: string): boolean {
  return /^[省市区县]/u.test(alias) && !/^\p{Script=Han}{1,8}[省市区县]$/u.test(alias);
}

/** The lexicon without its relative aliases, for texts about another place than the curated corpus. */
export function withoutRelativeAliases(lexicon: Lexicon): Lexicon {
  return { ...lexicon, entities: lexicon.entities.map((e) => ({ ...e, aliases: e.aliases.filter((a) => !isRelativeAlias(a)) })) };
}

/**
 * The in-memory index of every name the graph knows (entity names, aliases, English names, metric names),
 * folded for comparison. Built once per server start from the graph (see `load-name-index.ts`); pure here,
 * so tests can build a small one by hand.
 */
import { ENTITY_TYPES, type EntityType } from "../../graph/contract.ts";
import { EXTRA_ENTITY_ALIASES, EXTRA_METRIC_ALIASES, STOP_SURFACES } from "./ask-lexicon.ts";
import { foldText, isHan } from "./fold-text.ts";

/** An entity as the parser sees it. */
export interface IndexedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Number of sentences that mention it: the tie-breaker between entities sharing a name. */
  readonly mentions: number;
  /** True when the curated lexicon defines it (not only found by a pattern). */
  readonly curated: boolean;
}

/** How a surface names its entity, strongest first. */
export const SURFACE_KINDS = ["name", "curated", "extra", "en", "seen"] as const;
/** One of SURFACE_KINDS. */
export type SurfaceKind = (typeof SURFACE_KINDS)[number];

/** One way to write an entity. */
export interface SurfaceEntry {
  readonly entity: IndexedEntity;
  readonly kind: SurfaceKind;
}

/** An entity row as read from the graph. */
export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[] | null;
  readonly curatedAliases?: readonly string[] | null;
  readonly en?: readonly string[] | null;
  readonly mentions?: number | null;
  readonly source?: string | null;
}

/** What the index is built from. */
export interface NameIndexInput {
  readonly entities: readonly EntityRow[];
  /** Metric names of stored indicator values (`IndicatorValue.metric`). */
  readonly metrics: readonly string[];
}

/** The index: folded surface → entries, plus the metric names. */
export interface NameIndex {
  /** Folded surface → its entities, best first. */
  readonly surfaces: ReadonlyMap<string, readonly SurfaceEntry[]>;
  /** Folded surface → canonical metric name. */
  readonly metricSurfaces: ReadonlyMap<string, string>;
  /** The lengths of the surfaces starting with each UTF-16 unit, longest first: all a question is sliced into there. */
  readonly lengthsFrom: ReadonlyMap<string, readonly number[]>;
  /** Chinese names and curated aliases, for unambiguous partial matches ("活力区" → 济南中央活力区). */
  readonly partials: readonly { readonly folded: string; readonly entity: IndexedEntity }[];
  /** Entities by canonical name (first of each name, best ranked). */
  readonly byName: ReadonlyMap<string, IndexedEntity>;
  readonly entityCount: number;
}

const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);

/** Builds the index; entities of unknown type and generic surfaces are left out. */
export function buildNameIndex(input: NameIndexInput): NameIndex {
  const surfaces = new Map<string, SurfaceEntry[]>();
  const metricSurfaces = new Map<string, string>();
  const partials: { folded: string; entity: IndexedEntity }[] = [];
  const byName = new Map<string, IndexedEntity>();
  const lengthsFrom = new Map<string, number[]>();
  const reach = (folded: string) => {
    const lengths = lengthsFrom.get(folded.charAt(0)) ?? [];
    if (!lengths.includes(folded.length)) lengthsFrom.set(folded.charAt(0), [...lengths, folded.length].sort((a, b) => b - a));
  };
  let entityCount = 0;

  const addSurface = (raw: string, entry: SurfaceEntry) => {
    const folded = foldText(raw).trim();
    if (!usable(folded)) return;
    const list = surfaces.get(folded) ?? [];
    const same = list.findIndex((e) => e.entity.id === entry.entity.id);
    if (same >= 0) {
      const old = list[same];
      if (old && rankKind(entry.kind) < rankKind(old.kind)) list[same] = entry;
    } else list.push(entry);
    surfaces.set(folded, list);
    reach(folded);
  };
  const addMetric = (raw: string, metric: string) => {
    const folded = foldText(raw).trim();
    if (!usable(folded) || metricSurfaces.has(folded)) return;
    metricSurfaces.set(folded, metric);
    reach(folded);
  };

  // Metrics first: an Indicator's own names win over a value's free-text metric of the same spelling.
  for (const row of input.entities) {
    if (row.type !== "Indicator") continue;
    addMetric(row.name, row.name);
    for (const alias of [...(row.curatedAliases ?? []), ...(row.en ?? []), ...(row.aliases ?? [])]) addMetric(alias, row.name);
  }
  for (const metric of input.metrics) addMetric(metric, metric);
  for (const [metric, aliases] of Object.entries(EXTRA_METRIC_ALIASES)) {
    if (!metricSurfaces.has(foldText(metric))) continue;
    for (const alias of aliases) addMetric(alias, metric);
  }

  for (const row of input.entities) {
    if (row.type === "Indicator" || !TYPES.has(row.type)) continue;
    entityCount++;
    const curatedAliases = row.curatedAliases ?? [];
    const entity: IndexedEntity = {
      id: row.id,
      name: row.name,
      type: row.type as EntityType,
      mentions: row.mentions ?? 0,
      curated: row.source === "lexicon",
    };
    const previous = byName.get(row.name);
    if (!previous || compareEntities(entity, previous) < 0) byName.set(row.name, entity);
    addSurface(row.name, { entity, kind: "name" });
    for (const alias of curatedAliases) addSurface(alias, { entity, kind: "curated" });
    for (const alias of EXTRA_ENTITY_ALIASES[row.name] ?? []) addSurface(alias, { entity, kind: "extra" });
    for (const en of row.en ?? []) addSurface(en, { entity, kind: "en" });
    for (const alias of row.aliases ?? []) addSurface(alias, { entity, kind: "seen" });
    for (const raw of [row.name, ...curatedAliases]) {
      const folded = foldText(raw);
      if (isHan(folded.charAt(0)) && folded.length >= 3) partials.push({ folded, entity });
    }
  }
  for (const list of surfaces.values()) list.sort(compareEntries);
  return { surfaces, metricSurfaces, lengthsFrom, partials, byName, entityCount };
}

/** Best entry first: stronger kind of surface, then curated entities, then more mentions, then name. */
export function compareEntries(a: SurfaceEntry, b: SurfaceEntry): number {
  return rankKind(a.kind) - rankKind(b.kind) || compareEntities(a.entity, b.entity);
}

function compareEntities(a: IndexedEntity, b: IndexedEntity): number {
  return Number(b.curated) - Number(a.curated) || b.mentions - a.mentions || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

function rankKind(kind: SurfaceKind): number {
  return SURFACE_KINDS.indexOf(kind);
}

// A surface must say something: at least two characters (one ideograph is always ambiguous), not a generic word,
// not a bare number (years and counts are read separately).
function usable(folded: string): boolean {
  if (folded.length < 2 || STOP_SURFACES.has(folded)) return false;
  if (/^[\d.,%\s-]+$/.test(folded)) return false;
  return true;
}

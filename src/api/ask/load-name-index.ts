/**
 * Loads the name index from the graph once per database handle and keeps it until the graph version changes
 * (per-db-cache.ts).
 */
import type { Db } from "../../db/index.ts";
import { buildNameIndex, type EntityRow, type NameIndex } from "./name-index.ts";
import { perDbCache } from "./per-db-cache.ts";

/** The query that reads every entity's names and how often it is mentioned. */
export const ENTITY_NAMES_QUERY = {
  cypher: `MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.curatedAliases AS curatedAliases, e.en AS en,
       e.source AS source, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions`,
} as const;

/** The query that reads the metric names of stored values. */
export const METRIC_NAMES_QUERY = { cypher: "MATCH (v:IndicatorValue) RETURN DISTINCT v.metric AS metric" } as const;

const names = perDbCache(readNameIndex, (index) => index.entityCount === 0);

/** The index for `db`, loaded on first use. */
export function loadNameIndex(db: Db): Promise<NameIndex> {
  return names.get(db);
}

/** Drops the cached index of `db` (after an ingest changed the graph). */
export function forgetNameIndex(db: Db): void {
  names.forget(db);
}

async function readNameIndex(db: Db): Promise<NameIndex> {
  const [entities, metrics] = await Promise.all([
    db.rows<EntityRow>(ENTITY_NAMES_QUERY, "READ"),
    db.rows<{ metric: string | null }>(METRIC_NAMES_QUERY, "READ"),
  ]);
  return buildNameIndex({
    entities,
    metrics: metrics.map((m) => m.metric).filter((m): m is string => typeof m === "string" && m.length > 0),
  });
}

/**
 * Every entity's names, in memory, one copy per graph version: the name of a request is resolved here
 * without a round trip when it is a name, alias or English name exactly (most requests), and a typo is
 * matched by edit distance. Reloaded (one query) when the graph version moves.
 */
import type { Db } from "../../db/index.ts";
import { graphVersionWatcher } from "../graph-version/graph-version-watcher.ts";
import { entityProjection, type EntityResult } from "../results/entity.ts";

/** One entity with what ranks it. */
export interface NamedEntity {
  readonly entity: EntityResult;
  /** Sentences that mention it: the tie-breaker between equal matches. */
  readonly mentions: number;
  /** Name and aliases, lower-cased (what the partial test of the Cypher ranking compares). */
  readonly lowered: readonly string[];
}

/** The entities of one graph version. */
export interface EntityNames {
  readonly version: number;
  readonly entities: readonly NamedEntity[];
  /** Lower-cased name, alias or English name → the entities that have it: an exact lookup is one Map read. */
  readonly bySurface: ReadonlyMap<string, readonly NamedEntity[]>;
}

const ENTITY_NAMES_QUERY = {
  cypher: `MATCH (e:Entity)
RETURN ${entityProjection("e")} AS entity, COUNT { (e)-[:MENTIONED_IN]->() } AS mentions`,
} as const;

const loaded = new WeakMap<Db, { version: number; names: Promise<EntityNames> }>();

/** The names of the graph version `db` is at now (within a second); loads them on first use of a version. */
export async function entityNames(db: Db): Promise<EntityNames> {
  const version = await graphVersionWatcher(db).current();
  const known = loaded.get(db);
  if (known !== undefined && known.version === version) return known.names;
  const names = readEntityNames(db, version);
  loaded.set(db, { version, names });
  // A failed read is not kept: the next request tries again.
  names.catch(() => {
    if (loaded.get(db)?.names === names) loaded.delete(db);
  });
  return names;
}

async function readEntityNames(db: Db, version: number): Promise<EntityNames> {
  const rows = await db.rows<{ entity: EntityResult; mentions: number }>(ENTITY_NAMES_QUERY, "READ");
  const entities = rows.map(({ entity, mentions }) => ({
    entity,
    mentions: Number(mentions),
    lowered: [entity.name, ...entity.aliases].map((n) => n.toLowerCase()),
  }));
  return { version, entities, bySurface: indexBySurface(entities) };
}

/** Builds `bySurface` (exported for tests that build names by hand). */
export function indexBySurface(entities: readonly NamedEntity[]): Map<string, NamedEntity[]> {
  const bySurface = new Map<string, NamedEntity[]>();
  for (const named of entities) {
    for (const surface of new Set([...named.lowered, ...named.entity.en.map((n) => n.toLowerCase())])) {
      const list = bySurface.get(surface);
      if (list === undefined) bySurface.set(surface, [named]);
      else list.push(named);
    }
  }
  return bySurface;
}

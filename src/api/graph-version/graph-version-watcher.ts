/**
 * The API's view of the graph version (`(:GraphVersion {id: "graph"}).version`, bumped by ingest in the same
 * transaction as every load, removal and rebuild; see ingest/load/graph-version.ts). Requests ask for it
 * through `current()`: it is read from Neo4j at most once per `maxAgeMs`, and one read is shared by every
 * request that arrives while it runs, so a commit is seen within `maxAgeMs` at the cost of one tiny query
 * per second under load.
 *
 * Why a version read *before* the work is safe: the bump commits with the data, so a request that read
 * version v runs on a graph at least as new as v; whatever it caches under v is never older than v.
 */
import type { Db } from "../../db/index.ts";
import { GRAPH_VERSION_ID } from "../../../ingest/load/graph-version.ts";

/** How old a version read may be before the next request reads it again. */
export const GRAPH_VERSION_MAX_AGE_MS = 1000;

/** 0 when the graph has never been loaded with a versioning ingest. */
const VERSION_QUERY = {
  cypher: "OPTIONAL MATCH (g:GraphVersion {id: $id}) RETURN coalesce(g.version, 0) AS version",
  params: { id: GRAPH_VERSION_ID },
} as const;

/** Told the new version when it differs from the last one seen. */
export type VersionListener = (version: number, previous: number | null) => void;

/** Reads and remembers the graph version of one database. */
export class GraphVersionWatcher {
  readonly #db: Db;
  readonly #maxAgeMs: number;
  readonly #listeners: VersionListener[] = [];
  #version: number | null = null;
  #readAt = 0;
  #reading: Promise<number> | null = null;

  constructor(db: Db, maxAgeMs = GRAPH_VERSION_MAX_AGE_MS) {
    this.#db = db;
    this.#maxAgeMs = maxAgeMs;
  }

  /** Registers `listener` for changes (not for the first read); returns the function that unregisters it. */
  onChange(listener: VersionListener): () => void {
    this.#listeners.push(listener);
    return () => {
      const at = this.#listeners.indexOf(listener);
      if (at >= 0) this.#listeners.splice(at, 1);
    };
  }

  /** The version, at most `maxAgeMs` old; rejects when Neo4j cannot be read. */
  current(): Promise<number> {
    if (this.#version !== null && performance.now() - this.#readAt < this.#maxAgeMs) return Promise.resolve(this.#version);
    this.#reading ??= this.#read().finally(() => (this.#reading = null));
    return this.#reading;
  }

  async #read(): Promise<number> {
    // The clock starts before the query: an answer is as old as the moment it was asked for.
    const startedAt = performance.now();
    const [row] = await this.#db.rows<{ version: number }>(VERSION_QUERY, "READ");
    const version = Number(row?.version ?? 0);
    const previous = this.#version;
    this.#version = version;
    this.#readAt = startedAt;
    if (previous !== null && previous !== version) for (const listener of this.#listeners) listener(version, previous);
    return version;
  }
}

const watchers = new WeakMap<Db, GraphVersionWatcher>();

/** The one watcher of `db`, shared by the response cache, the name index and `ask`, so one read serves all. */
export function graphVersionWatcher(db: Db): GraphVersionWatcher {
  let watcher = watchers.get(db);
  if (watcher === undefined) {
    watcher = new GraphVersionWatcher(db);
    watchers.set(db, watcher);
  }
  return watcher;
}

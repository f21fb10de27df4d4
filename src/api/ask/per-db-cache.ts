/**
 * What `ask` reads from a graph once and keeps (the name index, the sentences, the places), per database handle, until the
 * server sees a new graph version and forgets it. A load in flight is shared by every caller; a load that fails,
 * or finds an empty graph, is not kept, so a server started before the first ingest reads the graph again later.
 */
import type { Db } from "../../db/index.ts";

/** The kept value of each handle. */
export interface PerDbCache<T> {
  get(db: Db): Promise<T>;
  forget(db: Db): void;
}

export function perDbCache<T>(load: (db: Db) => Promise<T>, isEmpty: (value: T) => boolean): PerDbCache<T> {
  const cache = new WeakMap<Db, Promise<T>>();
  // Only this load is dropped: a newer one, begun after a forget, stays.
  const drop = (db: Db, loading: Promise<T>) => {
    if (cache.get(db) === loading) cache.delete(db);
  };
  return {
    get(db) {
      const cached = cache.get(db);
      if (cached) return cached;
      const loading: Promise<T> = load(db).then(
        (value) => {
          if (isEmpty(value)) drop(db, loading);
          return value;
        },
        (error: unknown) => {
          drop(db, loading);
          throw error;
        },
      );
      cache.set(db, loading);
      return loading;
    },
    forget: (db) => cache.delete(db),
  };
}

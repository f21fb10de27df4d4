/**
 * @neo4j/graphql builds a fresh adapter of a relationship's target entity for every relationship field, and each
 * such adapter builds adapters of all of its own relationships and their properties. With every relationship field
 * pointing at EntityNode (347 fields of ~29 relationships each), that is ~10,000 relationship adapters and ~46,000
 * attribute adapters where ~380 and ~1,900 describe the model: 12 MB of the API's heap (measured) and a tenth of the
 * schema build. The adapters are read-only views of one immutable model, so one adapter per entity serves every
 * field alike; the generated schema is the same, to the byte (test/unit/api/share-entity-adapters.test.ts).
 *
 * The library reads its factory through its module's exports at each call, so wrapping that export is enough. It is
 * internal: when a release moves or renames it, nothing is wrapped and the schema is built as the library does.
 */
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const FACTORY_MODULE = "schema-model/utils/get-entity-adapter.js";

type Factory = (entity: object) => unknown;
let shared = false;
let reuses = 0;

/** Makes @neo4j/graphql reuse one adapter per entity. True when it does (also when called before). */
export function shareEntityAdapters(): boolean {
  if (shared) return true;
  try {
    const exports = require(path.join(path.dirname(require.resolve("@neo4j/graphql")), FACTORY_MODULE)) as { getEntityAdapter?: unknown };
    if (typeof exports.getEntityAdapter !== "function") return false;
    const build = exports.getEntityAdapter as Factory;
    const adapters = new WeakMap<object, unknown>();
    const reuse: Factory = (entity) => {
      let adapter = adapters.get(entity);
      if (adapter === undefined) {
        adapter = build(entity);
        adapters.set(entity, adapter);
      } else reuses++;
      return adapter;
    };
    exports.getEntityAdapter = reuse;
    shared = exports.getEntityAdapter === reuse;
  } catch {
    // Moved, renamed or read-only in this release: the schema is built as the library builds it.
  }
  return shared;
}

/** How many times an adapter was reused instead of built again (0 when the library never asked). */
export function entityAdapterReuses(): number {
  return reuses;
}

/**
 * Stable ids: the same inputs give the same id in every rebuild, on every machine, so researchers can
 * keep ids in notes and queries. Ids are content hashes, never counters or random values.
 */
import { createHash } from "node:crypto";
import type { EntityType } from "./contract.ts";

/**
 * Hex sha1 of the parts joined with ":" cut to 16 characters (64 bits): collisions are negligible for
 * a graph of thousands of nodes, and short ids are easier to read in Cypher results.
 * Parts are joined as given, so callers choose a fixed order (e.g. kind, then name).
 */
export function stableId(...parts: readonly string[]): string {
  return createHash("sha1").update(parts.join(":"), "utf8").digest("hex").slice(0, 16);
}

/** Id of an entity: "e-" + first 16 hex of sha1(`${type}:${name}`), for the canonical name. */
export function entityId(type: EntityType, name: string): string {
  return `e-${stableId(type, name)}`;
}

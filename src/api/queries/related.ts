/** Entities within `depth` relations of one entity, each with the shortest path that reaches it. */
import { int } from "neo4j-driver";
import type { CypherQuery } from "../../db/index.ts";
import type { RelationType } from "../../graph/contract.ts";
import { entityProjection, type EntityResult } from "../results/entity.ts";
import { hopProjection, type HopRow } from "../results/hop.ts";
import { relationPattern } from "./relation-pattern.ts";

/** One reachable entity. */
export interface RelatedRow {
  readonly entity: EntityResult;
  readonly distance: number;
  readonly hops: readonly HopRow[];
}

/**
 * Every entity reachable from `startId` over `types` (either direction) in 1..`depth` hops, nearest
 * first, then by how often it is mentioned.
 * @example relatedQuery("e-…上新街", ["SERVES", "LOCATED_IN"], 2, 100)
 *   // MATCH path = ANY SHORTEST (start)-[:SERVES|LOCATED_IN]-{1,2}(other:Entity) …
 */
export function relatedQuery(startId: string, types: readonly RelationType[], depth: number, limit: number): CypherQuery {
  return {
    cypher: `
MATCH (start:Entity {id: $startId})
MATCH path = ANY SHORTEST (start)-[:${relationPattern(types)}]-{1,${hopCount(depth)}}(other:Entity)
WHERE other <> start
WITH other, path, COUNT { (other)-[:MENTIONED_IN]->() } AS mentions
ORDER BY length(path) ASC, mentions DESC, other.name ASC
LIMIT $limit
RETURN ${entityProjection("other")} AS entity, length(path) AS distance, [r IN relationships(path) | ${hopProjection("r")}] AS hops`,
    params: { startId, limit: int(limit) },
  };
}

/** A hop bound written into the query text: only a small integer is accepted. */
export function hopCount(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new RangeError(`hop count must be an integer in 1..10, got ${n}`);
  return n;
}

/** The shortest chain of entity relations between two entities (MENTIONED_IN and value links excluded). */
import type { CypherQuery } from "../../db/index.ts";
import { RELATION_TYPES } from "../../graph/contract.ts";
import { hopProjection, type HopRow } from "../results/hop.ts";
import { hopCount } from "./related.ts";
import { relationPattern } from "./relation-pattern.ts";

/** The path's hops, in order from `fromId`. */
export interface PathRow {
  readonly hops: readonly HopRow[];
}

/**
 * One shortest path of at most `maxHops` entity relations, in either direction; no row when none.
 * @example shortestPathQuery("e-…上新街", "e-…市中区", 4)
 *   // MATCH path = ANY SHORTEST (a)-[:LOCATED_IN|PART_OF|…]-{1,4}(b) …
 */
export function shortestPathQuery(fromId: string, toId: string, maxHops: number): CypherQuery {
  return {
    cypher: `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = ANY SHORTEST (a)-[:${relationPattern(RELATION_TYPES)}]-{1,${hopCount(maxHops)}}(b)
RETURN [r IN relationships(path) | ${hopProjection("r")}] AS hops`,
    params: { fromId, toId },
  };
}

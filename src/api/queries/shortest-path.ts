/**
 * "How do two entities connect": the one definition of the shortest chain of entity relations (MENTIONED_IN and
 * value links excluded, either direction, at most `maxHops`), used by the `path` field, by `ask` and by the
 * cookbook's cypher/shortest-path.cypher (generated from `shortestPathCookbook()`, checked equal by a unit test).
 */
import type { CypherQuery } from "../../db/index.ts";
import { RELATION_TYPES } from "../../graph/contract.ts";
import { hopProjection, type HopRow } from "../results/hop.ts";
import { hopCount } from "./related.ts";
import { relationPattern } from "./relation-pattern.ts";

/** Longest chain looked for when nothing else is said (the `path` field's default, ask's limit, the cookbook's). */
export const DEFAULT_MAX_HOPS = 4;

/**
 * The path pattern: `<pathVar> = ANY SHORTEST (a)-[:…]-{1,n}(b)` (or ALL SHORTEST, every chain of that length).
 * @example shortestPathPattern("a", "b", 4) // "path = ANY SHORTEST (a)-[:LOCATED_IN|…]-{1,4}(b)"
 */
export function shortestPathPattern(a: string, b: string, maxHops: number = DEFAULT_MAX_HOPS, pathVar = "path", selector: "ANY" | "ALL" = "ANY"): string {
  return `${pathVar} = ${selector} SHORTEST (${a})-[:${relationPattern(RELATION_TYPES)}]-{1,${hopCount(maxHops)}}(${b})`;
}

/** The path's hops, in order from `fromId`. */
export interface PathRow {
  readonly hops: readonly HopRow[];
}

/**
 * One shortest path of at most `maxHops` entity relations, in either direction; no row when none.
 * @example shortestPathQuery("e-…上新街", "e-…市中区", 4)
 */
export function shortestPathQuery(fromId: string, toId: string, maxHops: number): CypherQuery {
  return {
    cypher: `
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH ${shortestPathPattern("a", "b", maxHops)}
RETURN [r IN relationships(path) | ${hopProjection("r")}] AS hops`,
    params: { fromId, toId },
  };
}

/** The cookbook file cypher/shortest-path.cypher, as generated from the definition above. */
export function shortestPathCookbook(): string {
  return `// Question (zh): 两个实体之间通过什么关系链相连（最短路径）？
// Question (en): How are two entities connected (shortest chain of relations)?
// Param: from (string) — the first entity, by name or alias. Example: 京东产业园
// Param: to (string) — the second entity, by name or alias. Example: 中博领创时代
// Example: npx kg query shortest-path --param from=京东产业园 --param to=中博领创时代
// Generated from src/api/queries/shortest-path.ts (the definition the path field and ask use): entity-to-entity
// relations in either direction, up to ${DEFAULT_MAX_HOPS} steps (not through sentences or indicator values); every
// shortest chain is listed.
MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.name = $to OR $to IN b.aliases) AND b <> a
MATCH ${shortestPathPattern("a", "b", DEFAULT_MAX_HOPS, "p", "ALL")}
RETURN a.name AS from, b.name AS to, length(p) AS hops,
       [n IN nodes(p) | n.name] AS names,
       [r IN relationships(p) | startNode(r).name + ' -' + type(r) + '-> ' + endNode(r).name] AS steps,
       [r IN relationships(p) | r.evidenceQuotes[0]] AS quotes
ORDER BY hops, steps
`;
}

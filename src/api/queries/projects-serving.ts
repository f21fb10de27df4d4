/**
 * "What serves X": the one definition, used by the `projectsServing` field, by `ask` and by the cookbook's
 * cypher/projects-serving.cypher (generated from `projectsServingCookbook()`, checked equal by a unit test).
 *
 * An item i serves a target t when, for some region r that is t or lies inside t
 * ((r)-[:PART_OF|LOCATED_IN*0..5]->(t)):
 * - (i)-[:SERVES]->(r)                 rank 0
 * - (i)-[:LOCATED_IN|PART_OF]->(r)     rank 1: it lies in it
 * - (r)-[:BUILDS]->(i)                 rank 2: the area or strategy builds it
 * The shortest such path is kept per item; ties go to the lower rank.
 */
import type { CypherQuery } from "../../db/index.ts";
import { entityProjection } from "../results/entity.ts";
import { hopProjection, type HopRow } from "../results/hop.ts";
import type { EntityResult } from "../results/entity.ts";

/** How deep containment (PART_OF / LOCATED_IN chains) is followed. */
export const MAX_CONTAINMENT_DEPTH = 5;
/** The containment relationships. */
export const CONTAINMENT = "PART_OF|LOCATED_IN";

/** How an item is tied to a region, best first. */
export const SERVING_LINKS = [
  { rank: 0, relation: "SERVES", link: (item: string, r: string, region: string) => `(${item})-[${r}:SERVES]->(${region})` },
  { rank: 1, relation: "LOCATED_IN|PART_OF", link: (item: string, r: string, region: string) => `(${item})-[${r}:LOCATED_IN|PART_OF]->(${region})` },
  { rank: 2, relation: "BUILDS", link: (item: string, r: string, region: string) => `(${item})<-[${r}:BUILDS]-(${region})` },
] as const;

/** Names of the variables the union binds, and what to add per link. */
export interface ServingUnionOptions {
  /** The item's pattern, e.g. `p:Project` or `item:Entity`. */
  readonly item: string;
  /** The target's variable (bound outside). */
  readonly target: string;
  /** Extra condition per link rank (e.g. only placed types for rank 1), or none. */
  readonly where?: (rank: number, item: string) => string | null;
}

/**
 * The body of a `CALL (target) { … }`: one MATCH per link, UNION-ed, each returning
 * `<item>, r, region, path, rank` (path from the item to the target).
 */
export function servingUnion(options: ServingUnionOptions): string {
  const itemVar = options.item.split(":")[0] ?? "item";
  const d = MAX_CONTAINMENT_DEPTH;
  return SERVING_LINKS.map((l) => {
    const conditions = [`${itemVar} <> ${options.target}`, options.where?.(l.rank, itemVar) ?? null].filter((c): c is string => c !== null);
    return `  MATCH path = ${l.link(options.item, "r", "region:Entity")}-[:${CONTAINMENT}*0..${d}]->(${options.target})
  WHERE ${conditions.join(" AND ")}
  RETURN ${itemVar}, r, region, path, ${l.rank} AS rank`;
  }).join("\n  UNION\n");
}

/** One row: a project and the hops that link it to the target, in path order from the project. */
export interface ServingRow {
  readonly project: EntityResult;
  readonly hops: readonly HopRow[];
}

/**
 * The `projectsServing` field's query.
 * @example projectsServingQuery("e-…") for 济南中央活力区 → rows like
 *   {project: 上新街…, hops: [(上新街…)-[:SERVES]->(济南中央活力区)]}
 */
export function projectsServingQuery(targetId: string): CypherQuery {
  return {
    cypher: `
MATCH (t:Entity {id: $targetId})
CALL (t) {
${servingUnion({ item: "p:Project", target: "t" })}
}
WITH p, path, rank ORDER BY length(path) ASC, rank ASC
WITH p, collect(path)[0] AS path
RETURN ${entityProjection("p")} AS project, [r IN relationships(path) | ${hopProjection("r")}] AS hops
ORDER BY size(hops) ASC, project.name ASC`,
    params: { targetId },
  };
}

/** The cookbook file cypher/projects-serving.cypher, as generated from the definition above. */
export function projectsServingCookbook(): string {
  return `// Question (zh): 哪些项目服务于某个区域或战略（含其下属片区）？
// Question (en): Which projects serve an area or a strategy, including its sub-areas?
// Param: target (string) — an area or strategy, by name or alias. Example: 中央商埠区
// Example: npx kg query projects-serving --param target=中央商埠区
// Generated from src/api/queries/projects-serving.ts (the definition the projectsServing field and ask use):
// a project counts when it SERVES, lies in (LOCATED_IN/PART_OF) or is BUILT by the target or anything inside it
// (PART_OF/LOCATED_IN, up to ${MAX_CONTAINMENT_DEPTH} levels down); the shortest link is kept.
MATCH (t:Entity)
WHERE (t:Area OR t:Strategy) AND (t.name = $target OR $target IN t.aliases)
CALL (t) {
${servingUnion({ item: "p:Project", target: "t" })}
}
WITH t, p, r, region, path, rank ORDER BY length(path) ASC, rank ASC
WITH t, p, collect({r: r, region: region})[0] AS best
RETURN p.name AS project,
       t.name AS target,
       CASE WHEN best.region = t THEN type(best.r) ELSE type(best.r) + ' ' + best.region.name END AS via,
       best.r.evidenceDocumentTitles AS documents,
       best.r.evidenceQuotes[0] AS quote
ORDER BY project
`;
}

/**
 * Projects that serve an area or strategy, including the projects of everything inside it
 * (areas and platforms PART_OF / LOCATED_IN it, at any depth), each with the shortest link found.
 */
import type { CypherQuery } from "../../db/index.ts";
import { entityProjection } from "../results/entity.ts";
import { hopProjection, type HopRow } from "../results/hop.ts";
import type { EntityResult } from "../results/entity.ts";

/** How deep containment (PART_OF / LOCATED_IN chains) is followed. */
export const MAX_CONTAINMENT_DEPTH = 5;

/** One row: a project and the hops that link it to the target, in path order from the project. */
export interface ServingRow {
  readonly project: EntityResult;
  readonly hops: readonly HopRow[];
}

/**
 * A project p serves target t when, for some region r that is t or lies inside t
 * ((r)-[:PART_OF|LOCATED_IN*0..5]->(t)):
 * - (p)-[:SERVES]->(r), or
 * - (p)-[:LOCATED_IN|PART_OF]->(r) (the project lies in it), or
 * - (r)-[:BUILDS]->(p) (the area or strategy builds it).
 * The shortest such path is kept per project; ties go to SERVES.
 *
 * @example projectsServingQuery("e-…") for 济南中央活力区 → rows like
 *   {project: 上新街…, hops: [(上新街…)-[:SERVES]->(济南中央活力区)]}
 */
export function projectsServingQuery(targetId: string): CypherQuery {
  const d = MAX_CONTAINMENT_DEPTH;
  return {
    cypher: `
MATCH (t:Entity {id: $targetId})
CALL (t) {
  MATCH path = (p:Project)-[:SERVES]->(r:Entity)-[:PART_OF|LOCATED_IN*0..${d}]->(t)
  RETURN p, path, 0 AS preference
  UNION
  MATCH path = (p:Project)-[:LOCATED_IN|PART_OF]->(r:Entity)-[:PART_OF|LOCATED_IN*0..${d}]->(t)
  WHERE p <> t
  RETURN p, path, 1 AS preference
  UNION
  MATCH path = (p:Project)<-[:BUILDS]-(r:Entity)-[:PART_OF|LOCATED_IN*0..${d}]->(t)
  WHERE p <> t
  RETURN p, path, 2 AS preference
}
WITH p, path, preference ORDER BY length(path) ASC, preference ASC
WITH p, collect(path)[0] AS path
RETURN ${entityProjection("p")} AS project, [r IN relationships(path) | ${hopProjection("r")}] AS hops
ORDER BY size(hops) ASC, project.name ASC`,
    params: { targetId },
  };
}

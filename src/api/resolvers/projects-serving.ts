/** `projectsServing(target)`: projects serving an area or strategy, with the path that links each. */
import { z } from "zod";
import type { EntityType } from "../../graph/contract.ts";
import { nameArg, parseArgs } from "../args.ts";
import { projectsServingQuery, type ServingRow } from "../queries/projects-serving.ts";
import type { EntityResult } from "../results/entity.ts";
import { describePath, toHop, type Hop } from "../results/hop.ts";
import type { FieldResolver } from "./field-resolver.ts";
import { requireEntity } from "./require-entity.ts";

const Args = z.object({ target: nameArg });

/** What can be served: strategies and areas, and platforms (parks, clusters), which are places too. */
export const SERVABLE_TYPES: readonly EntityType[] = ["Strategy", "Area", "Platform"];

/** The `ServingProject` GraphQL type. */
export interface ServingProject {
  readonly project: EntityResult;
  readonly path: readonly Hop[];
  readonly explanation: string;
  readonly direct: boolean;
}

/** Resolves `projectsServing`. */
export const projectsServingResolver: FieldResolver<readonly ServingProject[]> = async (_parent, args, { db }) => {
  const { target } = parseArgs(Args, args);
  const match = await requireEntity(db, target, SERVABLE_TYPES, "target");
  const rows = await db.rows<ServingRow>(projectsServingQuery(match.entity.id), "READ");
  return rows.map((row) => {
    const path = row.hops.map(toHop);
    return { project: row.project, path, explanation: describePath(row.project, path), direct: path.length === 1 };
  });
};

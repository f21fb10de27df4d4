/** `related(name, relationTypes, depth, limit)`: entities near an entity, with the path to each. */
import { z } from "zod";
import { intArg, nameArg, parseArgs, relationTypesArg } from "../args.ts";
import { relatedQuery, type RelatedRow } from "../queries/related.ts";
import type { EntityResult } from "../results/entity.ts";
import { describePath, toHop, type Hop } from "../results/hop.ts";
import type { FieldResolver } from "./field-resolver.ts";
import { requireEntity } from "./require-entity.ts";

const Args = z.object({ name: nameArg, relationTypes: relationTypesArg, depth: intArg(1, 4, 1), limit: intArg(1, 100, 50) });

/** The `RelatedEntity` GraphQL type. */
export interface RelatedEntity {
  readonly entity: EntityResult;
  readonly distance: number;
  readonly path: readonly Hop[];
  readonly explanation: string;
}

/** Resolves `related`. */
export const relatedResolver: FieldResolver<readonly RelatedEntity[]> = async (_parent, args, { db }) => {
  const { name, relationTypes, depth, limit } = parseArgs(Args, args);
  const start = await requireEntity(db, name, null, "name");
  const rows = await db.rows<RelatedRow>(relatedQuery(start.entity.id, relationTypes, depth, limit), "READ");
  return rows.map((row) => {
    const path = row.hops.map(toHop);
    return { entity: row.entity, distance: row.distance, path, explanation: describePath(start.entity, path) };
  });
};

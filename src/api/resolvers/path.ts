/** `path(from, to, maxHops)`: the shortest chain of entity relationships between two entities. */
import { z } from "zod";
import { intArg, nameArg, parseArgs } from "../args.ts";
import { shortestPathQuery, type PathRow } from "../queries/shortest-path.ts";
import type { EntityResult } from "../results/entity.ts";
import { describePath, toHop, type Hop } from "../results/hop.ts";
import type { FieldResolver } from "./field-resolver.ts";
import { requireEntity } from "./require-entity.ts";

const Args = z.object({ from: nameArg, to: nameArg, maxHops: intArg(1, 6, 4) });

/** The `GraphPath` GraphQL type. */
export interface GraphPath {
  readonly from: EntityResult;
  readonly to: EntityResult;
  readonly length: number;
  readonly hops: readonly Hop[];
  readonly explanation: string;
}

/** Resolves `path`; null when no chain of at most `maxHops` exists. */
export const pathResolver: FieldResolver<GraphPath | null> = async (_parent, args, { db }) => {
  const { from, to, maxHops } = parseArgs(Args, args);
  const [a, b] = await Promise.all([requireEntity(db, from, null, "from"), requireEntity(db, to, null, "to")]);
  if (a.entity.id === b.entity.id) return { from: a.entity, to: b.entity, length: 0, hops: [], explanation: a.entity.name };
  const [row] = await db.rows<PathRow>(shortestPathQuery(a.entity.id, b.entity.id, maxHops), "READ");
  if (row === undefined) return null;
  const hops = row.hops.map(toHop);
  return { from: a.entity, to: b.entity, length: hops.length, hops, explanation: describePath(a.entity, hops) };
};

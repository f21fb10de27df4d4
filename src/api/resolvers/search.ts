/** `search(query, types, limit)`: ranked entities matching a text. */
import { z } from "zod";
import { entityTypesArg, intArg, nameArg, parseArgs } from "../args.ts";
import { resolveEntity, type NameMatch } from "../resolve-name.ts";
import type { FieldResolver } from "./field-resolver.ts";

const Args = z.object({ query: nameArg, types: entityTypesArg, limit: intArg(1, 100, 10) });

/** Resolves `search`. */
export const searchResolver: FieldResolver<readonly NameMatch[]> = async (_parent, args, { db }) => {
  const { query, types, limit } = parseArgs(Args, args);
  return (await resolveEntity(db, query, types, { limit, want: "candidates" })).candidates;
};

/** `entity(name, types)`: the entity a name means, or null. */
import { z } from "zod";
import { entityTypesArg, nameArg, parseArgs } from "../args.ts";
import { resolveEntity } from "../resolve-name.ts";
import type { EntityResult } from "../results/entity.ts";
import type { FieldResolver } from "./field-resolver.ts";
import { clearBest } from "./require-entity.ts";

const Args = z.object({ name: nameArg, types: entityTypesArg });

/** Resolves `entity`: null when nothing matches, BAD_USER_INPUT when several entities fit equally well. */
export const entityResolver: FieldResolver<EntityResult | null> = async (_parent, args, { db }) => {
  const { name, types } = parseArgs(Args, args);
  return clearBest(await resolveEntity(db, name, types), name, "name")?.entity ?? null;
};

/**
 * Argument validation at the edge: each semantic field parses its arguments with a zod schema, and a
 * failure becomes BAD_USER_INPUT naming the argument, before any query runs.
 */
import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES } from "../graph/contract.ts";
import { badUserInput } from "./graphql-errors.ts";

/** Longest name or query accepted (the longest entity name in the corpus is far shorter). */
export const MAX_NAME_LENGTH = 100;

/** A name or search text: trimmed, NFKC-normalised (full-width Ｇ → G), 1..100 characters. */
export const nameArg = z
  .string()
  .transform((s) => s.normalize("NFKC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "must not be empty").max(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`));

/** An optional list of entity types; null and [] mean "any type". */
export const entityTypesArg = z
  .array(z.enum(ENTITY_TYPES))
  .nullish()
  .transform((t) => (t === null || t === undefined || t.length === 0 ? null : [...new Set(t)]));

/** An optional list of relation types; null and [] mean "every entity relation". */
export const relationTypesArg = z
  .array(z.enum(RELATION_TYPES))
  .nullish()
  .transform((t) => (t === null || t === undefined || t.length === 0 ? [...RELATION_TYPES] : [...new Set(t)]));

/** An integer in [min, max]; null/undefined take the default. */
export function intArg(min: number, max: number, fallback: number) {
  return z
    .number()
    .int("must be an integer")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .nullish()
    .transform((n) => n ?? fallback);
}

/** Parses `args` with `schema`, or throws BAD_USER_INPUT naming the first bad argument. */
export function parseArgs<S extends z.ZodType>(schema: S, args: unknown): z.output<S> {
  const parsed = schema.safeParse(args);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const argument = issue?.path.map(String).join(".") || undefined;
  throw badUserInput(`Invalid argument${argument ? ` "${argument}"` : ""}: ${issue?.message ?? "invalid value"}.`, argument);
}

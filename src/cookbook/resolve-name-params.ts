/**
 * The entity names a cookbook query or `kg cypher` is given. Cookbook queries match names exactly
 * (`e.name = $name OR $name IN e.aliases`), so an unknown or misspelt name would quietly give no rows; here it
 * is checked: an exact name or alias passes as given, a name that clearly means one entity (a typo, another case,
 * part of the name) is replaced by that entity's name with a note, and anything else is NOT_FOUND with the
 * closest names.
 */
import type { Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { entityNames } from "../api/names/entity-names.ts";
import { resolveEntity } from "../api/resolve-name.ts";
import type { CookbookParam, CookbookQuery } from "./cookbook-query.ts";

/** A parameter names an entity when it is a string "by name or alias" (the header's wording for it). */
export function isNameParam(param: CookbookParam): boolean {
  return param.type === "string" && /\bby name or alias\b/i.test(param.description);
}

/** What a given name is: an exact name or alias, the clear near match of one, or unknown (with close names). */
export type NameCheck =
  | { readonly kind: "exact" }
  | { readonly kind: "near"; readonly name: string; readonly type: string }
  | { readonly kind: "unknown"; readonly close: readonly string[] };

/** Checks `given` against the graph's entity names (in memory per graph version, then Neo4j's ranking). */
export async function checkEntityName(db: Db, given: string): Promise<NameCheck> {
  const names = await entityNames(db);
  if (names.entities.some(({ entity }) => entity.name === given || entity.aliases.includes(given))) return { kind: "exact" };
  const resolution = await resolveEntity(db, given, null, { limit: 5 });
  if (resolution.best !== null) return { kind: "near", name: resolution.best.entity.name, type: resolution.best.entity.type };
  const close = (resolution.ambiguous.length > 0 ? resolution.ambiguous : resolution.candidates).slice(0, 5).map((m) => m.entity.name);
  return { kind: "unknown", close };
}

/** The NOT_FOUND error for an unknown name given as `--param <param>`, with the close names as "did you mean". */
export function unknownNameError(given: string, param: string, where: string, close: readonly string[]): KgError {
  const hint =
    close.length > 0
      ? ` Did you mean ${close.map((n) => `"${n}"`).join(", ")}?`
      : ` List names with: npx kg query find-entity --param text=${[...given].slice(0, 2).join("")}`;
  return new KgError("NOT_FOUND", `Not found: no entity is named "${given}" (--param ${param}${where}).${hint}`, { param, candidates: close });
}

/** `bound` with each name parameter checked and, where it clearly means one entity, replaced by its name. */
export async function resolveNameParams(
  db: Db,
  query: CookbookQuery,
  bound: Readonly<Record<string, unknown>>,
  note: (line: string) => void,
): Promise<Record<string, unknown>> {
  const resolved: Record<string, unknown> = { ...bound };
  for (const param of query.params.filter(isNameParam)) {
    const given = bound[param.name];
    if (typeof given !== "string") continue;
    const check = await checkEntityName(db, given);
    if (check.kind === "exact") continue;
    if (check.kind === "unknown") throw unknownNameError(given, param.name, ` of ${query.name}`, check.close);
    note(`--param ${param.name}: "${given}" read as ${check.name} (${check.type}).`);
    resolved[param.name] = check.name;
  }
  return resolved;
}

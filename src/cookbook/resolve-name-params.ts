/**
 * The entity names a cookbook query is given. Cookbook queries match names exactly (`e.name = $name OR
 * $name IN e.aliases`), so an unknown or misspelt name would quietly give no rows; here it is checked first:
 * an exact name or alias passes as given, a name that clearly means one entity (a typo, another case, part of
 * the name) is replaced by that entity's name with a note, and anything else is NOT_FOUND with the closest names.
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
    const names = await entityNames(db);
    if (names.entities.some(({ entity }) => entity.name === given || entity.aliases.includes(given))) continue;
    const resolution = await resolveEntity(db, given, null, { limit: 5 });
    if (resolution.best !== null) {
      note(`--param ${param.name}: "${given}" read as ${resolution.best.entity.name} (${resolution.best.entity.type}).`);
      resolved[param.name] = resolution.best.entity.name;
      continue;
    }
    const close = (resolution.ambiguous.length > 0 ? resolution.ambiguous : resolution.candidates).slice(0, 5).map((m) => m.entity.name);
    const hint =
      close.length > 0
        ? ` Did you mean ${close.map((n) => `"${n}"`).join(", ")}?`
        : ` List names with: npx kg query find-entity --param text=${[...given].slice(0, 2).join("")}`;
    throw new KgError("NOT_FOUND", `Not found: no entity is named "${given}" (--param ${param.name} of ${query.name}).${hint}`, {
      query: query.name,
      param: param.name,
      candidates: close,
    });
  }
  return resolved;
}

/**
 * `kg cypher` with no rows: when a parameter that by its name holds an entity name (`--param name=…`,
 * `target`, `from`, `to`, `project`, …) names no entity, the empty result is most likely that, and the user
 * is told so ("not found", with the close names) instead of getting a silent empty table.
 */
import type { Db } from "../db/index.ts";
import type { KgError } from "../errors/index.ts";
import { checkEntityName, unknownNameError } from "../cookbook/resolve-name-params.ts";

/** Parameter names that, by convention (the cookbook's), hold an entity's name or alias. */
export const NAME_PARAM_KEYS: ReadonlySet<string> = new Set([
  "name", "target", "from", "to", "entity", "project", "strategy", "area", "industry", "institution", "enterprise", "platform", "policy",
]);

/** The NOT_FOUND error for the first name parameter that names no entity exactly, or null. */
export async function unknownNameParam(db: Db, params: Readonly<Record<string, unknown>>): Promise<KgError | null> {
  for (const [key, value] of Object.entries(params)) {
    if (!NAME_PARAM_KEYS.has(key) || typeof value !== "string") continue;
    const check = await checkEntityName(db, value);
    if (check.kind === "exact") continue;
    return unknownNameError(value, key, "", check.kind === "near" ? [check.name] : check.close);
  }
  return null;
}

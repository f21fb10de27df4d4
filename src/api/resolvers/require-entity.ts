/** Resolves a name for a field that needs exactly one entity, or says why it cannot (NOT_FOUND). */
import type { Db } from "../../db/index.ts";
import type { EntityType } from "../../graph/contract.ts";
import { notFound } from "../graphql-errors.ts";
import { resolveEntity, type NameMatch } from "../resolve-name.ts";

/**
 * The best match of `name` among `types`; NOT_FOUND otherwise, naming an entity of another type when
 * the name fits one (e.g. a Project given where an Area is needed), else suggesting `search`.
 */
export async function requireEntity(db: Db, name: string, types: readonly EntityType[] | null, argument: string): Promise<NameMatch> {
  const { best } = await resolveEntity(db, name, types);
  if (best !== null) return best;
  const wanted = types === null ? "entity" : listWords(types);
  if (types !== null) {
    const other = (await resolveEntity(db, name, null, { limit: 1 })).best;
    if (other !== null) {
      throw notFound(`"${name}" is the ${other.entity.type} ${other.entity.name}; \`${argument}\` needs a ${wanted}.`, argument);
    }
  }
  throw notFound(`No ${wanted} matches "${name}". Try \`search(query: "${name}")\` to see candidates.`, argument);
}

// ["Strategy", "Area", "Platform"] → "Strategy, Area or Platform"
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

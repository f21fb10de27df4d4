/** Resolves a name for a field that needs exactly one entity, or says why it cannot. */
import type { Db } from "../../db/index.ts";
import type { EntityType } from "../../graph/contract.ts";
import { badUserInput, notFound } from "../graphql-errors.ts";
import { resolveEntity, type NameMatch, type Resolution } from "../resolve-name.ts";

/**
 * The best match of `name` among `types`. NOT_FOUND when nothing fits, naming an entity of another type
 * when the name fits one (e.g. a Project given where an Area is needed), else suggesting `search`;
 * BAD_USER_INPUT (with the candidates) when several entities fit equally well.
 */
export async function requireEntity(db: Db, name: string, types: readonly EntityType[] | null, argument: string): Promise<NameMatch> {
  const resolution = await resolveEntity(db, name, types);
  const best = clearBest(resolution, name, argument);
  if (best !== null) return best;
  const wanted = types === null ? "entity" : listWords(types);
  if (types !== null) {
    const other = (await resolveEntity(db, name, null, { limit: 1 })).best;
    if (other !== null) {
      throw notFound(`"${name}" is the ${other.entity.type} ${other.entity.name}; \`${argument}\` needs a ${wanted}.`, argument);
    }
  }
  const close = resolution.candidates.slice(0, 3).map((c) => c.entity.name);
  // Worded without "did you mean": graphql-armor hides that phrase in production, taking it for a schema hint.
  const hint = close.length > 0 ? ` Closest names: ${listWords(close)}.` : "";
  throw notFound(`No ${wanted} matches "${name}".${hint} Try \`search(query: "${name}")\` to see more candidates.`, argument);
}

/** The resolution's best match, or null when there is none; throws BAD_USER_INPUT when the name is ambiguous. */
export function clearBest(resolution: Resolution, name: string, argument: string): NameMatch | null {
  if (resolution.ambiguous.length > 1) {
    const names = resolution.ambiguous.map((m) => `${m.entity.name} (${m.entity.type})`);
    throw badUserInput(`"${name}" fits ${listWords(names)} equally well; give more of the name.`, argument, {
      reason: "AMBIGUOUS_NAME",
      candidates: resolution.ambiguous.map((m) => ({ id: m.entity.id, name: m.entity.name, type: m.entity.type })),
    });
  }
  return resolution.best;
}

// ["Strategy", "Area", "Platform"] → "Strategy, Area or Platform"
function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

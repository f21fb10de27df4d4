/**
 * Name resolution, the one place every field (and `ask`) turns a user's name into an entity:
 * Chinese names, aliases, English names (any case) and partial names all work.
 *
 * @example
 * const { best } = await resolveEntity(db, "central vitality area");
 * best?.entity.name; // "济南中央活力区", matchedBy "ENGLISH"
 */
import type { Db } from "../db/index.ts";
import type { EntityType } from "../graph/contract.ts";
import { matchNamesQuery } from "./queries/match-names.ts";
import type { EntityResult } from "./results/entity.ts";

/** How a name matched, strongest first. */
export type MatchKind = "NAME" | "ALIAS" | "ENGLISH" | "PARTIAL" | "FULLTEXT";

/** One entity that matches a name, with how and how well. */
export interface NameMatch {
  readonly entity: EntityResult;
  readonly matchedBy: MatchKind;
  /** 0..1, higher is better (see MATCH_SCORES). */
  readonly score: number;
  /** The name or alias that matched; null for full-text hits. */
  readonly matched: string | null;
  /** How many sentences mention the entity (breaks ties). */
  readonly mentions: number;
}

/** The best match (null when nothing matches) and every candidate, best first. */
export interface Resolution {
  readonly best: NameMatch | null;
  readonly candidates: readonly NameMatch[];
}

/**
 * The least score a match needs to be taken as *the* entity a name means: every exact and partial
 * match passes; a full-text hit needs about half of the name's bigrams and words.
 */
export const MIN_BEST_SCORE = 0.2;

/** Options of `resolveEntity`. */
export interface ResolveOptions {
  /** How many candidates to return (default 10). */
  readonly limit?: number;
}

/**
 * Resolves `name` to entities, optionally only of `types`. The caller validates and trims `name`.
 * Ranking: exact name > exact alias / English name (case-insensitive) > partial > full-text; ties go
 * to the entity mentioned in more sentences, then the shorter name. `best` is null when nothing matches
 * well enough (see MIN_BEST_SCORE); `candidates` still lists the weak hits, for "did you mean".
 */
export async function resolveEntity(db: Db, name: string, types?: readonly EntityType[] | null, options: ResolveOptions = {}): Promise<Resolution> {
  const text = name.normalize("NFKC").trim();
  if (text.length === 0) return { best: null, candidates: [] };
  const rows = await db.rows<NameMatch>(matchNamesQuery(text, types && types.length > 0 ? types : null, options.limit ?? 10), "READ");
  const top = rows[0];
  return { best: top !== undefined && top.score >= MIN_BEST_SCORE ? top : null, candidates: rows };
}

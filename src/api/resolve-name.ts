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
import { entityNames, type EntityNames } from "./names/entity-names.ts";
import { exactMatches, similarMatch } from "./names/match-in-memory.ts";
import { matchNamesQuery } from "./queries/match-names.ts";
import type { EntityResult } from "./results/entity.ts";

/** How a name matched, strongest first (SIMILAR: a close misspelling, taken only when nothing else is clear). */
export type MatchKind = "NAME" | "ALIAS" | "ENGLISH" | "PARTIAL" | "FULLTEXT" | "SIMILAR";

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
  /** The entity the name means; null when nothing matches well enough, or several match equally well. */
  readonly best: NameMatch | null;
  /** Every match, best first (at most `limit`), including weak ones, for "did you mean". */
  readonly candidates: readonly NameMatch[];
  /** The matches tied for first place when there are several (then `best` is null), else empty. */
  readonly ambiguous: readonly NameMatch[];
}

/**
 * The least score a match needs to be taken as *the* entity a name means: every exact and partial
 * match passes; a full-text hit needs about half of the name's bigrams and words.
 */
export const MIN_BEST_SCORE = 0.2;

/** Match kinds that are the name itself, not a part of it. */
const EXACT_KINDS: readonly MatchKind[] = ["NAME", "ALIAS", "ENGLISH"];

/** Options of `resolveEntity`. */
export interface ResolveOptions {
  /** How many candidates to return (default 10). */
  readonly limit?: number;
  /**
   * "best" (default): the caller needs `best` and `ambiguous`; an exact match is then answered from memory and
   * `candidates` holds the exact matches only. "candidates": every candidate is wanted (search), Neo4j is asked.
   */
  readonly want?: "best" | "candidates";
}

/**
 * Resolves `name` to entities, optionally only of `types`. The caller validates and trims `name`.
 * Ranking: exact name > exact alias / English name (case-insensitive) > partial > full-text; among equal
 * scores, the entity mentioned in more sentences, then the shorter name comes first in `candidates`.
 * `best` is taken only when it is clear: a score of at least MIN_BEST_SCORE, not a lone character
 * matched as part of a name ("区"), and no other entity with the same score ("中央" fits 中央活力区 and
 * 中央商埠区 equally: both are returned in `ambiguous`).
 */
export async function resolveEntity(db: Db, name: string, types?: readonly EntityType[] | null, options: ResolveOptions = {}): Promise<Resolution> {
  const text = name.normalize("NFKC").trim();
  if (text.length === 0) return { best: null, candidates: [], ambiguous: [] };
  const limit = options.limit ?? 10;
  const typeList = types && types.length > 0 ? types : null;
  // The in-memory names are an optimisation: when they cannot be read, Neo4j answers alone.
  const names = await entityNames(db).catch((): null => null);
  if (names !== null && options.want !== "candidates") {
    // An exact match outranks every partial and full-text one, so no round trip is needed to rank it.
    const exact = exactMatches(names, text, typeList);
    if (exact.length > 0) return rank(text, exact, limit);
  }
  // A few more than asked for, so that a tie for first place shows even when the caller wants one.
  const rows = await db.rows<NameMatch>(matchNamesQuery(text, typeList, Math.max(limit, 5)), "READ");
  const resolution = rank(text, rows, limit);
  // A full-text hit shares only some bigrams or words with the name; a unique close spelling is the better guess.
  const weak = resolution.best === null || resolution.best.matchedBy === "FULLTEXT";
  return weak && names !== null ? withSimilar(resolution, names, text, typeList) : resolution;
}

function rank(text: string, rows: readonly NameMatch[], limit: number): Resolution {
  const top = rows[0];
  const clear = top !== undefined && top.score >= MIN_BEST_SCORE && ([...text].length > 1 || EXACT_KINDS.includes(top.matchedBy));
  const tied = clear ? rows.filter((r) => Math.abs(r.score - top.score) < 1e-9) : [];
  const ambiguous = tied.length > 1 ? tied : [];
  return { best: clear && ambiguous.length === 0 ? top : null, candidates: rows.slice(0, limit), ambiguous };
}

/** A close misspelling of one entity's name wins over full-text or tied matches ("Central Vitalty Area"). */
function withSimilar(resolution: Resolution, names: EntityNames, text: string, types: readonly EntityType[] | null): Resolution {
  const similar = similarMatch(names, text, types);
  if (similar === null) return resolution;
  const others = resolution.candidates.filter((c) => c.entity.id !== similar.entity.id);
  return { best: similar, candidates: [similar, ...others], ambiguous: [] };
}

/**
 * The in-memory halves of name resolution (src/api/resolve-name.ts): exact matches, ranked as the Cypher
 * ranking of queries/match-names.ts ranks them, and typo matches by edit distance.
 */
import type { EntityType } from "../../graph/contract.ts";
import { MATCH_SCORES } from "../queries/match-names.ts";
import type { NameMatch } from "../resolve-name.ts";
import type { EntityNames, NamedEntity } from "./entity-names.ts";

/**
 * Entities whose name, alias or English name is `text` exactly (case-insensitive but for the canonical
 * name), best first: name 1.0, then English name, then alias 0.9; ties by mentions, shorter name, id.
 * Empty when there is none: the caller then asks Neo4j (partial and full-text matches).
 */
export function exactMatches(names: EntityNames, text: string, types: readonly EntityType[] | null): NameMatch[] {
  const lower = text.toLowerCase();
  const matches: NameMatch[] = [];
  // Every exact match has `lower` as a lower-cased name, alias or English name.
  for (const named of names.bySurface.get(lower) ?? []) {
    if (types !== null && !types.includes(named.entity.type)) continue;
    const match = exactMatch(named, text, lower);
    if (match !== null) matches.push(match);
  }
  return matches.sort(compareMatches);
}

function exactMatch(named: NamedEntity, text: string, lower: string): NameMatch | null {
  const { entity, mentions } = named;
  // The Cypher ranking first keeps entities with a name or alias that contains the text or lies in it.
  if (!named.lowered.some((n) => n.includes(lower) || (n.length >= 2 && lower.includes(n)))) return null;
  const base = { entity, mentions };
  if (entity.name === text) return { ...base, matchedBy: "NAME", score: MATCH_SCORES.name, matched: entity.name };
  const english = entity.en.find((a) => a.toLowerCase() === lower);
  if (english !== undefined) return { ...base, matchedBy: "ENGLISH", score: MATCH_SCORES.alias, matched: english };
  const alias = entity.aliases.find((a) => a.toLowerCase() === lower);
  if (alias !== undefined) return { ...base, matchedBy: "ALIAS", score: MATCH_SCORES.alias, matched: alias };
  return null;
}

/** Best first: score, then mentions, then the shorter name, then id (as ORDER BY in match-names.ts). */
export function compareMatches(a: NameMatch, b: NameMatch): number {
  return (
    b.score - a.score ||
    b.mentions - a.mentions ||
    a.entity.name.length - b.entity.name.length ||
    (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0)
  );
}

/**
 * The one entity a misspelt name means: the entity with a name, alias or English name within a small edit
 * distance of `text`, when no other entity is as close. Latin text of 6+ characters may be one edit off per
 * 8 characters (up to 3: "Central Vitalty Area" → Central Vitality Area); Chinese text of 4+ characters one
 * character (a wrong character in a short Chinese name is more often another place than a typo). Null
 * when nothing is that close or two entities are.
 */
export function similarMatch(names: EntityNames, text: string, types: readonly EntityType[] | null): NameMatch | null {
  const folded = foldSpaces(text.toLowerCase());
  const latin = /[a-z]/.test(folded);
  const maxDistance = latin ? (folded.length >= 6 ? Math.min(3, Math.max(1, Math.floor(folded.length / 8))) : 0) : folded.length >= 4 ? 1 : 0;
  if (maxDistance === 0) return null;
  let best: { named: NamedEntity; surface: string; distance: number } | null = null;
  let tied = false;
  for (const named of names.entities) {
    if (types !== null && !types.includes(named.entity.type)) continue;
    let closest: { surface: string; distance: number } | null = null;
    for (const surface of [named.entity.name, ...named.entity.aliases, ...named.entity.en]) {
      const distance = editDistance(folded, foldSpaces(surface.toLowerCase()), maxDistance);
      if (distance <= maxDistance && (closest === null || distance < closest.distance)) closest = { surface, distance };
    }
    if (closest === null) continue;
    if (best === null || closest.distance < best.distance) {
      best = { named, ...closest };
      tied = false;
    } else if (closest.distance === best.distance) tied = true;
  }
  if (best === null || tied || best.distance === 0) return null;
  return { entity: best.named.entity, mentions: best.named.mentions, matchedBy: "SIMILAR", score: MATCH_SCORES.similar, matched: best.surface };
}

function foldSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Levenshtein distance with adjacent transpositions counted as one edit; gives up (returns limit + 1) as
 * soon as the distance must exceed `limit`, so a scan over every name stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * Resolution: every surface form to one entity. Lexicon matches go to their curated entry; pattern names
 * first try the lexicon under other spellings (see names/lexicon-match.ts), then merge with each other
 * when one is the other plus a place prefix (玉符河文化旅游节 / 济南玉符河文化旅游节). Output is sorted and
 * ids are content hashes, so the same mentions always give the same entities.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import { entityId } from "../../../src/graph/ids.ts";
import type { Entity, Mention, ResolvedMention } from "../../model.ts";
import type { LexiconEntry, LexiconIndex } from "./lexicon.ts";
import { editionless } from "./event-names.ts";
import { foldText } from "./fold.ts";
import { matchLexicon } from "./lexicon-match.ts";
import { industryShortName } from "./industry-names.ts";
import { placeCore } from "./place-names.ts";
import { splitPlacePrefix, type PlaceLevel } from "./place-prefix.ts";

/** Entities and the mentions tied to them. */
export interface Resolution {
  /** Every entity mentioned, sorted by type then name. */
  readonly entities: Entity[];
  /** The input mentions in input order, each with its entity; type and canonical follow the entity. */
  readonly mentions: ResolvedMention[];
}

/** Code-point order: stable across locales and Node versions, unlike localeCompare. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted, unique, without `name`. */
function aliasList(name: string, surfaces: Iterable<string>): string[] {
  return [...new Set(surfaces)].filter((s) => s !== name).sort(byCodePoint);
}

interface PatternName {
  readonly surface: string;
  readonly type: EntityType;
  readonly core: string;
  readonly level: PlaceLevel | null;
}

/**
 * Groups pattern names (not in the lexicon) into entities: same type and same core; names with a level
 * prefix only join names of the same level, and a name without one joins the single level group there
 * is (建新社区 + 济南市建新社区), or stays apart when there are several. The canonical name is the
 * longest, most complete spelling (or `preferred`, when a group holds it); ties go to code-point order.
 */
function groupPatternNames(names: readonly PatternName[], preferred: string | null): Map<string, string> {
  const byCore = new Map<string, PatternName[]>();
  for (const name of names) {
    const key = `${name.type}\u0000${name.core}`;
    byCore.set(key, [...(byCore.get(key) ?? []), name]);
  }
  const canonicalOf = new Map<string, string>();
  for (const members of byCore.values()) {
    const levels = [...new Set(members.map((m) => m.level).filter((l): l is PlaceLevel => l !== null))];
    const groups = new Map<string, PatternName[]>();
    for (const member of members) {
      const level = member.level ?? (levels.length === 1 ? levels[0] : null) ?? "none";
      groups.set(level, [...(groups.get(level) ?? []), member]);
    }
    for (const group of groups.values()) {
      const surfaces = [...new Set(group.map((m) => m.surface))];
      const canonical = surfaces.find((s) => s === preferred) ?? [...surfaces].sort((a, b) => b.length - a.length || byCodePoint(a, b))[0];
      if (canonical === undefined) continue;
      for (const surface of surfaces) canonicalOf.set(`${group[0]?.type ?? ""}\u0000${surface}`, canonical);
    }
  }
  return canonicalOf;
}

/** An event mentioned with its edition (第五届某某节) is also known by the series' name (某某节). */
function eventSeriesNames(draft: Draft): string[] {
  if (draft.type !== "Event" || draft.entry !== null) return [];
  return [...draft.surfaces].map(editionless).filter((name): name is string => name !== null);
}

/** An industry found as 某某产业 is also called 某某. */
function industryAliases(draft: Draft): string[] {
  if (draft.type !== "Industry" || draft.entry !== null) return [];
  return [...draft.surfaces].map(industryShortName).filter((name): name is string => name !== null);
}

/** A quoted code inside a longer name (“某某”攻坚战, 保护地…“某某”行动). */
const QUOTED_CODE = /[“"]([^”"“]{2,20})[”"]/gu;

/**
 * A programme named by a quoted code and a kind (“某某”攻坚战, “某某”“某某”培养计划) is also called by its code:
 * reports and readers drop the kind once the code is known.
 */
function codeAliases(draft: Draft): string[] {
  if (!["Policy", "Strategy", "Event"].includes(draft.type) || draft.entry !== null) return [];
  return [...draft.surfaces].flatMap((surface) => {
    const matches = [...surface.matchAll(QUOTED_CODE)];
    const first = matches[0];
    if (first === undefined || surface.replace(QUOTED_CODE, "").length === 0) return [];
    // The code with the kind after it, without what qualifies it in front (某某干部“某某”提升工程 → 某某提升工程).
    const fromCode = surface.slice(first.index).replace(/[“”"]/gu, "");
    return [...matches.map((m) => m[1] as string), ...(first.index > 0 && fromCode !== matches[0]?.[1] ? [fromCode] : [])];
  });
}

interface Draft {
  readonly name: string;
  readonly type: EntityType;
  readonly entry: LexiconEntry | null;
  readonly surfaces: Set<string>;
}

/** Ties every mention to one entity; see the module comment for the rules. */
export function resolveEntities(mentions: readonly Mention[], lexicon: LexiconIndex, documentPlace: string | null = null): Resolution {
  // Lexicon first: a mention's canonical name, or a pattern name the lexicon knows under another spelling.
  const entryOf = mentions.map((m) =>
    m.canonical !== null ? (lexicon.lookup(m.surface) ?? lexicon.lookup(m.canonical) ?? null) : (matchLexicon(m.surface, m.type, lexicon) ?? null),
  );

  const unknown: PatternName[] = [];
  mentions.forEach((m, i) => {
    if (entryOf[i] !== null) return;
    const { core, level } = splitPlacePrefix(foldText(m.surface));
    // A place and its short form (某某市, 某某) are one area.
    unknown.push({ surface: m.surface, type: m.type, core: m.type === "Area" ? placeCore(core) : core, level });
  });
  // The place the document reports on keeps the name it was given, so its short form (落户某某) and the facts
  // whose implied subject it is meet on one entity.
  const ownPlace = documentPlace === null || lexicon.lookup(documentPlace) !== undefined ? null : documentPlace;
  if (ownPlace !== null) {
    const { core, level } = splitPlacePrefix(foldText(ownPlace));
    unknown.push({ surface: ownPlace, type: "Area", core: placeCore(core), level });
  }
  const canonicalOf = groupPatternNames(unknown, ownPlace);

  const drafts = new Map<string, Draft>();
  const resolved = mentions.map((m, i): ResolvedMention => {
    const entry = entryOf[i] ?? null;
    const type = entry?.type ?? m.type;
    const name = entry?.name ?? canonicalOf.get(`${m.type}\u0000${m.surface}`) ?? m.surface;
    const id = entityId(type, name);
    const draft = drafts.get(id) ?? { name, type, entry, surfaces: new Set<string>() };
    draft.surfaces.add(m.surface);
    drafts.set(id, draft);
    return { ...m, type, canonical: entry?.name ?? m.canonical, entityId: id };
  });

  const entities = [...drafts.entries()]
    .map(([id, d]): Entity => ({
      id,
      name: d.name,
      type: d.type,
      aliases: aliasList(d.name, [...(d.entry?.aliases ?? []), ...d.surfaces, ...eventSeriesNames(d), ...industryAliases(d), ...codeAliases(d)]),
      en: [...new Set(d.entry?.en ?? [])],
      source: d.entry === null ? "pattern" : "lexicon",
    }))
    .sort((a, b) => byCodePoint(a.type, b.type) || byCodePoint(a.name, b.name) || byCodePoint(a.id, b.id));
  return { entities, mentions: resolved };
}

/**
 * Finding the curated entry a pattern-found name refers to when it is written differently: without its
 * place prefix (未来网络研究院 → 山东未来网络研究院), with a project head (上新街项目), or with a bare level
 * prefix (省妇幼保健院). Levels must agree, so 市出版集团 never becomes 山东出版集团.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { LexiconEntry, LexiconIndex } from "./lexicon.ts";
import { foldText } from "./fold.ts";
import { splitPlacePrefix, type PlaceLevel } from "./place-prefix.ts";

interface CoreEntry {
  readonly entry: LexiconEntry;
  /** The level of the entry's canonical name (山东未来网络研究院 → province), null when it has none. */
  readonly level: PlaceLevel | null;
}

/** Heads a project is written with or without (上新街 / 上新街项目 / 上新街改造更新). */
const PROJECT_TAILS = /(?:改造更新|更新改造|改造提升|更新|改造|建设)?(?:项目|工程)$/u;

/** Core (name without place prefixes, folded) → the entries whose name or alias has that core. */
const coreIndexes = new WeakMap<LexiconIndex, ReadonlyMap<string, readonly CoreEntry[]>>();

function coreIndex(lexicon: LexiconIndex): ReadonlyMap<string, readonly CoreEntry[]> {
  const cached = coreIndexes.get(lexicon);
  if (cached !== undefined) return cached;
  const index = new Map<string, CoreEntry[]>();
  for (const entry of lexicon.entries) {
    const level = splitPlacePrefix(foldText(entry.name)).level;
    for (const surface of [entry.name, ...entry.aliases]) {
      const { core } = splitPlacePrefix(foldText(surface));
      const list = index.get(core) ?? [];
      if (!list.some((c) => c.entry === entry)) list.push({ entry, level });
      index.set(core, list);
    }
  }
  coreIndexes.set(lexicon, index);
  return index;
}

/** The forms worth looking up for a name: as written, and for projects without the head. */
function baseForms(name: string, type: EntityType): string[] {
  const forms = [name];
  if (type === "Project" && PROJECT_TAILS.test(name)) {
    const bare = name.replace(PROJECT_TAILS, "");
    if (bare.length >= 2) forms.push(bare);
  }
  return forms;
}

/** The entry whose name or alias has the same core as `name`, at a compatible level, when exactly one does. */
function byCore(name: string, lexicon: LexiconIndex): LexiconEntry | undefined {
  const { core, level } = splitPlacePrefix(foldText(name));
  const candidates = (coreIndex(lexicon).get(core) ?? []).filter((c) => level === null || c.level === null || c.level === level);
  return candidates.length === 1 ? candidates[0]?.entry : undefined;
}

/** The curated entry a pattern-found name refers to, if the lexicon has it under another spelling. */
export function matchLexicon(name: string, type: EntityType, lexicon: LexiconIndex): LexiconEntry | undefined {
  const forms = baseForms(name, type);
  for (const form of forms) {
    const exact = lexicon.lookup(form);
    if (exact !== undefined) return exact;
  }
  for (const form of forms) {
    const found = byCore(form, lexicon);
    if (found !== undefined) return found;
  }
  return undefined;
}

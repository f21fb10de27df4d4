/** The trigger lexicon turned into lookup tables, built once per parsed lexicon. */
import type { EventStatus, RelationType, ValueKind } from "../../../src/graph/contract.ts";
import { sortUnits } from "../indicators/parse-number.ts";
import type { Triggers } from "./triggers.ts";

/** Word → what it signals, plus the derived word lists the extractors need. */
export interface CompiledTriggers {
  readonly relationWords: ReadonlyMap<string, readonly RelationType[]>;
  readonly eventWords: ReadonlyMap<string, readonly EventStatus[]>;
  readonly kindCues: ReadonlyMap<string, readonly ValueKind[]>;
  /** Units, longest first. */
  readonly units: readonly string[];
  /** HEADQUARTERED_IN words ("总部"): they also mark a mention as a headquarters. */
  readonly hqMarkers: readonly string[];
  /** Words that put a milestone in the future: target cues plus "planned" event triggers. */
  readonly planCues: ReadonlyMap<string, readonly true[]>;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

// Cues the extractors rely on even when triggers.json leaves them out: 将 is the commonest future
// marker in these reports ("市中区将全面完成上新街改造"), 预计 the commonest estimate.
const BUILTIN_KIND_CUES: readonly (readonly [string, ValueKind])[] = [
  ["将", "target"],
  ["预期", "target"],
  ["力争", "target"],
  ["预计", "estimate"],
];
const BUILTIN_PLAN_CUES: readonly string[] = ["将", "拟", "年内", "下一步"];

const cache = new WeakMap<Triggers, CompiledTriggers>();

/** Compiles (and caches by identity) a parsed trigger lexicon. */
export function compileTriggers(triggers: Triggers): CompiledTriggers {
  const cached = cache.get(triggers);
  if (cached !== undefined) return cached;
  const relationWords = new Map<string, RelationType[]>();
  for (const entry of triggers.relations) for (const word of entry.triggers) addTo(relationWords, word, entry.type);
  const eventWords = new Map<string, EventStatus[]>();
  for (const entry of triggers.events) for (const word of entry.triggers) addTo(eventWords, word, entry.status);
  const kindCues = new Map<string, ValueKind[]>();
  for (const entry of triggers.valueKinds) for (const word of entry.cues) addTo(kindCues, word, entry.kind);
  for (const [word, kind] of BUILTIN_KIND_CUES) if (!kindCues.has(word)) addTo(kindCues, word, kind);
  const planCues = new Map<string, true[]>();
  for (const [word, kinds] of kindCues) if (kinds.includes("target")) planCues.set(word, [true]);
  for (const [word, statuses] of eventWords) if (statuses.includes("planned")) planCues.set(word, [true]);
  for (const word of BUILTIN_PLAN_CUES) planCues.set(word, [true]);
  // "总部落户" as a trigger still means a name ending in 总部 ("国家管网集团山东总部") is a headquarters.
  const hqMarkers = triggers.relations
    .filter((r) => r.type === "HEADQUARTERED_IN")
    .flatMap((r) => r.triggers.flatMap((w) => (w.includes("总部") && w !== "总部" ? [w, "总部"] : [w])));
  const compiled: CompiledTriggers = {
    relationWords,
    eventWords,
    kindCues,
    units: sortUnits(triggers.units),
    hqMarkers: [...new Set(hqMarkers)],
    planCues,
  };
  cache.set(triggers, compiled);
  return compiled;
}

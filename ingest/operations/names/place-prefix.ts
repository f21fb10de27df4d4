/**
 * Place prefixes (山东/山东省/省, 济南/济南市/市, 市中区, 中国/国家): they start many names and are often
 * dropped in later mentions (山东未来网络研究院 → 未来网络研究院). A prefix carries a level, so that
 * 省出版集团 and 市出版集团 are never taken for one thing when the prefixes are stripped.
 */

/** The administrative level a prefix names. */
export type PlaceLevel = "country" | "province" | "city" | "district";

interface PlacePrefix {
  readonly text: string;
  readonly level: PlaceLevel;
}

/** Longest first, so 山东省 is tried before 山东 and 济南市 before 济南. */
const PREFIXES: readonly PlacePrefix[] = [
  { text: "济南市市中区", level: "district" },
  { text: "市中区", level: "district" },
  { text: "山东省", level: "province" },
  { text: "济南市", level: "city" },
  { text: "山东", level: "province" },
  { text: "济南", level: "city" },
  { text: "中国", level: "country" },
  { text: "国家", level: "country" },
  { text: "省", level: "province" },
  { text: "市", level: "city" },
];

/** True when `surface` is only a place prefix (山东, 济南市, 市中区…), not a name of its own. */
export function isPlacePrefix(surface: string): boolean {
  return PREFIXES.some((prefix) => prefix.text === surface);
}

/** True when `surface` names the district itself (市中区, 济南市市中区): names never start with it. */
export function isDistrictName(surface: string): boolean {
  return PREFIXES.some((prefix) => prefix.level === "district" && prefix.text === surface) || surface === "济南市中区";
}

/** Words that are anchors on their own, as whole segmenter tokens: a name may start at them. */
export const ANCHOR_WORDS: ReadonlySet<string> = new Set(["山东", "山东省", "济南", "济南市", "中国", "国家", "省", "市"]);

/** A name split into its leading place prefixes and the rest. */
export interface PlaceSplit {
  /** The name without leading place prefixes (never empty: a name that is only a place keeps itself). */
  readonly core: string;
  /** The most specific level among the stripped prefixes, or null when there were none. */
  readonly level: PlaceLevel | null;
}

/** Words that begin with a prefix without being one (市中 is the district's own short name; 国家级 is a rank). */
const NOT_PREFIXED = ["市中", "市场", "市民", "市区", "市级", "市委", "市政", "市内", "省会", "省级", "省委", "省政", "省道", "省市", "省内", "国家级"];

const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = { country: 0, province: 1, city: 2, district: 3 };

/**
 * Strips leading place prefixes, repeatedly (中国济南商埠文化节 → 商埠文化节, level city). Single-character
 * prefixes (省, 市) are stripped only when at least three characters remain, and no prefix is taken from
 * a word that merely starts like one (市场, 市中消费季, 国家级).
 */
export function splitPlacePrefix(name: string): PlaceSplit {
  let core = name;
  let level: PlaceLevel | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of PREFIXES) {
      const rest = core.slice(prefix.text.length);
      if (!core.startsWith(prefix.text) || rest.length < (prefix.text.length === 1 ? 3 : 2)) continue;
      if (NOT_PREFIXED.some((word) => word.length > prefix.text.length && word.startsWith(prefix.text) && core.startsWith(word))) continue;
      core = rest;
      if (level === null || LEVEL_RANK[prefix.level] > LEVEL_RANK[level]) level = prefix.level;
      changed = true;
      break;
    }
  }
  return { core, level };
}

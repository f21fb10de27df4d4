/**
 * Industry frames. A sentence that opens on an industry ("在数字经济方面，…", "能源互联集聚壮大，…",
 * "全面拓展数字经济，…") files the enterprises and projects it then brings in, settles or builds
 * under that industry: "…引进科大讯飞" there means 科大讯飞 BELONGS_TO 数字经济.
 */
import type { ResolvedMention } from "../../model.ts";
import type { Scene } from "./argument-scene.ts";
import { groupsWithin } from "./argument-scene.ts";
import type { Clause } from "./clauses.ts";

// A short opening clause that ends on the industry: "全面拓展数字经济", "集聚发展能源互联".
const MAX_LEAD_CLAUSE = 12;

/** The industries a sentence opens on, and the clause that names them; null when it opens otherwise. */
export function industryFrame(scene: Scene<unknown>): { industries: ResolvedMention[]; clause: Clause } | null {
  const clause = scene.clauses.find((c) => groupsWithin(scene, c).length > 0);
  if (clause === undefined) return null;
  const clauseText = scene.text.slice(clause.start, clause.end).trim();
  const groups = groupsWithin(scene, clause);
  const industriesOf = (index: number): ResolvedMention[] => groups[index]?.members.filter((m) => m.type === "Industry") ?? [];
  const topic = scene.topics[clause.index];
  let industries: ResolvedMention[] = [];
  if (/^在.+(?:方面|领域)$/u.test(clauseText)) industries = groups.flatMap((g) => g.members.filter((m) => m.type === "Industry"));
  else if (topic !== null && topic !== undefined) industries = topic.members.filter((m) => m.type === "Industry");
  else if (clauseText.length <= MAX_LEAD_CLAUSE && groups.at(-1)?.end === clause.end) industries = industriesOf(groups.length - 1);
  return industries.length > 0 ? { industries, clause } : null;
}

/**
 * Which metric each number of a clause reports. Usually the nearest metric named before it; for a
 * list of metrics followed by as many numbers ("山体公园、口袋公园累计达到13处和225处"), each in
 * turn; a list followed by one number is a combined total and belongs to none of them.
 */
import type { ResolvedMention, TextSpan } from "../../model.ts";
import type { Clause } from "../relations/clauses.ts";
import type { MentionGroup } from "../relations/enumerations.ts";
import type { Quantity } from "./parse-number.ts";

/** A number's metric and the text between them, where growth and share cues are read. */
export interface MetricLink {
  readonly metric: ResolvedMention;
  readonly cues: TextSpan;
}

/** "ambiguous": a shared total; null: no metric in the clause before the number. */
export type Link = MetricLink | "ambiguous" | null;

/**
 * Metrics that are themselves counted ("帮助4000多个市场主体…"): a number right before the name
 * counts its members, so the name heads no value that follows.
 */
export function countedMetrics(text: string, metrics: readonly ResolvedMention[], quantities: readonly Quantity[]): Set<ResolvedMention> {
  return new Set(metrics.filter((m) => quantities.some((q) => q.end <= m.start && text.slice(q.end, m.start).trim() === "")));
}

/** Links each quantity of `clause` (in order) to a metric of the same clause. */
export function linkQuantities(
  clause: Clause,
  quantities: readonly Quantity[],
  metrics: readonly ResolvedMention[],
  groups: readonly MentionGroup[],
): Link[] {
  const links: Link[] = quantities.map(() => null);
  const isMetric = (m: ResolvedMention): boolean => metrics.includes(m);
  for (const group of groups) {
    if (group.start < clause.start || group.end > clause.end || group.members.length < 2 || !group.members.every(isMetric)) continue;
    const nextMetric = metrics.find((m) => m.start >= group.end);
    const limit = nextMetric?.start ?? clause.end;
    const following = quantities.flatMap((q, i) => (q.start >= group.end && q.end <= limit ? [i] : []));
    const first = following[0] === undefined ? undefined : quantities[following[0]];
    if (following.length === group.members.length && first !== undefined) {
      following.forEach((qi, k) => {
        const metric = group.members[k];
        if (metric !== undefined) links[qi] = { metric, cues: { start: group.end, end: first.start } };
      });
    } else if (following.length === 1 && following[0] !== undefined) {
      links[following[0]] = "ambiguous";
    }
  }
  let lastEnd = clause.start;
  quantities.forEach((quantity, i) => {
    if (links[i] === null) {
      const own = metrics.filter((m) => m.start >= clause.start && m.end <= quantity.start).at(-1);
      if (own !== undefined) links[i] = { metric: own, cues: { start: Math.max(own.end, lastEnd), end: quantity.start } };
    }
    lastEnd = quantity.end;
  });
  return links;
}

/**
 * Counted lists of areas: "统筹北城、中城、南城三大片区建设" names the parts of the territory the clause
 * is about. The count must match the list ("三大" after three names), so a list that merely mentions
 * some areas among others ("等三大片区") is not taken for the whole partition.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { ResolvedMention } from "../../model.ts";
import { clauseTail, eligible, groupsWithin, topicArgument } from "./argument-scene.ts";
import type { Clause } from "./clauses.ts";
import type { RelationScene } from "./relation-readings.ts";

/** One partition: the parts, the whole, and the count phrase that marked it. */
export interface Partition {
  readonly parts: readonly ResolvedMention[];
  readonly whole: readonly ResolvedMention[];
  readonly marker: string;
  readonly clause: Clause;
  readonly at: number;
}

const WHOLES: readonly EntityType[] = ["Area", "Strategy"];
const COUNT_PHRASE = /^([两二三四五六七八九十]|\d+)(?:大|个)(?:空间|片区|板块|区域|组团|功能区|城区)/u;
const NUMERALS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Every counted list of two or more areas in the sentence, with the territory it divides. */
export function findPartitions(scene: RelationScene): Partition[] {
  const found: Partition[] = [];
  for (const clause of scene.clauses) {
    const groups = groupsWithin(scene, clause);
    groups.forEach((group, i) => {
      const parts = eligible(group.members, ["Area"]);
      const count = COUNT_PHRASE.exec(clauseTail(scene, clause, group.end));
      if (count === null || parts.length < 2 || parts.length !== group.members.length) return;
      const n = NUMERALS[count[1] ?? ""] ?? Number(count[1]);
      if (n !== parts.length) return;
      // The whole: a territory named earlier in the clause, else the subject the clause inherits.
      const own = groups.slice(0, i).flatMap((g) => eligible(g.members, WHOLES)).at(-1);
      const whole = own !== undefined ? [own] : (topicArgument(scene, clause, WHOLES)?.members ?? []);
      const ids = new Set(parts.map((p) => p.entityId));
      const outer = whole.filter((w) => !ids.has(w.entityId));
      if (outer.length > 0) found.push({ parts, whole: outer, marker: count[0], clause, at: group.start });
    });
  }
  return found;
}

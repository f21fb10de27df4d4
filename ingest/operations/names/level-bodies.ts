/**
 * Bodies named by a bare level: 省人大, 区政协, 市人大常委会, 县人民政府. Every report names its own place's
 * congress, conference and government this way; the level alone (no place word before it) is their whole
 * name, which the head rule cannot accept because a name needs a proper part.
 */
import type { NameCandidate } from "./candidate.ts";

/** A level and a body, unless it is a member's title (省人大代表) or a report's (市政府工作报告). */
const LEVEL_BODY = /[省市区县](?:人大常委会|人大|政协|人民政府|政府|纪委监委|纪委)(?![\p{Script=Han}]*(?:工作报告|代表|委员))/gu;

/** What may stand right before such a name: a verb or word that governs it, or punctuation (not 全|市政府). */
const BEFORE = /(?:代表|提请|经|请|向|在|由|和|与|及|、|，|。|；|：|\s)$/u;

/** Proposes the level bodies of one sentence as institutions. */
export function findLevelBodies(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const m of text.matchAll(LEVEL_BODY)) {
    const start = m.index ?? 0;
    if (start > 0 && !BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    found.push({ start, end: start + m[0].length, type: "Institution", source: "pattern" });
  }
  return found;
}

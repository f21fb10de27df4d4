/**
 * Modal cues: whether a number is a result, an expectation or a goal, and whether a milestone has
 * happened or is planned. Read from the sentence first, then from the headings above it.
 */
import type { ValueKind } from "../../../src/graph/contract.ts";
import type { ResolvedMention } from "../../model.ts";
import type { CompiledTriggers } from "../vocabulary/compiled-triggers.ts";
import { headingYear } from "../time/find-year.ts";
import { type WordHit, scanWords } from "../vocabulary/scan-words.ts";

/**
 * A cue word used as a cue, not as part of something else: "年度投资计划的130%" uses 计划 as a noun,
 * so does "完成年度投资计划，",
 * and "将育英教育集团…引入" or "将2021年定为" uses 将 to mark an object, not the future.
 */
function isCueUse(text: string, hit: WordHit<unknown>, mentions: readonly ResolvedMention[]): boolean {
  const after = text.charAt(hit.end);
  // "计划的130%", "超额完成年度投资计划，": a cue used as a noun governs nothing after it.
  if (after === "的" || after === "" || /[，。；：、,.;:!?！？]/u.test(after)) return false;
  if (hit.word === "将" || hit.word === "把") {
    if (/[\d“"]/u.test(after)) return false;
    if (mentions.some((m) => m.start === hit.end)) return false;
  }
  return true;
}

// Cues inside names do not count ("…孵化计划"), except inside metric names: "计划开工项目36个" is a plan.
const namesOnly = (mentions: readonly ResolvedMention[]): ResolvedMention[] => mentions.filter((m) => m.type !== "Indicator");

/** Value-kind cues in `text`, in order, skipping nominal and object-marking uses and words inside names. */
export function kindCueHits(text: string, compiled: CompiledTriggers, mentions: readonly ResolvedMention[]): WordHit<ValueKind>[] {
  return scanWords(text, compiled.kindCues, namesOnly(mentions)).filter((hit) => isCueUse(text, hit, mentions));
}

/** Plan cues (将/计划/力争/年内 …) in `text`, in order, with the same filtering. */
export function planCueHits(text: string, compiled: CompiledTriggers, mentions: readonly ResolvedMention[]): WordHit<true>[] {
  return scanWords(text, compiled.planCues, namesOnly(mentions)).filter((hit) => isCueUse(text, hit, mentions));
}

/** The strongest kind among cues: an estimate beats a target, which beats a reported result. */
export function strongestKind(hits: readonly WordHit<ValueKind>[]): { kind: ValueKind; word: string } | null {
  for (const kind of ["estimate", "target", "actual"] as const) {
    const hit = hits.find((h) => h.values.includes(kind));
    if (hit !== undefined) return { kind, word: hit.word };
  }
  return null;
}

// Section titles that announce goals: "二、2023年总体要求和主要预期目标", "三、2023年重点工作安排".
const PLAN_HEADING = /目标|安排|计划|展望|部署|任务/u;

/**
 * True when the headings (innermost first) put the sentence in a section about goals or plans:
 * a goal word, a multi-character target cue, or a year after the document's own.
 */
export function isPlanSection(headings: readonly string[], compiled: CompiledTriggers, documentYear: number | null): boolean {
  const targetCues = [...compiled.kindCues].filter(([word, kinds]) => kinds.includes("target") && word.length > 1).map(([word]) => word);
  return headings.some((heading) => {
    if (/回顾|成绩|成效/u.test(heading)) return false;
    if (PLAN_HEADING.test(heading) || targetCues.some((cue) => heading.includes(cue))) return true;
    const year = headingYear([heading]);
    return year !== null && documentYear !== null && year > documentYear;
  });
}

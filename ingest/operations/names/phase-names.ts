/**
 * Works named by number and phase: metro lines (轨道交通12号线, 3号线东延, 9号线二期) and the phases of a named
 * work (…水厂二期, …科技园三期工程), which are separate projects with their own milestones.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { NameCandidate } from "./candidate.ts";

/** A metro or rail line by number, with its phase or extension. */
const NUMBERED_LINE = /(?:轨道交通|轨道|地铁)?[0-9]{1,2}号线(?:[一二三四五六七八九]期|[东南西北]延(?:段|线)?|支线)?/gu;

/** A phase right after a name: 二期, 三期工程. */
const PHASE_AFTER = /^[一二三四五六七八九十]期(?:工程|项目)?/u;


/** Proposes the numbered lines of one sentence as projects. */
export function findNumberedLines(text: string): NameCandidate[] {
  return [...text.matchAll(NUMBERED_LINE)]
    .filter((m) => !/[0-9]/u.test(text.charAt((m.index ?? 0) - 1)))
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type: "Project" as const, source: "pattern" as const }));
}

/**
 * A project's span, extended over a phase that follows it (…水厂 + 二期). A park or an institution keeps its
 * name (中科产业园|一期投入运营): there the phase is a stage of the thing, not the name of another.
 */
export function withPhase<T extends { readonly end: number; readonly type: EntityType; readonly surface: string }>(text: string, mention: T, next: number): T {
  if (mention.type !== "Project") return mention;
  const phase = PHASE_AFTER.exec(text.slice(mention.end, next))?.[0];
  if (phase === undefined) return mention;
  return { ...mention, end: mention.end + phase.length, surface: mention.surface + phase };
}

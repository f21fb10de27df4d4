/**
 * Enumerations: "济南宾馆、上新街项目", "育英教育集团和南上山教育集团", "A、B及C". Members of one
 * list share the same role in the clause, so each gets its own fact.
 */
import type { ResolvedMention, TextSpan } from "../../model.ts";

/** Mentions that form one list (or a single mention), in text order. */
export interface MentionGroup extends TextSpan {
  readonly members: readonly ResolvedMention[];
  /** The joiner before each member after the first, e.g. ["、", "与"]. */
  readonly joiners: readonly string[];
}

// Quotes, brackets and spaces around names do not break a list: “知函问暖”、“乐和舜华”.
const DECORATION = /[\s“”"'‘’《》「」『』〈〉]/gu;
// A short generic tail may sit between a name and the joiner ("济南宾馆项目、上新街项目"), never a clause
// mark nor a number: "新开工重点项目109个、总投资…" lists two facts, not two names.
const JOIN_GAP = /^[^，；。！？：,;:!?\d]{0,4}?(、|以及|和|及|与|或)$/u;

// Verbs that end in a joiner's character: "省研究院深度参与某中心建设" is not a list.
const JOINER_VERBS = /(?:参与|涉及|普及|惠及|波及|危及|缓和|调和|总和)$/u;

/** The joiner when the text between two mentions makes them one list, else null. */
export function enumerationJoiner(gap: string): string | null {
  const bare = gap.replace(DECORATION, "");
  if (JOINER_VERBS.test(bare)) return null;
  return JOIN_GAP.exec(bare)?.[1] ?? null;
}

/**
 * Groups sorted, non-overlapping mentions into lists. `breaks` marks spans (e.g. trigger words)
 * that a list never crosses: in "中央活力区建设和上新街" 建设 is a verb, not a name's tail.
 */
export function groupEnumerations(text: string, mentions: readonly ResolvedMention[], breaks: readonly TextSpan[] = []): MentionGroup[] {
  const groups: MentionGroup[] = [];
  let members: ResolvedMention[] = [];
  let joiners: string[] = [];
  const flush = (): void => {
    const first = members[0];
    const last = members[members.length - 1];
    if (first !== undefined && last !== undefined) groups.push({ start: first.start, end: last.end, members, joiners });
    members = [];
    joiners = [];
  };
  for (const mention of mentions) {
    const previous = members[members.length - 1];
    if (previous !== undefined) {
      const gap = { start: previous.end, end: mention.start };
      const broken = breaks.some((b) => b.start < gap.end && gap.start < b.end);
      const joiner = broken ? null : enumerationJoiner(text.slice(gap.start, gap.end));
      if (joiner === null) flush();
      else joiners.push(joiner);
    }
    members.push(mention);
  }
  flush();
  return groups;
}

/**
 * Names inside names: 山东大学 in 山东大学国家大学科技园, 英雄山路 in 英雄山路景观亮化提升工程. The top layer
 * keeps only the longest reading, which would lose the inner entity when it is mentioned nowhere else;
 * so curated names strictly inside a top-layer mention are kept as well, unless they are the same thing
 * (中石油 in 中石油山东分公司), a place prefix (山东, 济南), or an industry or indicator word, which inside a
 * name describes it rather than refers to it (数字经济 in 山东数字经济产业园). A unit named after its parent
 * organisation (某某大学|某某学院, 某某集团|某某总部) also keeps the parent, curated or not.
 */
import type { Mention } from "../../model.ts";
import type { LexiconIndex } from "./lexicon.ts";
import { matchLexicon } from "./lexicon-match.ts";
import { isPlacePrefix } from "./place-prefix.ts";
import { selectLongest, within } from "./select-mentions.ts";

/** The curated name a top-layer mention stands for, if any. */
function canonicalOf(mention: Mention, lexicon: LexiconIndex): string | null {
  return mention.canonical ?? matchLexicon(mention.surface, mention.type, lexicon)?.name ?? null;
}

/** Lexicon matches strictly inside top-layer mentions that name something else; non-overlapping per container. */
export function nestedMentions(top: readonly Mention[], matches: readonly Mention[], lexicon: LexiconIndex): Mention[] {
  const nested: Mention[] = [];
  for (const outer of top) {
    const outerName = canonicalOf(outer, lexicon);
    const inside = matches.filter(
      (inner) =>
        within(inner, outer) &&
        inner.end - inner.start < outer.end - outer.start &&
        inner.canonical !== outerName &&
        inner.type !== "Industry" &&
        inner.type !== "Indicator" &&
        !isPlacePrefix(inner.surface),
    );
    nested.push(...selectLongest(inside));
  }
  return nested;
}

/** Heads of organisations that name their units after themselves. */
const PARENT_HEADS = /(?:大学|科学院|研究院|集团|银行|有限公司)$/u;
/** Heads of such units. */
const UNIT_HEADS = /(?:学院|研究院|研究生院|分院|校区|医院|实验室|中心|分公司|分行|总部|基地)$/u;

/** The parent organisation a unit's name opens with: the longest prefix ending in a parent head, two characters or more before it. */
export function parentOrganisations(top: readonly Mention[]): Mention[] {
  return top.flatMap((outer): Mention[] => {
    if (!["Institution", "Enterprise", "Platform"].includes(outer.type) || !UNIT_HEADS.test(outer.surface)) return [];
    for (let end = outer.surface.length - 2; end >= 4; end--) {
      const prefix = outer.surface.slice(0, end);
      const head = PARENT_HEADS.exec(prefix)?.[0];
      if (head === undefined || prefix.length - head.length < 2 || isPlacePrefix(prefix)) continue;
      const type = head === "集团" || head === "银行" || head === "有限公司" ? "Enterprise" : "Institution";
      return [{ ...outer, surface: prefix, end: outer.start + end, type, source: "pattern", canonical: null }];
    }
    return [];
  });
}

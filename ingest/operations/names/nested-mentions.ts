/**
 * Names inside names: 山东大学 in 山东大学国家大学科技园, 英雄山路 in 英雄山路景观亮化提升工程. The top layer
 * keeps only the longest reading, which would lose the inner entity when it is mentioned nowhere else;
 * so curated names strictly inside a top-layer mention are kept as well, unless they are the same thing
 * (中石油 in 中石油山东分公司), a place prefix (山东, 济南), or an industry or indicator word, which inside a
 * name describes it rather than refers to it (数字经济 in 山东数字经济产业园).
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

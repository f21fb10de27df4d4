/** The words of a question that neither name something nor ask something: reported, so nothing is silently ignored. */
import { ALL_CUES, FILLER_WORDS, type Cues } from "./cue-lists.ts";
import { findCues } from "./find-cues.ts";
import { isHan } from "./fold-text.ts";
import type { ParsedQuestion } from "./parse-question.ts";
import { maskSpans } from "./spot-names.ts";
import { EN_TYPE_WORDS, ZH_TYPE_WORDS } from "./type-words.ts";

const KNOWN: readonly Cues[] = [...ALL_CUES, { zh: ZH_TYPE_WORDS.map((t) => t.word), en: EN_TYPE_WORDS.map((t) => t.word) }];

/**
 * What is left once names, years, cue words, type words and particles are taken out: runs of two or more
 * Chinese characters, and English words of two or more letters.
 */
export function unexplainedWords(parsed: ParsedQuestion): string[] {
  let text = maskSpans(parsed.masked, KNOWN.flatMap((cues) => findCues(parsed.masked, cues)));
  text = maskSpans(text, findCues(text, FILLER_WORDS));
  const han = [...text.matchAll(/\p{Script=Han}{2,}/gu)].map((m) => m[0]).filter((w) => [...w].every((c) => isHan(c)));
  const latin = [...text.matchAll(/[a-z][a-z'-]+/g)].map((m) => m[0].replace(/'s$/, "")).filter((w) => w.length >= 2);
  return [...han, ...latin];
}

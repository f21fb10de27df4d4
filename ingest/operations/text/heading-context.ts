/**
 * The headings around a sentence. `Sentence.heading` is only the nearest one; the year and the
 * plan-or-review nature of a section often sit in an outer heading ("一、2022年工作回顾" above
 * "（二）着力抓经济…"), and the names in a heading can supply a subject its sentences leave out.
 */
import type { ResolvedMention, Sentence } from "../../model.ts";

const strip = (text: string): string => text.trim().replace(/[。．.；;：:\s]+$/u, "");

/** Nesting depth of a heading by its numbering: "#"/"##" < title < "一、" < "（一）" < "1." < "（1）". */
export function headingLevel(heading: string): number {
  const text = heading.trim();
  const hashes = /^(#+)\s/u.exec(text);
  if (hashes?.[1] !== undefined) return hashes[1].length;
  if (/^[一二三四五六七八九十百]+[、.．]/u.test(text)) return 10;
  if (/^[（(][一二三四五六七八九十百]+[）)]/u.test(text)) return 20;
  if (/^\d+[、.．]/u.test(text)) return 30;
  if (/^[（(]\d+[）)]/u.test(text)) return 40;
  // An unnumbered title-like line ("实施“三大战略” 聚力突破提升") heads a whole part of a feature.
  return 7;
}

/** Headings that enclose the sentence's own heading, innermost first (the own heading excluded). */
export function outerHeadings(sentences: readonly Sentence[], index: number): string[] {
  const own = sentences[index]?.heading ?? null;
  if (own === null) return [];
  // Every heading seen so far, in order of appearance.
  const seen: string[] = [];
  for (const sentence of sentences.slice(0, index + 1)) {
    if (sentence.heading !== null && seen.at(-1) !== sentence.heading) seen.push(sentence.heading);
  }
  const outer: string[] = [];
  let level = headingLevel(own);
  for (let i = seen.lastIndexOf(own) - 1; i >= 0; i -= 1) {
    const heading = seen[i];
    if (heading === undefined) continue;
    const candidate = headingLevel(heading);
    if (candidate < level) {
      outer.push(heading);
      level = candidate;
    }
  }
  return outer;
}

/** The mentions of the sentence that is `sentence`'s heading (the nearest earlier aside with that text). */
export function headingMentions(sentence: Sentence, sentences: readonly Sentence[], mentions: readonly ResolvedMention[]): ResolvedMention[] {
  if (sentence.heading === null) return [];
  const wanted = strip(sentence.heading);
  const headingSentence = sentences
    .filter((s) => s.index < sentence.index && s.isAside && (strip(s.text) === wanted || strip(s.text).endsWith(wanted)))
    .at(-1);
  return headingSentence === undefined ? [] : mentions.filter((m) => m.sentenceIndex === headingSentence.index);
}

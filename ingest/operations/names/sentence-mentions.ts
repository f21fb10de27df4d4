/** Mentions of one sentence, cleaned for the fact extractors. */
import type { ResolvedMention, Sentence } from "../../model.ts";

/**
 * The mentions that belong to `sentence`, with valid spans, sorted by position, overlaps removed
 * (the longer mention wins: "山东大学国家大学科技园" over "山东大学" inside it).
 */
export function sentenceMentions(sentence: Sentence, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const valid = mentions.filter(
    (m) => m.sentenceIndex === sentence.index && m.start >= 0 && m.end <= sentence.text.length && m.start < m.end,
  );
  const byPreference = [...valid].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ResolvedMention[] = [];
  for (const m of byPreference) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Builds the scene a sentence's relation triggers are read in: its names, trigger hits, clauses, lists
 * and topics, plus what context supplies (heading names, the district, the previous sentence's industry).
 */
import type { ResolvedMention, Sentence } from "../../model.ts";
import { splitClauses } from "./clauses.ts";
import type { CompiledTriggers } from "../vocabulary/compiled-triggers.ts";
import { groupEnumerations } from "./enumerations.ts";
import { industryFrame } from "./industry-frame.ts";
import type { RelationScene } from "./relation-readings.ts";
import { isNegated, scanWords } from "../vocabulary/scan-words.ts";
import { sentenceMentions } from "../names/sentence-mentions.ts";
import { clauseTopics } from "./topics.ts";

/** What the surrounding document tells about a sentence. */
export interface SceneContext {
  readonly headingMentions?: readonly ResolvedMention[];
  readonly districtId?: string;
  readonly carriedIndustries?: readonly ResolvedMention[];
}

/** The scene of one sentence; null when it names nothing. */
export function relationScene(sentence: Sentence, mentions: readonly ResolvedMention[], compiled: CompiledTriggers, context: SceneContext = {}): RelationScene | null {
  const text = sentence.text;
  const ms = sentenceMentions(sentence, mentions);
  if (ms.length === 0) return null;
  // Metric names are descriptive phrases: "区域性总部企业" still marks the companies before it as headquarters.
  const names = ms.filter((m) => m.type !== "Indicator");
  const hits = scanWords(text, compiled.relationWords, names).filter((h) => !isNegated(text, h.start));
  const clauses = splitClauses(text);
  const groups = groupEnumerations(text, ms, hits);
  const district: ResolvedMention | null =
    context.districtId === undefined
      ? null
      : { sentenceIndex: sentence.index, surface: "", start: 0, end: 0, type: "Area", source: "lexicon", canonical: null, entityId: context.districtId };
  return {
    text,
    mentions: ms,
    clauses,
    groups,
    topics: clauseTopics(text, clauses, groups),
    hits,
    heading: (context.headingMentions ?? []).filter((m) => m.type !== "Indicator"),
    district,
    carried: context.carriedIndustries ?? [],
  };
}

/**
 * The industries a sentence opens on ("集聚发展能源互联，…"), which a following sentence without a
 * subject of its own ("依托A、B等龙头企业，加快…融合发展") goes on talking about.
 */
export function framingIndustries(sentence: Sentence, mentions: readonly ResolvedMention[], compiled: CompiledTriggers): ResolvedMention[] {
  if (sentence.isAside) return [];
  const scene = relationScene(sentence, mentions, compiled);
  return scene === null ? [] : (industryFrame(scene)?.industries ?? []);
}

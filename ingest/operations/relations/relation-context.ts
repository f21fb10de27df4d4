/**
 * What the rest of the document lends one sentence's relation extraction: the names in its heading,
 * the district as default actor, and the industry the previous sentence opened on.
 */
import type { ResolvedMention, Sentence } from "../../model.ts";
import type { CompiledTriggers } from "../vocabulary/compiled-triggers.ts";
import type { RelationOptions } from "./extract-relations.ts";
import { headingMentions } from "../text/heading-context.ts";
import { framingIndustries } from "./relation-scene.ts";

/** The options for extracting relations from `sentences[index]`. */
export function relationContext(
  sentences: readonly Sentence[],
  index: number,
  mentions: readonly ResolvedMention[],
  compiled: CompiledTriggers,
  districtId: string,
): RelationOptions {
  const sentence = sentences[index];
  if (sentence === undefined) return { districtId };
  // A heading naming the district itself ("全力推进活力市中建设") says no more than the district default.
  const heading = headingMentions(sentence, sentences, mentions).filter((m) => m.entityId !== districtId);
  // Only a neighbour under the same heading goes on about the same topic.
  const previous = sentences[index - 1];
  const carriedIndustries = previous !== undefined && previous.heading === sentence.heading ? framingIndustries(previous, mentions, compiled) : [];
  return { headingMentions: heading, districtId, carriedIndustries };
}

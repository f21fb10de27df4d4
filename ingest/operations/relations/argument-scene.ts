/**
 * The layout a trigger's arguments are read from: clauses, lists of names, topics and the trigger
 * words around. Shared by the relation extractor's generic and special procedures.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { ResolvedMention, TextSpan } from "../../model.ts";
import { type Clause, clauseAt } from "./clauses.ts";
import type { MentionGroup } from "./enumerations.ts";
import type { WordHit } from "../vocabulary/scan-words.ts";
import { carriedTopic } from "./topics.ts";

/** Where an argument was found, nearest first: the clause's own subject, the object of the previous verb, … */
export type ArgumentSource =
  | "subject"
  | "pivot"
  | "person"
  | "topic"
  | "object"
  | "earlier"
  | "heading"
  | "district"
  | "previous"
  | "right"
  | "marked";

/** The chosen argument: the eligible members of one list, and where they came from. */
export interface Argument {
  readonly members: readonly ResolvedMention[];
  readonly source: ArgumentSource;
}

/** Everything about one sentence that argument picking needs. */
export interface Scene<T> {
  readonly text: string;
  readonly mentions: readonly ResolvedMention[];
  readonly clauses: readonly Clause[];
  readonly groups: readonly MentionGroup[];
  readonly topics: readonly (MentionGroup | null)[];
  readonly hits: readonly WordHit<T>[];
  readonly heading: readonly ResolvedMention[];
  /** The district as a stand-in mention, when the caller supplied its id. */
  readonly district: ResolvedMention | null;
  /** Industries the previous sentence opened on, which a subjectless sentence may go on about. */
  readonly carried: readonly ResolvedMention[];
}

/** One trigger occurrence placed in its clause, with its neighbours in that clause. */
export interface Placement<T> {
  readonly hit: WordHit<T>;
  readonly clause: Clause;
  readonly first: WordHit<T>;
  readonly previous: WordHit<T> | undefined;
  readonly next: WordHit<T> | undefined;
}

/** Places a hit in its clause; undefined when it sits on a delimiter (cannot happen for words). */
export function place<T>(scene: Scene<T>, hit: WordHit<T>): Placement<T> | undefined {
  const clause = clauseAt(scene.clauses, hit.start);
  if (clause === undefined) return undefined;
  const inClause = scene.hits.filter((h) => h.start >= clause.start && h.end <= clause.end);
  const first = inClause[0] ?? hit;
  const previous = inClause.filter((h) => h.end <= hit.start).at(-1);
  const next = inClause.find((h) => h.start >= hit.end);
  return { hit, clause, first, previous, next };
}

/** The members of `group` whose type is one of `types`. */
export function eligible(members: readonly ResolvedMention[], types: readonly EntityType[]): ResolvedMention[] {
  return members.filter((m) => types.includes(m.type));
}

/** Lists of names lying wholly inside `span`, in text order. */
export function groupsWithin(scene: Scene<unknown>, span: TextSpan): MentionGroup[] {
  return scene.groups.filter((g) => g.start >= span.start && g.end <= span.end);
}

/** The first list (in the given order) with members of the right type, as an argument from `source`. */
export function firstEligible(groups: readonly MentionGroup[], types: readonly EntityType[], source: ArgumentSource): Argument | null {
  for (const group of groups) {
    const members = eligible(group.members, types);
    if (members.length > 0) return { members, source };
  }
  return null;
}

/** The subject a clause inherits from the sentence's topic chain, filtered by type. */
export function topicArgument(scene: Scene<unknown>, clause: Clause, types: readonly EntityType[]): Argument | null {
  const topic = carriedTopic(scene.topics, clause.index);
  return topic === null ? null : firstEligible([topic], types, "topic");
}

/** Names from the section heading, filtered by type. */
export function headingArgument(scene: Scene<unknown>, types: readonly EntityType[]): Argument | null {
  const members = eligible(scene.heading, types);
  return members.length > 0 ? { members, source: "heading" } : null;
}

// Quotes and spaces do not separate a preposition from its noun: 与“山东大学”.
const DECORATION = /[\s“”"'‘’《》「」]/gu;

/** True when the text right before `pos` (inside the clause) ends with one of `markers`. */
export function precededBy(scene: Scene<unknown>, clause: Clause, pos: number, markers: readonly string[]): boolean {
  const before = scene.text.slice(Math.max(clause.start, pos - 4), pos).replace(DECORATION, "");
  return markers.some((m) => before.endsWith(m));
}

/** The text between two offsets, quotes and spaces dropped. */
export function gapText(scene: Scene<unknown>, start: number, end: number): string {
  return scene.text.slice(start, end).replace(DECORATION, "");
}

/** The rest of the clause after `pos`, quotes and spaces dropped: what a name is followed by. */
export function clauseTail(scene: Scene<unknown>, clause: Clause, pos: number): string {
  return scene.text.slice(pos, clause.end).replace(DECORATION, "");
}

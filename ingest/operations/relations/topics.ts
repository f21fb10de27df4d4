/**
 * Topic chains. Chinese policy prose names its subject once ("市中区依托X，引进了A、B，建设C")
 * and drops it from the clauses that follow; a clause without a subject of its own inherits it.
 */
import type { Clause } from "./clauses.ts";
import type { MentionGroup } from "./enumerations.ts";

// What may precede a clause's subject: time words and discourse openers, nothing verb-like.
const TOPIC_PREFIX =
  /^[\s“"「（(]*(?:(?:\d(?:\s?\d){3}\s?年(?:以来|底|初|末)?|今年(?:以来)?|去年(?:以来)?|目前|当前|同时|此外|另外|近年来|如今的?|下一步|其中|截至目前|济南市|[一二三四五六七八九十]+是)\s*)*$/u;

/** For each clause, the list of names it opens with (its own subject), or null. */
export function clauseTopics(text: string, clauses: readonly Clause[], groups: readonly MentionGroup[]): (MentionGroup | null)[] {
  return clauses.map((clause) => {
    const first = groups.find((g) => g.start >= clause.start && g.end <= clause.end);
    if (first === undefined) return null;
    return TOPIC_PREFIX.test(text.slice(clause.start, first.start)) ? first : null;
  });
}

/** The subject a clause inherits: the opening names of the nearest earlier clause that has some. */
export function carriedTopic(topics: readonly (MentionGroup | null)[], clauseIndex: number): MentionGroup | null {
  for (let i = clauseIndex - 1; i >= 0; i -= 1) {
    const topic = topics[i];
    if (topic !== null && topic !== undefined) return topic;
  }
  return null;
}

/** What `ask` returns: the GraphQL `AskResult`, `AskItem` and `Evidence` shapes as plain data. */

/** One sentence that states a fact, with the document it comes from. */
export interface AskEvidence {
  readonly quote: string;
  readonly documentId: string;
  readonly documentTitle: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when the document has no date. */
  readonly publishedAt: string | null;
  /** Id of the sentence node (`<documentId>#<index>`). */
  readonly sentenceId: string;
  /** How the fact was found (e.g. "trigger:依托"); "mention" / "co-mention" for a sentence that only names it. */
  readonly rule: string;
}

/** One row of an answer: an entity, a number, a milestone or a hop of a path, always with its evidence. */
export interface AskItem {
  readonly name: string | null;
  readonly type: string | null;
  readonly entityId: string | null;
  readonly value: number | null;
  readonly unit: string | null;
  readonly year: number | null;
  /** A sentence-like reading of the fact, e.g. "京东产业园 —LOCATED_IN→ 济南中央活力区". */
  readonly text: string | null;
  /** How the item is tied to what was asked about, e.g. "SERVES", "LOCATED_IN", "PROMOTES→BELONGS_TO". */
  readonly relation: string | null;
  /** The entity the item is tied to when that is not the one asked about (a sub-area, an industry). */
  readonly via: string | null;
  /** Indicator values: actual / estimate / target; milestones: their status. */
  readonly kind: string | null;
  readonly evidence: readonly AskEvidence[];
}

/** An entity recognised in the question. */
export interface AskEntity {
  readonly entityId: string;
  readonly name: string;
  readonly type: string;
  /** The words of the question it was recognised from. */
  readonly surface: string;
  /** `exact` for a name, alias or English name; `partial` for an unambiguous part of one. */
  readonly match: "exact" | "partial";
}

/** The answer to one question. */
export interface AskResult {
  readonly question: string;
  readonly answered: boolean;
  readonly interpretation: string;
  /** The exact Cypher run (its first line lists the parameters as a comment); null when nothing ran. */
  readonly cypher: string | null;
  /** The parameters of `cypher`, as JSON. */
  readonly params: string | null;
  /** Why there is no answer, when `answered` is false. */
  readonly reason: string | null;
  readonly items: readonly AskItem[];
  /** The intent understood (e.g. "serves", "indicator"), or null. */
  readonly intent: string | null;
  /** Number of items, for "how many" questions (null otherwise). */
  readonly count: number | null;
  /** A one-line answer, e.g. "1161.7 亿元 (2021, actual)". */
  readonly answer: string | null;
  readonly entities: readonly AskEntity[];
}

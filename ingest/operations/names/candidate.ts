/** What a name pattern proposes: a span of the sentence, the type it implies and the rule family that found it. */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { MentionSource } from "../../model.ts";

/** A proposed name in one sentence; `find-mentions` decides which proposals become mentions. */
export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly source: MentionSource;
}

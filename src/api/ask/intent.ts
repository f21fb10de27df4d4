/** What a question asks, once understood: a union discriminated on `kind`. */
import type { DocumentKind, EntityType, EventStatus, RelationType, ValueKind } from "../../graph/contract.ts";
import type { RelationCue } from "./cue-lists.ts";
import type { IndexedEntity } from "./name-index.ts";

/** Which end of a relationship the asked-about entity sits at; `either` for symmetric ones. */
export type End = "from" | "to" | "either";

/** Items of a list, optionally only of some types, optionally only counted. */
interface ListIntent {
  readonly entities: readonly IndexedEntity[];
  /** Only ties stated for these years (empty: any). */
  readonly years: readonly number[];
  /** Only items of these types (null: any type). */
  readonly types: readonly EntityType[] | null;
  /** "How many": the answer is the number of items. */
  readonly count: boolean;
}

/** A question understood. */
export type Intent =
  /** What serves X: SERVES X or a sub-area, lies in X, or is built under X. */
  | ({ readonly kind: "serves" } & ListIntent)
  /** Items tied to X by the cue's relationships, X at `end`. */
  | ({
      readonly kind: "relation";
      readonly cue: RelationCue;
      /** The relationship types followed (the cue's, narrowed to what fits the entity). */
      readonly relations: readonly RelationType[];
      readonly end: End;
      readonly includeSubAreas: boolean;
    } & ListIntent)
  /** Everything tied to X by any relationship; when asked what X is *related to*, also things named in one sentence with it. */
  | ({ readonly kind: "neighbours"; readonly withCoMentions: boolean } & ListIntent)
  /** Every entity of the asked types in the graph ("有哪些项目", "how many enterprises"). */
  | { readonly kind: "catalogue"; readonly types: readonly EntityType[]; readonly count: boolean }
  /** Where X is. */
  | { readonly kind: "location"; readonly entity: IndexedEntity }
  /** A project's milestones by year (only these statuses, when asked: "什么时候开工"). */
  | { readonly kind: "timeline"; readonly entity: IndexedEntity; readonly statuses: readonly EventStatus[] }
  /** Projects that reached a step ("2023年开工了哪些项目"), optionally only those tied to some places. */
  | {
      readonly kind: "milestones";
      readonly statuses: readonly EventStatus[];
      readonly years: readonly number[];
      readonly scope: readonly IndexedEntity[];
      readonly count: boolean;
    }
  /** The documents that name an entity (all of them, when several are named). */
  | {
      readonly kind: "documents";
      readonly entities: readonly IndexedEntity[];
      /** Only documents published in (or titled with) these years; empty: any. */
      readonly years: readonly number[];
      /** Only documents of these kinds; empty: any. */
      readonly documentKinds: readonly DocumentKind[];
    }
  /** How two entities connect. */
  | { readonly kind: "path"; readonly from: IndexedEntity; readonly to: IndexedEntity }
  /** A metric's values for a subject, in some years (none: every year). */
  | {
      readonly kind: "indicator";
      /** Canonical metric names, in the order asked. */
      readonly metrics: readonly string[];
      readonly subject: IndexedEntity;
      /** True when the question named no subject and the district was assumed. */
      readonly subjectAssumed: boolean;
      readonly years: readonly number[];
      /** Only these kinds (null: any). */
      readonly valueKinds: readonly ValueKind[] | null;
    };

/** The parser's verdict: an intent, or why there is none. */
export type Understanding = { readonly ok: true; readonly intent: Intent } | { readonly ok: false; readonly reason: string };

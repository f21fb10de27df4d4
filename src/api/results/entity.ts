/** An entity as the semantic API returns it: the identity properties of an :Entity node. */
import type { EntityType } from "../../graph/contract.ts";

/** The `Entity` GraphQL type. */
export interface EntityResult {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly en: readonly string[];
}

/** Cypher map of entity expression `x` (a variable or e.g. `startNode(r)`) as an EntityResult; missing lists read as empty. */
export function entityProjection(x: string): string {
  return `{id: ${x}.id, name: ${x}.name, type: ${x}.type, aliases: coalesce(${x}.aliases, []), en: coalesce(${x}.en, [])}`;
}

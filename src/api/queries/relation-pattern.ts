/** The relationship-type alternation of a pattern, e.g. `SERVES|LOCATED_IN`, from the contract's closed list only. */
import { RELATION_TYPES, type RelationType } from "../../graph/contract.ts";

/**
 * Types cannot be query parameters, so they are written into the text; only names from RELATION_TYPES
 * get there (anything else throws), which keeps user input out of the query text.
 * @example relationPattern(["SERVES", "PART_OF"]) // "SERVES|PART_OF"
 */
export function relationPattern(types: readonly RelationType[]): string {
  const list = types.length === 0 ? RELATION_TYPES : types;
  for (const t of list) if (!RELATION_TYPES.includes(t)) throw new RangeError(`not a relation type: ${String(t)}`);
  return list.join("|");
}

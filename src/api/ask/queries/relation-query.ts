/** Items tied to the asked-about entities by some relationship types, the entities at a given end. */
import { RETURN_LINKED_ITEMS } from "./linked-items.ts";
import type { CypherQuery } from "../../../db/index.ts";
import type { EntityType, RelationType } from "../../../graph/contract.ts";
import type { End } from "../intent.ts";
import { evidenceOf, inYears, relTypes, SUB_AREA_TYPES } from "./evidence-fragment.ts";

/**
 * One way an item can be tied to the anchor: relationship types and the anchor's end. With `through`, the tie
 * goes from the anchor to an intermediate entity first: one the anchor has a `relations` relationship to, or
 * (with `orNamedAfter`) one whose name or curated alias the anchor's name contains — an industrial cluster
 * named after its industry ("山东能源互联网产业集聚区" → 能源互联) gathers that industry's members.
 */
export interface Link {
  readonly relations: readonly RelationType[];
  readonly end: End;
  readonly through?: {
    readonly relations: readonly RelationType[];
    readonly anchorTypes: readonly EntityType[];
    readonly midTypes: readonly EntityType[];
    readonly orNamedAfter: boolean;
  };
}

/** Shortest name of an intermediate entity that counts for `orNamedAfter` (two characters match too much). */
const MIN_NAMED_AFTER = 3;

function branch(link: Link, rank: number): string {
  if (!link.through) return `  MATCH ${pattern(link, "a")} RETURN item, r, null AS via, ${rank} AS rank`;
  const t = link.through;
  const named = t.orNamedAfter
    ? ` OR any(n IN [mid.name] + coalesce(mid.curatedAliases, []) WHERE size(n) >= ${MIN_NAMED_AFTER} AND a.name CONTAINS n)`
    : "";
  return `  MATCH (mid:Entity) WHERE a.type IN ${list(t.anchorTypes)} AND mid.type IN ${list(t.midTypes)}
    AND (EXISTS { (a)-[:${relTypes(t.relations)}]->(mid) }${named})
  MATCH ${pattern(link, "mid")} RETURN item, r, mid AS via, ${rank} AS rank`;
}

// Entity types are from the contract's closed list, so they may be written into the query text.
function list(types: readonly EntityType[]): string {
  return `[${types.map((t) => `'${t}'`).join(", ")}]`;
}

function pattern(link: Link, anchor: string): string {
  const types = relTypes(link.relations);
  switch (link.end) {
    case "from":
      return `(${anchor})-[r:${types}]->(item:Entity)`;
    case "to":
      return `(item:Entity)-[r:${types}]->(${anchor})`;
    case "either":
      return `(${anchor})-[r:${types}]-(item:Entity)`;
    default: {
      const never: never = link.end;
      throw new Error(`invariant: unknown end ${String(never)}`);
    }
  }
}

/**
 * Builds the query: one row per item with every link found, earlier links ranked first.
 * @example relationQuery(["e-…"], [{ relations: ["INTRODUCED"], end: "from" }], true, ["Enterprise"])
 *   // enterprises 山东能源互联网产业集聚区 (or a sub-area of it) INTRODUCED
 */
export function relationQuery(
  ids: readonly string[],
  links: readonly Link[],
  includeSubAreas: boolean,
  types: readonly EntityType[] | null,
  years: readonly number[] = [],
): CypherQuery {
  const anchors = includeSubAreas
    ? `OPTIONAL MATCH (sub:Entity)-[:PART_OF|LOCATED_IN*1..3]->(x) WHERE sub.type IN $subTypes
WITH collect(DISTINCT x) + collect(DISTINCT sub) AS anchors
UNWIND anchors AS a`
    : "WITH x AS a";
  const branches = links.map(branch).join("\n  UNION\n");
  return {
    cypher: `MATCH (x:Entity) WHERE x.id IN $ids
${anchors}
CALL (a) {
${branches}
}
WITH item, a, r, via, rank WHERE ($types IS NULL OR item.type IN $types) AND NOT item.id IN $ids AND item.type <> 'Indicator' AND ${inYears("r")}
WITH item, rank, type(r) AS relation, CASE WHEN via IS NOT NULL THEN via.name WHEN a.id IN $ids THEN null ELSE a.name END AS via,
     r.year AS year, startNode(r).name + ' —' + type(r) + '→ ' + endNode(r).name AS fact, ${evidenceOf("r")} AS evidence
${RETURN_LINKED_ITEMS}`,
    params: { ids: [...ids], types: types === null ? null : [...types], years: [...years], ...(includeSubAreas ? { subTypes: [...SUB_AREA_TYPES] } : {}) },
  };
}

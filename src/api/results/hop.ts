/** One relationship on a path, with its direction, year and evidence. */
import type { RelationType } from "../../graph/contract.ts";
import { entityProjection, type EntityResult } from "./entity.ts";
import { evidenceListsProjection, toEvidence, type Evidence, type EvidenceLists } from "./evidence.ts";

/** The `Hop` GraphQL type: (from)-[relation]->(to), read in the stored direction. */
export interface Hop {
  readonly from: EntityResult;
  readonly relation: RelationType;
  readonly to: EntityResult;
  readonly year: number | null;
  readonly evidence: readonly Evidence[];
}

/** A hop as the Cypher of `hopProjection` returns it. */
export interface HopRow extends EvidenceLists {
  readonly from: EntityResult;
  readonly relation: RelationType;
  readonly to: EntityResult;
  readonly year: number | null;
}

/** Cypher map of relationship `r` as a HopRow. */
export function hopProjection(r: string): string {
  return `{from: ${entityProjection(`startNode(${r})`)}, relation: type(${r}), to: ${entityProjection(`endNode(${r})`)}, year: ${r}.year, ${evidenceListsProjection(r)}}`;
}

/** A HopRow with its evidence zipped. */
export function toHop(row: HopRow): Hop {
  return { from: row.from, relation: row.relation, to: row.to, year: row.year ?? null, evidence: toEvidence(row) };
}

/** "上新街 —SERVES→ 济南中央活力区 —PART_OF→ 济南市市中区", following the path from its first entity. */
export function describePath(start: EntityResult, hops: readonly Hop[]): string {
  let text = start.name;
  let at = start.id;
  for (const hop of hops) {
    const forward = hop.from.id === at;
    const next = forward ? hop.to : hop.from;
    text += forward ? ` —${hop.relation}→ ${next.name}` : ` ←${hop.relation}— ${next.name}`;
    at = next.id;
  }
  return text;
}

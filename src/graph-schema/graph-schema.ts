/** The live graph's shape: labels, relationship types, their properties, with counts. */

/** One property of a label or relationship type. */
export interface PropertySchema {
  readonly name: string;
  /** Value types seen, in Cypher's words simplified: "string", "integer", "string[]", … */
  readonly types: readonly string[];
  /** How many nodes or relationships have it. */
  readonly count: number;
}

/** A node label. */
export interface LabelSchema {
  readonly label: string;
  readonly count: number;
  readonly properties: readonly PropertySchema[];
}

/** Which kinds of node a relationship type connects. */
export interface RelationshipPattern {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** A relationship type. */
export interface RelationshipTypeSchema {
  readonly type: string;
  readonly count: number;
  readonly patterns: readonly RelationshipPattern[];
  readonly properties: readonly PropertySchema[];
}

/** The whole schema, everything sorted by name. */
export interface GraphSchema {
  readonly labels: readonly LabelSchema[];
  readonly relationshipTypes: readonly RelationshipTypeSchema[];
}

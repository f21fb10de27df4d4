/** Cypher's `valueType()` strings made short: "LIST<STRING NOT NULL> NOT NULL" → "string[]". */

/** Simplifies one `valueType()` string. */
export function valueTypeName(cypherType: string): string {
  const bare = cypherType.replaceAll(" NOT NULL", "").trim();
  const list = /^LIST<(.+)>$/.exec(bare);
  if (list?.[1] !== undefined) return list[1].trim() === "NOTHING" ? "empty list" : `${valueTypeName(list[1])}[]`;
  return bare.toLowerCase();
}

/**
 * The distinct simplified types of a property, sorted. An empty list has no element type ("empty list"); it is
 * dropped when the same property also holds a typed list, since it only means "sometimes empty".
 */
export function propertyTypes(cypherTypes: readonly string[]): string[] {
  const names = [...new Set(cypherTypes.map(valueTypeName))];
  const typedList = names.some((n) => n.endsWith("[]"));
  return names.filter((n) => !(typedList && n === "empty list")).sort();
}

/** The name a pattern shows for a node with these labels: `Entity` for any entity, else its labels. */
export function nodeKind(labels: readonly string[]): string {
  return labels.includes("Entity") ? "Entity" : [...labels].sort().join(":");
}

/**
 * The Cypher an answer shows: the query it ran, its parameters in a leading comment, so the text can be pasted into
 * a Cypher shell as is. Only the bare query goes to Neo4j: Neo4j caches plans by query text, and a comment that
 * changes with every question's parameters would make each one a new query to plan.
 */
export function shownCypher(cypher: string, paramsJson: string): string {
  return `// params: ${paramsJson}\n${cypher}`;
}

/** The query of a shown text: without its parameters comment (what Neo4j was sent). */
export function sentCypher(shown: string): string {
  return shown.replace(/^\/\/ params: .*\n/, "");
}

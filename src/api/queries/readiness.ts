/** What readiness needs from the graph: the applied migrations and the number of documents. */
import type { CypherQuery } from "../../db/index.ts";

/** One row. */
export interface ReadinessRow {
  readonly applied: readonly string[];
  readonly documents: number;
}

/** @example readinessQuery() // {applied: ["001-entity-id.cypher", …], documents: 5} */
export function readinessQuery(): CypherQuery {
  return {
    cypher: `
CALL () { MATCH (m:Migration) RETURN collect(m.id) AS applied }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
RETURN applied, documents`,
  };
}

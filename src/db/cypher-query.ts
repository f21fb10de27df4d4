/** Cypher as data: the text and its parameters, built by one module and run by another. */
export interface CypherQuery {
  readonly cypher: string;
  readonly params?: Readonly<Record<string, unknown>>;
}

/** Whether a query may write. */
export type AccessMode = "READ" | "WRITE";

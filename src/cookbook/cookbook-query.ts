/** A named query of the cookbook (`cypher/<name>.cypher`): its question, parameters and Cypher. */

/** The parameter types a cookbook header may declare. */
export const PARAM_TYPES = ["string", "integer", "float", "boolean", "string[]"] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** One declared parameter. */
export interface CookbookParam {
  readonly name: string;
  readonly type: ParamType;
  readonly description: string;
  /** Example value as written in the header (what one would pass to --param). */
  readonly example: string;
  /** Parsed default; absent when the parameter is required. */
  readonly default?: unknown;
}

/** One cookbook query. */
export interface CookbookQuery {
  /** The file name without `.cypher`, e.g. "projects-serving". */
  readonly name: string;
  readonly questionZh: string;
  readonly questionEn: string;
  readonly params: readonly CookbookParam[];
  /** An example command line. */
  readonly example: string;
  /** The whole file, header included (comments are valid Cypher). */
  readonly cypher: string;
}

/**
 * Keeps the Cypher @neo4j/graphql translates for a generated list field (`projects(where: …) { … }`), per
 * operation and variables, so a repeated operation skips the translation: building the resolve tree and the query
 * AST and printing the Cypher were two thirds of such a request's CPU (profiled). This is not the response cache:
 * every request still runs its Cypher on the graph as it is now, so it stays on with KG_RESPONSE_CACHE_MB=0 —
 * the translation depends only on the operation, its variables and the schema, never on the data.
 *
 * How: the first request of an operation runs the generated resolver with a runner that records the one query it
 * sends; later ones send that query and shape its records as the generated resolver does (`record.this`).
 * Operations are keyed by their parsed document, which Apollo keeps (and reuses) per query text, so an entry
 * lives as long as Apollo's document cache keeps the operation.
 */
import type { GraphQLFieldResolver, GraphQLSchema, OperationDefinitionNode } from "graphql";
import type { GeneratedQueryRunner } from "./context.ts";

/** Distinct variable sets kept per operation field: beyond this the field's entries start over. */
const MAX_ENTRIES_PER_OPERATION = 200;

interface Translated {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

interface QueryRunner {
  run(cypher: string, params?: Record<string, unknown>): Promise<{ records: { toObject(): Record<string, unknown> }[] }>;
}

/**
 * Wraps the generated root list fields of `schema` (a `[T!]!` field with `where` and `limit` arguments, not one
 * of `ownFields`) with the cache; returns how many were wrapped.
 */
export function cacheTranslatedCypher(schema: GraphQLSchema, ownFields: ReadonlySet<string>): number {
  const query = schema.getQueryType();
  if (!query) return 0;
  let wrapped = 0;
  for (const field of Object.values(query.getFields())) {
    const argNames = new Set(field.args.map((a) => a.name));
    const isGeneratedList = !ownFields.has(field.name) && argNames.has("where") && argNames.has("limit") && String(field.type).startsWith("[");
    if (!isGeneratedList || field.resolve === undefined) continue;
    field.resolve = withTranslationCache(field.resolve);
    wrapped++;
  }
  return wrapped;
}

function withTranslationCache(generated: GraphQLFieldResolver<unknown, Record<string, unknown>>): GraphQLFieldResolver<unknown, Record<string, unknown>> {
  const byOperation = new WeakMap<OperationDefinitionNode, Map<string, Translated>>();
  return async (root, args, context, info) => {
    const runner = context.executionContext as unknown as QueryRunner | undefined;
    // Only with the API's own runner (src/api/context.ts); a driver or session context goes the library's way.
    if (runner === undefined || typeof runner.run !== "function" || "session" in runner || "beginTransaction" in runner) {
      return generated(root, args, context, info);
    }
    const key = `${JSON.stringify(info.path)}\u0000${JSON.stringify(info.variableValues)}`;
    let entries = byOperation.get(info.operation);
    const known = entries?.get(key);
    if (known !== undefined) {
      const result = await runner.run(known.cypher, known.params);
      return result.records.map((record) => record.toObject().this);
    }
    const sent: Translated[] = [];
    const recording: QueryRunner = {
      run: (cypher, params = {}) => {
        sent.push({ cypher, params });
        return runner.run(cypher, params);
      },
    };
    const value: unknown = await generated(root, args, { ...context, executionContext: recording as unknown as GeneratedQueryRunner }, info);
    // The library's one-off version check (dbms.components) is not part of the operation's query.
    const own = sent.filter((q) => !q.cypher.includes("dbms.components"));
    if (own.length === 1 && own[0] !== undefined) {
      if (entries === undefined) byOperation.set(info.operation, (entries = new Map()));
      if (entries.size >= MAX_ENTRIES_PER_OPERATION) entries.clear();
      entries.set(key, own[0]);
    }
    return value;
  };
}

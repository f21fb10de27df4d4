/**
 * The executable schema: @neo4j/graphql generates the generic part (queries, filters, sorting,
 * connections, full-text) from the @node types, and the hand-written resolvers answer the rest.
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { semanticResolvers } from "./resolvers/index.ts";
import type { FieldResolver } from "./resolvers/index.ts";
import { loadTypeDefs } from "./type-defs.ts";

/** Type name → field name → resolver (e.g. `{ Query: { ask: askResolver } }`). */
export type ResolverMap = Readonly<Record<string, Readonly<Record<string, FieldResolver<unknown>>>>>;

/** Options of `buildSchema`. */
export interface BuildSchemaOptions {
  /** The driver the generated queries run on (pass a read-only one). */
  readonly driver: Driver;
  /** Resolvers beyond the semantic ones, e.g. `ask`'s; merged field by field. */
  readonly extraResolvers?: readonly ResolverMap[];
  /** Type definitions; default: every schema/graphql/*.graphql file. */
  readonly typeDefs?: readonly DocumentNode[];
}

/** Builds the schema (a few seconds: @neo4j/graphql generates ~2,000 types). */
export async function buildSchema(options: BuildSchemaOptions): Promise<GraphQLSchema> {
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: [...(options.typeDefs ?? loadTypeDefs())],
    resolvers: mergeResolverMaps([semanticResolvers, ...(options.extraResolvers ?? [])]),
    driver: options.driver,
  });
  return neo4jGraphQL.getSchema();
}

/** Merges resolver maps; a field defined twice is a wiring bug and throws. */
export function mergeResolverMaps(maps: readonly ResolverMap[]): Record<string, Record<string, FieldResolver<unknown>>> {
  const merged: Record<string, Record<string, FieldResolver<unknown>>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${type}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged;
}

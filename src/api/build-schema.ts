/**
 * The executable schema: @neo4j/graphql generates the generic part (queries, filters, sorting,
 * connections, full-text) from the @node types, and the hand-written resolvers answer the rest
 * (the semantic fields of src/api/resolvers/ and `ask` of src/api/ask/).
 */
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { DocumentNode, GraphQLFieldResolver, GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { askResolvers } from "./ask/index.ts";
import type { ApiContext } from "./context.ts";
import { dropSchemaLocations } from "./drop-schema-locations.ts";
import { cacheTranslatedCypher } from "./translated-cypher-cache.ts";
import { semanticResolvers } from "./resolvers/index.ts";
import { shareEntityAdapters } from "./share-entity-adapters.ts";
import { loadTypeDefs } from "./type-defs.ts";

/** A field resolver of any argument shape that needs no more than the ApiContext. */
export type AnyFieldResolver = GraphQLFieldResolver<unknown, ApiContext, never>;

/** Type name → field name → resolver (e.g. `{ Query: { ask: askResolver } }`). */
export type ResolverMap = Readonly<Record<string, Readonly<Record<string, AnyFieldResolver>>>>;

/** Options of `buildSchema`. */
export interface BuildSchemaOptions {
  /**
   * The driver the generated queries run on (pass a read-only one). Optional: the API gives each request
   * its driver in the context (`executionContext`), so the schema can be built before Neo4j is up.
   */
  readonly driver?: Driver;
  /** Resolvers beyond the semantic fields and `ask` (src/api/ask); merged field by field. */
  readonly extraResolvers?: readonly ResolverMap[];
  /** Type definitions; default: every schema/graphql/*.graphql file. */
  readonly typeDefs?: readonly DocumentNode[];
}

/**
 * The library's deprecated spellings of filters (`locatedIn_SOME`, `name_EQ`; their replacements are
 * `locatedIn: { some: … }`, `name: { eq: … }`) are left out: they made up 232 of the 320 fields of each node's
 * `…Where` input, and graphql-js walks every field of an input type to read an argument of it.
 */
const DEPRECATED_FIELDS_LEFT_OUT = {
  relationshipFilters: true,
  attributeFilters: true,
  aggregationFilters: true,
  aggregationFiltersOutsideConnection: true,
  mutationOperations: true,
} as const;

/** Builds the schema (a few seconds: @neo4j/graphql generates ~2,000 types). */
export async function buildSchema(options: BuildSchemaOptions): Promise<GraphQLSchema> {
  const resolvers = mergeResolverMaps([semanticResolvers, askResolvers, ...(options.extraResolvers ?? [])]);
  shareEntityAdapters();
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: [...(options.typeDefs ?? loadTypeDefs())],
    resolvers,
    ...(options.driver !== undefined && { driver: options.driver }),
    features: { excludeDeprecatedFields: DEPRECATED_FIELDS_LEFT_OUT },
  });
  const schema = dropSchemaLocations(await neo4jGraphQL.getSchema());
  cacheTranslatedCypher(schema, new Set(Object.keys(resolvers.Query ?? {})));
  return schema;
}

/** Merges resolver maps; a field defined twice is a wiring bug and throws. */
export function mergeResolverMaps(maps: readonly ResolverMap[]): Record<string, Record<string, AnyFieldResolver>> {
  const merged: Record<string, Record<string, AnyFieldResolver>> = {};
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

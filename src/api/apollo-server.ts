/**
 * Apollo Server with the protections of a public, read-only API: graphql-armor limits (depth, cost,
 * aliases, tokens, directives), CSRF prevention, no batching, masked internal errors, no stack traces
 * in production, and nothing that calls out to the internet (no hosted landing page, no reporting).
 */
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLSchema } from "graphql";
import type { ApiContext } from "./context.ts";
import { createFormatError } from "./format-error.ts";

/** The limits every operation must stay within (introspection has its own, below). */
export const QUERY_LIMITS = {
  /** Nesting: enough for two relationship hops through connections (≈ 8), not for a recursive bomb. */
  maxDepth: 10,
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level. */
  maxCost: 5_000,
  maxAliases: 15,
  maxTokens: 2_000,
  maxDirectives: 50,
} as const;

/**
 * Depth and cost limits for an operation with `__schema`: just above the standard introspection query that
 * GraphiQL sends (depth 15 and cost ≈ 15,600 with fragments flattened), so the playground works and a
 * deeper or wider `__schema` query is refused. The data part of such an operation still obeys QUERY_LIMITS.
 */
export const INTROSPECTION_LIMITS = { maxDepth: 16, maxCost: 20_000 } as const;

/** Options of `createApolloServer`. */
export interface ApolloOptions {
  readonly production: boolean;
  readonly queryTimeoutMs: number;
  readonly onInternalError?: (error: unknown) => void;
}

/** Creates (but does not start) the server. */
export function createApolloServer(schema: GraphQLSchema, options: ApolloOptions): ApolloServer<ApiContext> {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, exposeLimits: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, exposeLimits: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
    // Counted by graphql-js's parser instead (parseOptions below): armor's token plugin parses in a hook
    // where a plain syntax error becomes an "unexpected error" and HTTP 500 instead of 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
    // Suggestions ("did you mean …") help in development and map the schema for an attacker in production.
    blockFieldSuggestion: { enabled: options.production },
  });
  // A second pass that counts `__schema` too (armor's default skips it), with the introspection limits.
  const introspectionArmor = new ApolloArmor({
    maxDepth: { n: INTROSPECTION_LIMITS.maxDepth, exposeLimits: true, ignoreIntrospection: false, flattenFragments: true },
    costLimit: { maxCost: INTROSPECTION_LIMITS.maxCost, exposeLimits: true, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();
  // graphql-armor is CommonJS and types its plugins with @apollo/server's CJS declarations; the objects
  // are the same at run time, only TypeScript sees two HeaderMap classes.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<ApiContext>[];
  return new ApolloServer<ApiContext>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createFormatError(options),
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [...protection.validationRules, ...introspectionArmor.protect().validationRules],
    plugins: [
      ...armorPlugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's cache-control hints wrap every field's resolution; nothing here uses them (our response
      // cache works by graph version), so each field is cheaper without.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
}

export { startServer, DEFAULT_BODY_LIMIT_BYTES, type RunningServer, type ServerOptions } from "./start-server.ts";
export { buildSchema, mergeResolverMaps, type ResolverMap } from "./build-schema.ts";
export { resolveEntity, MIN_BEST_SCORE, type MatchKind, type NameMatch, type Resolution } from "./resolve-name.ts";
export type { ApiContext } from "./context.ts";
export type { RequestHandler } from "./http/request-handler.ts";
export { GRAPHQL_PATH } from "./http/graphql-route.ts";
export { QUERY_LIMITS } from "./apollo-server.ts";
export { checkReadiness, type Readiness, type Check } from "./readiness.ts";

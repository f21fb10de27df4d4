export { Db } from "./db.ts";
export type { AccessMode, CypherQuery } from "./cypher-query.ts";
export { applyMigrations, readMigrations, parseStatements } from "./migrations.ts";
export { startEmbedded, stopEmbedded, type StartResult } from "./embedded/embedded-neo4j.ts";
export { runningPid } from "./embedded/process-files.ts";
export { mapNeo4jError } from "./neo4j-errors.ts";

/** What every resolver receives: our Db for the semantic fields, and @neo4j/graphql's settings for the generated ones. */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";
import type { Db } from "../db/index.ts";

/** The GraphQL context of one request. */
export interface ApiContext extends Neo4jGraphQLContext {
  /** Runs the semantic fields' queries (always with an explicit READ mode and the configured timeout). */
  readonly db: Db;
}

/** Builds the per-request context: READ sessions, the configured timeout on every generated transaction. */
export function createContext(db: Db, readDriver: Driver, queryTimeoutMs: number): ApiContext {
  return {
    db,
    executionContext: readDriver,
    ...(db.database !== undefined && { sessionConfig: { database: db.database } }),
    transaction: { timeout: queryTimeoutMs, metadata: { app: "shizhong-kg-api" } },
  };
}

/** What every resolver receives: our Db for the semantic fields, and @neo4j/graphql's settings for the generated ones. */
import type { Neo4jGraphQLContext } from "@neo4j/graphql";
import type { Driver, Transaction } from "neo4j-driver";
import type { Db } from "../db/index.ts";
import { readAutoCommit } from "../db/read-auto-commit.ts";

/** The GraphQL context of one request. */
export interface ApiContext extends Neo4jGraphQLContext {
  /** Runs the semantic fields' queries (always with an explicit READ mode and the configured timeout). */
  readonly db: Db;
}

/** Where @neo4j/graphql runs the Cypher it generates (`executionContext`). */
export type GeneratedQueryRunner = NonNullable<Neo4jGraphQLContext["executionContext"]>;

/**
 * Runs the generated queries as auto-commit READ transactions with the configured timeout: one round trip each
 * instead of a managed transaction's three (src/db/read-auto-commit.ts), and Neo4j refuses a write in them.
 * @neo4j/graphql treats an `executionContext` with neither `session()` nor `beginTransaction()` as an open
 * transaction and only calls its `run(cypher, params)`, which is all this object has.
 */
export function generatedQueryRunner(driver: Driver, database: string | undefined, queryTimeoutMs: number): GeneratedQueryRunner {
  const settings = { database, timeoutMs: queryTimeoutMs, metadata: { app: "shizhong-kg-api" } };
  const runner = { run: (cypher: string, params?: Record<string, unknown>) => readAutoCommit(driver, settings, cypher, params ?? {}) };
  return runner as unknown as Transaction;
}

/** Builds the per-request context (a fresh object: @neo4j/graphql writes into it). */
export function createContext(db: Db, runner: GeneratedQueryRunner): ApiContext {
  return { db, executionContext: runner };
}

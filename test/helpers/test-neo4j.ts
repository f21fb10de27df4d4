/** Connection to the suite's Neo4j, handed from the global setup to the test files. */
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config/index.ts";
import { Db } from "../../src/db/index.ts";

/** What the global setup provides. */
export interface TestNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly home?: string;
  readonly port?: number;
}

/** A Config pointing at the suite's Neo4j. */
export function testConfig(): Config {
  const neo4j = inject("neo4j");
  return loadConfig({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
}

/** Opens a Db on the suite's Neo4j. */
export function openTestDb(): Promise<Db> {
  return Db.open(testConfig());
}

/** Deletes every node but the migration records. */
export async function resetGraph(db: Db): Promise<void> {
  await db.run({ cypher: "MATCH (n) WHERE NOT n:Migration DETACH DELETE n" }, "WRITE");
}

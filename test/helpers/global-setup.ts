/**
 * Starts one real Neo4j for the integration suite and stops it at the end.
 * Default: our embedded launcher on its own port and data folder (never the user's database).
 * KG_TEST_NEO4J=testcontainers: neo4j:5.26-community in Docker, for machines that have a Docker engine.
 * NEO4J_URI set: that server is used as is (its data is wiped between test files!).
 */
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig, PROJECT_ROOT } from "../../src/config/index.ts";
import { runningPid, startEmbedded, stopEmbedded } from "../../src/db/index.ts";
import type { TestNeo4j } from "./test-neo4j.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

const TEST_PASSWORD = "kg-test-password";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mode = process.env.KG_TEST_NEO4J ?? "embedded";
  if (process.env.NEO4J_URI) {
    const config = loadConfig();
    if (config.neo4j.mode !== "external") throw new Error("unreachable");
    project.provide("neo4j", { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password });
    return async () => {};
  }
  if (mode === "testcontainers") return startContainer(project);
  if (mode !== "embedded") throw new Error(`KG_TEST_NEO4J must be "embedded" or "testcontainers", not "${mode}"`);

  const port = process.env.KG_TEST_NEO4J_PORT ?? "7688";
  const home = path.join(PROJECT_ROOT, ".data", port === "7688" ? "neo4j-test" : `neo4j-test-${port}`);
  const config = loadConfig({ KG_NEO4J_HOME: home, KG_NEO4J_PORT: port, NEO4J_PASSWORD: TEST_PASSWORD, KG_NEO4J_HEAP: "768m" });
  if (config.neo4j.mode !== "embedded") throw new Error("unreachable");
  const target = config.neo4j;
  const other = runningPid(home);
  if (other !== null) {
    throw new Error(
      `Another test run's Neo4j (pid ${other}) is using ${home} on port ${port}. Wait for it to finish, ` +
        `stop it (kill ${other}), or run with KG_TEST_NEO4J_PORT=<another port>.`,
    );
  }
  rmSync(home, { recursive: true, force: true });
  const started = await startEmbedded(target, (line) => process.stderr.write(`[test neo4j] ${line}\n`));
  process.stderr.write(`[test neo4j] up at ${target.uri} in ${(started.ms / 1000).toFixed(1)} s\n`);
  project.provide("neo4j", { uri: target.uri, user: "neo4j", password: TEST_PASSWORD, home, port: target.port });
  return async () => {
    const stopped = await stopEmbedded(target);
    process.stderr.write(`[test neo4j] stopped in ${(stopped.ms / 1000).toFixed(1)} s\n`);
  };
}

async function startContainer(project: TestProject): Promise<() => Promise<void>> {
  const { getContainerRuntimeClient } = await import("testcontainers");
  try {
    await getContainerRuntimeClient();
  } catch (error) {
    throw new Error(
      `KG_TEST_NEO4J=testcontainers asks for Docker, but no Docker engine is reachable (${(error as Error).message}). ` +
        "Start Docker, or unset KG_TEST_NEO4J to use the embedded Neo4j.",
      { cause: error },
    );
  }
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer("neo4j:5.26-community").withPassword(TEST_PASSWORD).start();
  project.provide("neo4j", { uri: container.getBoltUri(), user: "neo4j", password: TEST_PASSWORD });
  return async () => void (await container.stop());
}

import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/index.ts";
import { applyMigrations, Db, runningPid, startEmbedded, stopEmbedded } from "../../../src/db/index.ts";
import { isKgError } from "../../../src/errors/index.ts";
import { SILENT } from "../../../ingest/progress.ts";
import { loadResources } from "../../../ingest/resources.ts";
import { runIngest } from "../../../ingest/run-ingest.ts";
import { manifestInputs } from "../../../ingest/stages/read-documents.ts";

// A Neo4j of its own, so that killing it does not disturb the other tests.
const home = path.join(os.tmpdir(), `kg-crash-test-${process.pid}`);
const config = loadConfig({ KG_NEO4J_HOME: home, KG_NEO4J_PORT: String(7600 + (process.pid % 80)), NEO4J_PASSWORD: "kg-crash-password" });
if (config.neo4j.mode !== "embedded") throw new Error("expected embedded");
const target = config.neo4j;

describe("Neo4j stopping mid-ingest", () => {
  afterAll(async () => {
    await stopEmbedded(target);
    await fs.rm(home, { recursive: true, force: true });
  });

  it("leaves no half-written document", { timeout: 240_000 }, async () => {
    await startEmbedded(target, () => {});
    let db = await Db.open(config);
    await applyMigrations(db);
    let loaded = 0;
    const killAfterFirst = {
      ...SILENT,
      tick: (stage: string) => {
        if (stage === "load" && ++loaded === 1) process.kill(runningPid(home) ?? 0, "SIGKILL");
      },
    };
    const error = await runIngest(db, await manifestInputs(), await loadResources(), { progress: killAfterFirst, force: true }).catch((e: unknown) => e);
    expect(isKgError(error, "NEO4J_UNREACHABLE")).toBe(true);
    await db.close();

    await startEmbedded(target, () => {}); // recovery of committed transactions happens here
    db = await Db.open(config);
    try {
      const docs = await db.rows<{ id: string; declared: number; sentences: number }>({
        cypher: "MATCH (d:Document) OPTIONAL MATCH (s:Sentence)-[:IN_DOCUMENT]->(d) RETURN d.id AS id, d.sentenceCount AS declared, count(s) AS sentences",
      });
      expect(docs.length).toBeLessThanOrEqual(1); // the one committed before the kill, or none
      for (const d of docs) expect(d.sentences).toBe(d.declared);
      const [orphans] = await db.rows<{ n: number }>({ cypher: "MATCH (s:Sentence) WHERE NOT (s)-[:IN_DOCUMENT]->() RETURN count(s) AS n" });
      expect(orphans?.n).toBe(0);
    } finally {
      await db.close();
    }
  });
});

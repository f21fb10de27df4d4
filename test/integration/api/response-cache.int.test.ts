/**
 * The response cache and the in-memory names follow the graph version: an ingest committed while the API
 * runs is seen within about a second, and from the first new answer on, no old answer comes back.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SILENT } from "../../../ingest/progress.ts";
import { loadResources } from "../../../ingest/resources.ts";
import { runIngest } from "../../../ingest/run-ingest.ts";
import { pathInputs } from "../../../ingest/stages/read-documents.ts";
import { GRAPH_VERSION_MAX_AGE_MS } from "../../../src/api/graph-version/graph-version-watcher.ts";
import { applyMigrations, type Db } from "../../../src/db/index.ts";
import { startTestApi, type TestApi } from "../../helpers/api-server.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

let db: Db;
let api: TestApi;
let uncached: TestApi;
let dir: string;

async function ingestText(name: string, text: string): Promise<void> {
  const file = path.join(dir, `${name}.txt`);
  await writeFile(file, `---\nid: ${name}\ntitle: ${name}\ndate: 2024-03-01\n---\n${text}\n`, "utf8");
  const report = await runIngest(db, await pathInputs([file]), await loadResources(), { progress: SILENT });
  expect(report.failed).toBe(0);
}

const ENTITY = `query Entity($name: String!) { entity(name: $name) { name } }`;

beforeAll(async () => {
  db = await openTestDb();
  await applyMigrations(db);
  dir = await mkdtemp(path.join(os.tmpdir(), "kg-cache-"));
  await ingestText("cache-a", "市中区加快建设济南中央活力区。");
  api = await startTestApi(db, { cacheBytes: 4 * 1024 * 1024 });
  uncached = await startTestApi(db);
});

afterAll(async () => {
  await api?.server.close();
  await uncached?.server.close();
  await db?.close();
});

describe("the response cache", () => {
  it("answers a repeated query from the cache", async () => {
    const before = api.server.cacheStats();
    const first = await api.gql(ENTITY, { name: "济南中央活力区" });
    const second = await api.gql(ENTITY, { name: "济南中央活力区" });
    expect(first.data).toEqual({ entity: { name: "济南中央活力区" } });
    expect(second).toEqual(first);
    const after = api.server.cacheStats();
    expect(after?.hits).toBe((before?.hits ?? 0) + 1);
  });

  it("does not keep answers with errors", async () => {
    const missing = await api.gql(`{ projectsServing(target: "不存在的片区") { explanation } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const entries = api.server.cacheStats()?.entries;
    await api.gql(`{ projectsServing(target: "不存在的片区") { explanation } }`);
    expect(api.server.cacheStats()?.entries).toBe(entries);
  });

  it("gives the new answer within a second of an ingest, and never the old one after", async () => {
    const ask = async () => (await api.gql<{ entity: { name: string } | null }>(ENTITY, { name: "京东产业园" })).data?.entity?.name ?? null;
    expect(await ask()).toBeNull();
    expect(await ask()).toBeNull(); // now cached

    await ingestText("cache-b", "济南中央活力区推动京东产业园尽快落地。");
    const committed = performance.now();
    let seen: number | null = null;
    while (performance.now() - committed < GRAPH_VERSION_MAX_AGE_MS + 2_000) {
      if ((await ask()) === "京东产业园") {
        seen = performance.now() - committed;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(seen).not.toBeNull();
    // The version is read at most a second before a request: the new answer comes within that (plus a request).
    expect(seen).toBeLessThan(GRAPH_VERSION_MAX_AGE_MS + 500);
    for (let i = 0; i < 30; i++) expect(await ask()).toBe("京东产业园");
  });

  it("reads a question asked before afresh once an ingest brings the name it asks about, with the response cache off", async () => {
    const QUESTION = `{ ask(question: "甲乙科创园项目和济南中央活力区有什么关系？") { entities { name } } }`;
    const recognised = async () => ((await uncached.gql<{ ask: { entities: { name: string }[] } }>(QUESTION)).data?.ask.entities ?? []).map((e) => e.name);
    expect(await recognised()).toEqual(["济南中央活力区"]);
    expect(await recognised()).toEqual(["济南中央活力区"]); // its reading is now kept

    await ingestText("cache-c", "济南中央活力区推动甲乙科创园项目建设。");
    const committed = performance.now();
    while ((await recognised()).length < 2 && performance.now() - committed < GRAPH_VERSION_MAX_AGE_MS + 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await recognised()).toEqual(["甲乙科创园项目", "济南中央活力区"]);
  });
});

import { afterAll, beforeAll, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";
import { startTestApi, type TestApi } from "../../helpers/api-server.ts";

let db: Db;
let api: TestApi;
beforeAll(async () => {
  db = await openTestDb();
  const t = Date.now();
  await ingestCorpus(db);
  console.log("ingest ms", Date.now() - t);
  const t2 = Date.now();
  api = await startTestApi(db);
  console.log("server ms", Date.now() - t2);
});
afterAll(async () => {
  await api?.server.close();
  await db?.close();
});
it("answers", async () => {
  const r = await api.gql("{ projectsServing(target: \"中央活力区\") { explanation } }");
  console.log(JSON.stringify(r));
  expect(r.status).toBe(200);
});

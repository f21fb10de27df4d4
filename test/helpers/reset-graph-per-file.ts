/** Each integration test file starts on an empty graph (schema kept). */
import { beforeAll } from "vitest";
import { openTestDb, resetGraph } from "./test-neo4j.ts";

beforeAll(async () => {
  const db = await openTestDb();
  try {
    await resetGraph(db);
  } finally {
    await db.close();
  }
});

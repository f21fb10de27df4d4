/**
 * The generated list fields keep their translated Cypher per operation and variables (src/api/translated-cypher-cache.ts):
 * a repeated operation answers exactly as the first time, other variables or aliases get their own translation,
 * and an answer always reflects the graph as it is now (the Cypher is kept, never the result).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { startTestApi, type TestApi } from "../../helpers/api-server.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

let db: Db;
let api: TestApi;

beforeAll(async () => {
  db = await openTestDb();
  expect((await ingestCorpus(db)).failed).toBe(0);
  api = await startTestApi(db);
});

afterAll(async () => {
  await api?.server.close();
  await db?.close();
});

const NESTED = `query Nested($area: String!) {
  projects(where: { locatedIn: { some: { name: { eq: $area } } } }, sort: [{ name: ASC }]) {
    name
    here: locatedInConnection { edges { node { name } properties { year evidence { quote documentTitle } } } }
  }
}`;

describe("the translated-Cypher cache of the generated fields", () => {
  it("answers a repeated operation exactly as the first time, and other variables with their own answer", async () => {
    const first = await api.gql(NESTED, { area: "济南中央活力区" });
    expect(first.errors).toBeUndefined();
    expect((first.data as { projects: unknown[] }).projects.length).toBeGreaterThan(0);
    const again = await api.gql(NESTED, { area: "济南中央活力区" });
    expect(again).toEqual(first);
    const other = await api.gql(NESTED, { area: "没有这个片区" });
    expect(other.data).toEqual({ projects: [] });
    expect(await api.gql(NESTED, { area: "济南中央活力区" })).toEqual(first);
  });

  it("keeps aliases and two generated fields of one operation apart", async () => {
    const query = `{ a: entityNodes(where: { name: { eq: "济南中央活力区" } }) { name } b: entityNodes(where: { name: { eq: "没有这个片区" } }) { n: name } }`;
    const first = await api.gql(query);
    expect(first.errors).toBeUndefined();
    expect(await api.gql(query)).toEqual(first);
    const data = first.data as { a: { name: string }[]; b: { n: string }[] };
    expect(data.a.map((x) => x.name)).toEqual(["济南中央活力区"]);
    expect(data.b).toEqual([]);
  });

  it("runs the kept Cypher on the graph as it is now", async () => {
    const query = `{ policies(where: { name: { eq: "缓存测试政策" } }) { name } }`;
    expect((await api.gql(query)).data).toEqual({ policies: [] });
    await db.run({ cypher: `CREATE (:Entity:Policy {id: "e-cache-test", name: "缓存测试政策", type: "Policy", aliases: [], en: [], curatedAliases: [], source: "pattern"})` }, "WRITE");
    try {
      expect((await api.gql(query)).data).toEqual({ policies: [{ name: "缓存测试政策" }] });
    } finally {
      await db.run({ cypher: `MATCH (e:Entity {id: "e-cache-test"}) DETACH DELETE e` }, "WRITE");
    }
  });
});

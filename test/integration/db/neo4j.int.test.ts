import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../../src/config/index.ts";
import { applyMigrations, Db, startEmbedded } from "../../../src/db/index.ts";
import { KgError } from "../../../src/errors/index.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

describe("Neo4j over Bolt", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(async () => db.close());

  it("writes and reads back over Bolt", async () => {
    await db.run({ cypher: "CREATE (:Probe {name: $name, n: $n})", params: { name: "上新街", n: 42 } }, "WRITE");
    const rows = await db.rows<{ name: string; n: number }>({ cypher: "MATCH (p:Probe) RETURN p.name AS name, p.n AS n" });
    expect(rows).toEqual([{ name: "上新街", n: 42 }]);
  });

  it("refuses a write in a READ transaction", async () => {
    await expect(db.run({ cypher: "CREATE (:Probe)" }, "READ")).rejects.toMatchObject({ code: "CYPHER_WRITE_REFUSED" });
  });

  it("gives the same schema when migrations are applied twice", async () => {
    const schema = async () =>
      db.rows({ cypher: "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options RETURN name, type, labelsOrTypes, properties ORDER BY name" });
    await applyMigrations(db);
    const first = await schema();
    const appliedAgain = await applyMigrations(db);
    expect(appliedAgain).toEqual([]);
    expect(await schema()).toEqual(first);
    expect(first.map((r) => r.name)).toEqual(expect.arrayContaining(["entity_id", "document_id", "entity_names"]));
  });

  it("finds a Chinese name by a two-character substring with the cjk full-text index", async () => {
    await applyMigrations(db);
    await db.run(
      {
        cypher: "UNWIND $rows AS row CREATE (e:Entity {id: row.id, name: row.name, aliases: row.aliases})",
        params: {
          rows: [
            { id: "t1", name: "济南中央活力区", aliases: ["中央活力区"] },
            { id: "t2", name: "济南中央商埠区", aliases: ["商埠区"] },
          ],
        },
      },
      "WRITE",
    );
    await db.run({ cypher: "CALL db.awaitIndexes(30)" }, "READ");
    const hits = async (q: string) =>
      (await db.rows<{ name: string }>({ cypher: "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name ORDER BY name", params: { q } })).map(
        (r) => r.name,
      );
    expect(await hits("活力")).toEqual(["济南中央活力区"]);
    expect(await hits("商埠")).toEqual(["济南中央商埠区"]);
    expect(await hits("中央")).toEqual(["济南中央商埠区", "济南中央活力区"]);
  });
});

describe("clear errors", () => {
  it("names the URI and the fix when Neo4j is unreachable, within 5 s", async () => {
    const db = await Db.open(loadConfig({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_PASSWORD: "whatever1" }));
    const started = Date.now();
    try {
      await expect(db.ping()).rejects.toThrow(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 — run `npx kg db start` or set NEO4J_URI/);
    } finally {
      await db.close();
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("refuses to start a second Neo4j on a port that is taken", async () => {
    const port = inject("neo4j").port;
    if (port === undefined) return; // external or container Neo4j: no local port to collide with
    const home = path.join(os.tmpdir(), `kg-port-test-${process.pid}`);
    const config = loadConfig({ KG_NEO4J_HOME: home, KG_NEO4J_PORT: String(port), NEO4J_PASSWORD: "kg-test-password" });
    if (config.neo4j.mode !== "embedded") throw new Error("expected embedded");
    const error = await startEmbedded(config.neo4j, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KgError);
    expect(error).toMatchObject({ code: "PORT_IN_USE" });
    expect((error as Error).message).toContain("KG_NEO4J_PORT");
  });

  it("says the data folder is not writable", async () => {
    const file = path.join(os.tmpdir(), `kg-not-a-folder-${process.pid}`);
    writeFileSync(file, "a file where a folder should be");
    const config = loadConfig({ KG_NEO4J_HOME: path.join(file, "neo4j"), KG_NEO4J_PORT: "7699", NEO4J_PASSWORD: "kg-test-password" });
    if (config.neo4j.mode !== "embedded") throw new Error("expected embedded");
    await expect(startEmbedded(config.neo4j, () => {})).rejects.toMatchObject({ code: "DATA_DIR_NOT_WRITABLE" });
  });
});

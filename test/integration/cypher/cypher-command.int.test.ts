/** `kg cypher` and `kg query` on a small graph written for the test: read-only guard, errors, params, formats. */
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCypher } from "../../../src/cypher-tools/index.ts";
import { applyMigrations, type Db } from "../../../src/db/index.ts";
import { isKgError } from "../../../src/errors/index.ts";
import { runKg } from "../../helpers/run-kg-cli.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

const read = { write: false, timeoutMs: 10_000 };

describe("kg cypher", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    await applyMigrations(db);
    await db.run(
      {
        cypher: `CREATE (:Entity:Strategy {id: 'e-1', name: '济南中央活力区', aliases: ['中央活力区', 'CVA'], type: 'Strategy'}),
                        (:Entity:Area {id: 'e-2', name: '济南市市中区', aliases: ['市中区'], type: 'Area'}),
                        (:Entity:Project {id: 'e-3', name: '中博领创时代', aliases: [], type: 'Project'})`,
      },
      "WRITE",
    );
    await db.run({ cypher: "CALL db.awaitIndexes(30)" }, "READ");
  });
  afterAll(async () => db.close());

  const count = async () => (await db.rows<{ n: number }>({ cypher: "MATCH (n) WHERE NOT n:Migration RETURN count(n) AS n" }))[0]?.n;
  const failure = async (promise: Promise<unknown>) => {
    const error: unknown = await promise.then(() => null, (e: unknown) => e);
    if (!isKgError(error)) throw new Error(`expected a KgError, got ${String(error)}`);
    return error;
  };

  it("runs a read with parameters, whole numbers sent as integers (LIMIT takes them)", async () => {
    const result = await runCypher(
      db,
      { cypher: "MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.name AS name, e.aliases AS aliases LIMIT $limit;", params: { name: "CVA", limit: 1 } },
      read,
    );
    expect(result.columns).toEqual(["name", "aliases"]);
    expect(result.rows).toEqual([{ name: "济南中央活力区", aliases: ["中央活力区", "CVA"] }]);
  });

  it.each([
    ["CREATE (:Probe)", "w"],
    ["CREATE (p:Probe) RETURN p", "rw"],
    ["MATCH (e:Entity) DETACH DELETE e", "w"],
    ["MERGE (e:Entity {id: 'e-9'}) RETURN e", "rw"],
    ["MATCH (e:Entity) SET e.flag = true", "w"],
    ["CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name)", "s"],
    ["CALL db.createLabel('Probe')", "w"],
  ])("refuses %s before it runs (query type %s) and changes nothing", async (cypher, queryType) => {
    const before = await count();
    const error = await failure(runCypher(db, { cypher }, read));
    expect(error.code).toBe("CYPHER_WRITE_REFUSED");
    expect(error.context).toMatchObject({ queryType });
    expect(error.message).toMatch(/--write/);
    expect(await count()).toBe(before);
    const indexes = await db.rows({ cypher: "SHOW INDEXES YIELD name WHERE name = 'probe_name' RETURN name" });
    expect(indexes).toEqual([]);
  });

  it("runs a write with --write and reports what changed", async () => {
    const result = await runCypher(db, { cypher: "CREATE (p:Probe {name: $name}) RETURN p.name AS name", params: { name: "探针" } }, { write: true, timeoutMs: 10_000 });
    expect(result.rows).toEqual([{ name: "探针" }]);
    expect(result.updates).toMatchObject({ nodesCreated: 1 });
    await runCypher(db, { cypher: "MATCH (p:Probe) DELETE p" }, { write: true, timeoutMs: 10_000 });
  });

  it("accepts PROFILE and EXPLAIN prefixes and leading comments", async () => {
    const profiled = await runCypher(db, { cypher: "// count them\nPROFILE MATCH (e:Entity) RETURN count(e) AS n" }, read);
    expect(profiled.rows).toEqual([{ n: 3 }]);
    const explained = await runCypher(db, { cypher: "EXPLAIN MATCH (e:Entity) RETURN e" }, read);
    expect(explained.rows).toEqual([]);
  });

  it("gives the line and column of a syntax error in the user's own text", async () => {
    const error = await failure(runCypher(db, { cypher: "MATCH (e:Entity)\nWHERE e.name = '中央活力区'\nRETRUN e" }, read));
    expect(error.code).toBe("CYPHER_SYNTAX");
    expect(error.context).toMatchObject({ line: 3, column: 1 });
    expect(error.message).toMatch(/^Cypher syntax error at line 3, column 1: Invalid input 'RETRUN'/);
    expect(error.message).toContain("  RETRUN e\n  ^");
  });

  it("stops a query at --timeout and says so", async () => {
    const error = await failure(runCypher(db, { cypher: "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)" }, { write: false, timeoutMs: 300 }));
    expect(error.code).toBe("CYPHER_FAILED");
    expect(error.message).toMatch(/longer than 300 ms/);
  });

  it("reports Neo4j's warnings, such as a misspelt label", async () => {
    const result = await runCypher(db, { cypher: "MATCH (e:Entiy) RETURN e" }, read);
    expect(result.warnings.join("\n")).toMatch(/Entiy/);
  });

  describe("the command line", () => {
    it("reads the query from stdin and prints JSON when piped", async () => {
      const run = await runKg(["cypher", "--param", "name=市中区"], { stdin: "MATCH (e:Entity) WHERE $name IN e.aliases RETURN e.name AS name" });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([{ name: "济南市市中区" }]);
      expect(run.stderr).toMatch(/1 row in \d+ ms/);
    });

    it("reads the query from -f and prints CSV or a table", async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), "kg-cypher-"));
      const file = path.join(dir, "q.cypher");
      await writeFile(file, "// names\nMATCH (e:Entity) RETURN e.name AS name, e.aliases AS aliases ORDER BY e.id;\n");
      const csv = await runKg(["cypher", "-f", file, "--format", "csv"]);
      expect(csv.stdout).toBe("name,aliases\n济南中央活力区,中央活力区|CVA\n济南市市中区,市中区\n中博领创时代,\n");
      const table = await runKg(["cypher", "-f", file, "--format", "table"]);
      expect(table.stdout).toContain("济南中央活力区");
      expect(table.stdout).toContain("┌");
    });

    it("refuses a write with exit code 1 and a message, and runs it with --write", async () => {
      const refused = await runKg(["cypher", "CREATE (:Probe {n: 1})"]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Refused: this query writes data.*--write/);
      expect(refused.stdout).toBe("");
      const written = await runKg(["cypher", "CREATE (:Probe {n: 1})", "--write"]);
      expect(written.code).toBe(0);
      expect(written.stderr).toMatch(/nodesCreated 1/);
      await db.run({ cypher: "MATCH (p:Probe) DELETE p" }, "WRITE");
    });

    it("prints a syntax error with its position and a caret, exit code 1", async () => {
      const run = await runKg(["cypher", "MATCH (e) RETRUN e"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("Cypher syntax error at line 1, column 11");
      expect(run.stderr).toContain("  MATCH (e) RETRUN e\n            ^");
    });

    it("rejects a bad flag with exit code 2", async () => {
      const run = await runKg(["cypher", "RETURN 1", "--param", "oops"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/--param must look like name=value/);
    });

    it("kg query --list shows every cookbook query with its English question", async () => {
      const run = await runKg(["query", "--list", "--format", "json"]);
      const list = JSON.parse(run.stdout) as { name: string; question: string; questionZh: string }[];
      expect(list.length).toBeGreaterThanOrEqual(15);
      expect(list).toEqual(expect.arrayContaining([expect.objectContaining({ name: "projects-serving", question: expect.stringMatching(/^Which projects serve/) })]));
    });

    it("kg query runs a named query with --param, and names a missing parameter", async () => {
      const run = await runKg(["query", "find-entity", "--param", "text=活力", "--format", "csv"]);
      expect(run.code).toBe(0);
      expect(run.stdout.split("\n")[0]).toBe("entity,type,aliases,score");
      expect(run.stdout).toContain("济南中央活力区");
      const missing = await runKg(["query", "find-entity"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("find-entity needs --param text=");
    });

    it("kg query says not found, exit 1, with close names, for a name no entity has", async () => {
      const run = await runKg(["query", "projects-serving", "--param", "target=不存在的活力区"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/Not found: no entity is named "不存在的活力区" \(--param target of projects-serving\)\. Did you mean "济南中央活力区"/);
    });

    it("kg cypher says not found, exit 1, when no rows come back and a name parameter names no entity", async () => {
      const query = "MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.name AS name";
      const run = await runKg(["cypher", query, "--param", "name=不存在的活力区", "--format", "json"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Not found: no entity is named "不存在的活力区" \(--param name\)\. Did you mean "济南中央活力区"/);
      const found = await runKg(["cypher", query, "--param", "name=中央活力区", "--format", "json"]);
      expect(found.code).toBe(0);
      expect(JSON.parse(found.stdout)).toEqual([{ name: "济南中央活力区" }]);
    });

    it("kg query reads a misspelt name as the one entity it is close to, and says so", async () => {
      const run = await runKg(["query", "entity-quotes", "--param", "name=济南中央活力去", "--format", "json"]);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('note: --param name: "济南中央活力去" read as 济南中央活力区 (Strategy).');
      expect(JSON.parse(run.stdout)).toEqual([]);
    });
  });
});

/**
 * The API's protections and operational routes, on a graph without the corpus: read-only schema, query
 * limits (depth, aliases), CSRF prevention, the body size limit, masked errors in production,
 * /healthz and /readyz, and the mount point for the pages.
 */
import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../../../src/api/index.ts";
import { readOnlyDriver } from "../../../src/api/read-only-driver.ts";
import { applyMigrations, type Db } from "../../../src/db/index.ts";
import { startTestApi, type TestApi } from "../../helpers/api-server.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

let db: Db;
let api: TestApi;

beforeAll(async () => {
  db = await openTestDb();
  await applyMigrations(db);
  api = await startTestApi(db, {
    server: {
      handlers: [
        async (request, response) => {
          if (request.url !== "/mounted") return false;
          response.writeHead(200, { "content-type": "text/plain" }).end("mounted page");
          return true;
        },
      ],
    },
  });
});

afterAll(async () => {
  await api?.server.close();
  await db?.close();
});

describe("a read-only schema", () => {
  it("has no mutation type", async () => {
    const response = await api.gql(`{ __schema { mutationType { name } queryType { name } } }`);
    expect(response.data).toEqual({ __schema: { mutationType: null, queryType: { name: "Query" } } });
  });

  it("runs the generated queries on sessions that Neo4j refuses to write in", async () => {
    const session = readOnlyDriver(db.driver).session({ database: db.database });
    try {
      await expect(session.run("CREATE (:Probe) RETURN 1")).rejects.toMatchObject({ code: "Neo.ClientError.Statement.AccessMode" });
      // executeWrite ignores a session's default mode; @neo4j/graphql uses it for anything it runs as a write.
      await expect(session.executeWrite((tx) => tx.run("CREATE (:Probe) RETURN 1"))).rejects.toMatchObject({
        code: "Neo.ClientError.Statement.AccessMode",
      });
    } finally {
      await session.close();
    }
    const [{ n } = { n: -1 }] = await db.rows<{ n: number }>({ cypher: "MATCH (p:Probe) RETURN count(p) AS n" });
    expect(n).toBe(0);
  });
});

describe("query limits", () => {
  it("reject a depth bomb with a clear error", async () => {
    let selection = "name";
    for (let i = 0; i < 12; i++) selection = `servedBy { ${selection} }`;
    const response = await api.gql(`{ projects { ${selection} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(new RegExp(`depth limit of ${QUERY_LIMITS.maxDepth} exceeded`, "i"));
    expect(response.data).toBeUndefined();
  });

  it("reject an alias bomb with a clear error", async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: search(query: "活力") { score }`).join("\n");
    const response = await api.gql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(new RegExp(`aliases limit of ${QUERY_LIMITS.maxAliases} exceeded`, "i"));
  });

  it("count introspection: a deeply nested __schema query is refused, GraphiQL's introspection query passes", async () => {
    let ofType = "name";
    for (let i = 0; i < 20; i++) ofType = `ofType { ${ofType} }`;
    const bomb = await api.gql(`{ __schema { types { ${ofType} } } }`);
    expect(bomb.status).toBe(400);
    expect(bomb.errors?.[0]?.message).toMatch(/(depth|cost) limit of \d+ exceeded/i);
    const standard = await api.gql(getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expect(standard.status).toBe(200);
    expect(standard.errors).toBeUndefined();
  });

  it("answer malformed queries with 400, not 500: syntax errors, unknown fields, too many tokens", async () => {
    const syntax = await api.gql(`{ projects { name `);
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await api.gql(`{ nope }`);
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const tokens = await api.gql(`{ ${Array.from({ length: QUERY_LIMITS.maxTokens + 10 }, () => "__typename").join(" ")} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.errors?.[0]?.message).toMatch(/Document contains more tha[nt] \d+ tokens/);
  });

  it("still allow introspection and a two-hop connection query", async () => {
    const introspection = await api.gql(`{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`);
    expect(introspection.errors).toBeUndefined();
    const nested = await api.gql(`{ projectsConnection(first: 1) { edges { node { servesConnection { edges { properties { evidence { quote } } node { name } } } } } } }`);
    expect(nested.errors).toBeUndefined();
  });

  it("reject arguments out of range before any query runs (BAD_USER_INPUT)", async () => {
    const depth = await api.gql(`{ related(name: "x", depth: 0) { distance } }`);
    expect(depth.errors?.[0]).toMatchObject({ message: 'Invalid argument "depth": must be between 1 and 4.', extensions: { code: "BAD_USER_INPUT", argument: "depth" } });
    const empty = await api.gql(`{ search(query: " ", limit: 5) { score } }`);
    expect(empty.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "query" } });
  });
});

describe("HTTP", () => {
  it("blocks a simple cross-site POST (CSRF prevention)", async () => {
    const response = await api.fetch("/graphql", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/Cross-Site Request Forgery/);
  });

  it("blocks a GET query without a preflight header, and allows it with one", async () => {
    const blocked = await api.fetch(`/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(blocked.status).toBe(400);
    const allowed = await api.fetch(`/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { "apollo-require-preflight": "true" } });
    expect(await allowed.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a body over 100 kB with 413", async () => {
    const query = `{ search(query: "${"活".repeat(60_000)}") { score } }`;
    const response = await api.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("answers malformed JSON with 400", async () => {
    const response = await api.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(response.status).toBe(400);
  });

  it("serves mounted handlers and a JSON 404 for anything else", async () => {
    expect(await (await api.fetch("/mounted")).text()).toBe("mounted page");
    const missing = await api.fetch("/nothing-here");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: expect.stringContaining("/graphql") });
  });
});

describe("/healthz and /readyz", () => {
  it("report the process up, and not ready until a graph is built", async () => {
    const health = await api.fetch("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok" });

    const notReady = await api.fetch("/readyz");
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      status: "not_ready",
      checks: { neo4j: { ok: true }, schema: { ok: true }, graph: { ok: false, detail: expect.stringContaining("kg ingest") } },
    });

    await db.run({ cypher: "CREATE (:Document {id: 'readyz-probe', title: 't', kind: 'other', sha256: 'x'})" }, "WRITE");
    const ready = await api.fetch("/readyz");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", checks: { graph: { ok: true, detail: "1 documents" } } });
  });
});

describe("production mode", () => {
  let production: TestApi;
  beforeAll(async () => {
    production = await startTestApi(db, { production: true });
  });
  afterAll(async () => production?.server.close());

  it("sends no stack trace and no local path in any error", async () => {
    const responses = [
      await production.gql(`{ projects { name `),
      await production.gql(`{ nope }`),
      await production.gql(`{ related(name: "x", depth: 9) { distance } }`),
      await production.gql(`{ projectsServing(target: "不存在的片区") { explanation } }`),
    ];
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(response);
      expect(text).not.toMatch(/stacktrace|\bat .*\(|node_modules|\/work\/|\.ts:\d/);
    }
    const dev = await api.gql(`{ nope }`);
    expect(JSON.stringify(dev)).toMatch(/stacktrace/);
  });

  it("sends no stack traces and no field suggestions", async () => {
    const bad = await production.gql(`{ related(name: "x", depth: 9) { distance } }`);
    expect(bad.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "depth" });
    const typo = await production.gql(`{ projectz { name } }`);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const dev = await api.gql(`{ projectz { name } }`);
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

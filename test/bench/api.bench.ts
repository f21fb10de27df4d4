/**
 * `npm run bench:api`: the GraphQL API under load against the running local Neo4j (config from the
 * environment, like `kg serve`), next to the same answer's Cypher sent straight through neo4j-driver.
 *
 * For each operation — `projectsServing`, a generated filter through nested relationships, and `ask` —
 * at 1 and 50 connections: autocannon against the API with its response cache on, then off (each `kg serve` in a
 * child process, so the load generator does not share the server's event loop; a fresh API process first serves
 * every operation for twice the warm-up at 50 connections), and next to the uncached cell a closed loop of the raw
 * Cypher on the driver. Every side gets `--warmup` seconds of its load unsampled first; then the uncached API, the
 * raw Cypher and the raw Cypher in one round trip take turns in ROUNDS slices of `--seconds`/ROUNDS each, so that
 * the machine's drift (its speed moves by a third over minutes here) weighs on all three alike. The raw Cypher is
 * the query that gives the answer with nothing around it: for projectsServing the serving query with the target's
 * id already known, for the others the Cypher the API itself ran (captured). The raw loop uses `executeQuery` (the
 * driver's way: a managed transaction, BEGIN / RUN / COMMIT); the API reads in auto-commit transactions (one round
 * trip), so the third side does that too, and its column shows what is left of the API's own cost. Prints
 * p50 / p99 / req/s, the ratios, and the memory: the API process's RSS after its load and Neo4j's RSS idle before
 * and after.
 * Not a test: it prints figures. Needs a built graph (`npx kg start` or `npx kg ingest`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import Table from "cli-table3";
import { graphql } from "graphql";
import neo4j, { type Driver } from "neo4j-driver";
import { buildSchema, checkReadiness } from "../../src/api/index.ts";
import { createContext, generatedQueryRunner, type GeneratedQueryRunner } from "../../src/api/context.ts";
import { projectsServingQuery } from "../../src/api/queries/projects-serving.ts";
import { sentCypher } from "../../src/api/ask/shown-cypher.ts";
import { resolveEntity } from "../../src/api/resolve-name.ts";
import { SERVABLE_TYPES } from "../../src/api/resolvers/projects-serving.ts";
import { loadConfig, type Config } from "../../src/config/index.ts";
import { Db, type CypherQuery } from "../../src/db/index.ts";
import { readAutoCommit } from "../../src/db/read-auto-commit.ts";

const secondsArg = process.argv.indexOf("--seconds");
/** Seconds per cell (`npm run bench:api -- --seconds 2` for a quick look). */
const DURATION_S = secondsArg > 0 ? Math.max(1, Number(process.argv[secondsArg + 1]) || 5) : 5;
const warmupArg = process.argv.indexOf("--warmup");
/**
 * Seconds of load before each cell is sampled, on both sides alike (`--warmup 0` for none). The API is a
 * long-running process: a fresh one serves `ask` at half its later rate for its first few thousand requests while
 * V8 compiles the hot paths (measured: 320 → 480 → 565 req/s in three 5 s windows at 50 connections), which is not
 * what a planner's server, up for days, does. Sampled from the first request, a 5 s cell measures mostly that.
 */
const warmupValue = Number(process.argv[warmupArg + 1]);
const WARMUP_S = warmupArg > 0 && Number.isFinite(warmupValue) ? Math.max(0, warmupValue) : 3;
const CONCURRENCY = [1, 50] as const;
/** Turns each side takes within a cell's sampled seconds. */
const ROUNDS = 5;
/** Pause after each turn, unsampled: longer than a server at 50 connections takes to finish the requests left in flight. */
const SETTLE_MS = 300;
const KG_BIN = fileURLToPath(new URL("../../bin/kg.mjs", import.meta.url));
/** The API runs measured: the default response cache, and none. */
const CACHE_MODES = [
  { name: "cache on", cacheMb: 32 },
  { name: "cache off", cacheMb: 0 },
] as const;

/** The operations measured. */
const ALL_OPERATIONS = [
  {
    name: "projectsServing",
    query: `{ projectsServing(target: "中央活力区") { project { name } explanation path { relation evidence { quote documentTitle } } } }`,
  },
  {
    name: "generated nested filter",
    query: `{ projects(where: { locatedIn: { some: { name: { eq: "济南中央活力区" } } } }) {
      name locatedInConnection { edges { node { name } properties { year evidence { quote documentTitle publishedAt } } } } } }`,
  },
  { name: "ask", query: `{ ask(question: "哪些项目服务于中央活力区？") { answered cypher params items { name evidence { quote } } } }` },
] as const;

const onlyArg = process.argv.indexOf("--only");
/** `--only ask` (or a comma-separated list of operation names): measure only those, for a quick look at one field. */
const OPERATIONS = onlyArg > 0 ? ALL_OPERATIONS.filter((op) => (process.argv[onlyArg + 1] ?? "").split(",").includes(op.name)) : ALL_OPERATIONS;
if (OPERATIONS.length === 0) throw new Error(`--only: name one of ${ALL_OPERATIONS.map((op) => JSON.stringify(op.name)).join(", ")}`);

interface Figures {
  readonly p50: number;
  readonly p99: number;
  readonly rps: number;
  readonly errors: number;
}

await main();

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await Db.open(config);
  await db.ping();
  const readiness = await checkReadiness(db);
  if (!readiness.ready) {
    console.error(`The graph is not ready (${JSON.stringify(readiness.checks)}): run \`npx kg start\` or \`npx kg ingest\` first.`);
    process.exitCode = 1;
    await db.close();
    return;
  }
  const neo4jPid = await embeddedNeo4jPid(config);
  const neo4jIdleBefore = neo4jPid === null ? null : await rssMb(neo4jPid);
  try {
    const recorded = await recordCypher(config, db);
    const raw = new Map<string, Figures>();
    const rawOneTrip = new Map<string, Figures>();
    const api = new Map<string, Figures>();
    const apiRss = new Map<string, number | null>();
    const notes: string[] = [];
    const cell = (op: string, connections: number, mode = "") => `${op}@${connections}${mode}`;
    for (const mode of CACHE_MODES) {
      console.error(`Neo4j at ${config.neo4j.uri}; starting the API (${mode.name}) in a child process…`);
      // `kg serve` itself, as a planner runs it (dist/ when built and fresh, else tsx), so its RSS is the real one.
      // With the API's V8 flags given here, bin/kg.mjs runs the server in this very process (no re-run), whose pid we read.
      const child = spawn(process.execPath, [...(await apiNodeFlags()), KG_BIN, "serve", "--port", "0"], {
        stdio: ["ignore", "ignore", "pipe"],
        env: { ...process.env, KG_RESPONSE_CACHE_MB: String(mode.cacheMb) },
      });
      try {
        const graphqlUrl = await childUrl(child);
        child.stderr?.resume(); // drained from now on, so the server never blocks on a full pipe
        // The fresh server first serves every operation under load, unsampled, so that even its first cell (one
        // connection, a few hundred requests of warm-up) meets the compiled code a server that has been up a while runs.
        if (WARMUP_S > 0) for (const op of OPERATIONS) await autocannon({ url: graphqlUrl, connections: 50, duration: 2 * WARMUP_S, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: op.query }) });
        for (const op of OPERATIONS) {
          const sample = await post(graphqlUrl, op.query);
          if (sample.errors !== undefined) {
            notes.push(`${op.name} (${mode.name}): skipped — the API answered ${JSON.stringify(sample.errors[0]?.message)}.`);
            continue;
          }
          for (const connections of CONCURRENCY) {
            const cypher = recorded.get(op.name) ?? [];
            const apiSide: Side = (seconds) => loadApi(graphqlUrl, op.query, connections, seconds);
            // The raw Cypher takes turns with the uncached API cell (the close comparison; the cached one is far off
            // either way).
            const bracketed = mode === CACHE_MODES[1] && cypher.length > 0;
            const sides = bracketed
              ? [apiSide, (s: number) => loadDriver(db.driver, db.database, cypher, connections, s), (s: number) => loadDriver(db.driver, db.database, cypher, connections, s, "auto-commit")]
              : [apiSide];
            const [figures, direct, oneTrip] = (await inTurns(sides)).map(figuresOf);
            if (figures === undefined) continue;
            api.set(cell(op.name, connections, mode.name), figures);
            if (figures.errors > 0) notes.push(`${op.name} @${connections} (${mode.name}): ${figures.errors} failed or non-2xx API responses.`);
            if (direct !== undefined && oneTrip !== undefined) {
              raw.set(cell(op.name, connections), direct);
              rawOneTrip.set(cell(op.name, connections), oneTrip);
              if (direct.errors + oneTrip.errors > 0) notes.push(`${op.name} @${connections}: ${direct.errors + oneTrip.errors} failed driver queries.`);
            }
          }
        }
        apiRss.set(mode.name, child.pid === undefined ? null : await rssMb(child.pid));
      } finally {
        child.kill("SIGTERM");
        await once(child, "exit").catch(() => undefined);
      }
    }

    const table = new Table({
      head: ["operation", "conn", "cached p50/p99 ms", "cached req/s", "uncached p50/p99 ms", "uncached req/s", "raw p50/p99 ms", "raw req/s", "req/s ÷ raw (on / off)", "p99 ÷ raw (on / off)", "raw auto-commit req/s", "off ÷ raw auto-commit"],
    });
    for (const op of OPERATIONS) {
      for (const connections of CONCURRENCY) {
        const on = api.get(cell(op.name, connections, CACHE_MODES[0].name));
        const off = api.get(cell(op.name, connections, CACHE_MODES[1].name));
        const direct = raw.get(cell(op.name, connections));
        const oneTrip = rawOneTrip.get(cell(op.name, connections));
        const latency = (f: Figures | undefined) => (f ? `${ms(f.p50)} / ${ms(f.p99)}` : "–");
        const rps = (f: Figures | undefined) => (f ? String(Math.round(f.rps)) : "–");
        const ratio = (f: Figures | undefined, pick: (x: Figures) => number, digits: number) =>
          f && direct ? `${(pick(f) / Math.max(pick(direct), 0.01)).toFixed(digits)}×` : "–";
        table.push([
          op.name,
          connections,
          latency(on),
          rps(on),
          latency(off),
          rps(off),
          latency(direct),
          rps(direct),
          `${ratio(on, (x) => x.rps, 2)} / ${ratio(off, (x) => x.rps, 2)}`,
          `${ratio(on, (x) => x.p99, 2)} / ${ratio(off, (x) => x.p99, 2)}`,
          rps(oneTrip),
          off && oneTrip ? `${(off.rps / Math.max(oneTrip.rps, 0.01)).toFixed(2)}×` : "–",
        ]);
      }
      const cypher = recorded.get(op.name) ?? [];
      notes.push(`${op.name}: raw Cypher = ${cypher.length} quer${cypher.length === 1 ? "y" : "ies"} per request.`);
    }
    process.stdout.write(`${table.toString()}\n`);
    for (const note of notes) process.stdout.write(`- ${note}\n`);
    process.stdout.write(`${DURATION_S} s per cell after ${WARMUP_S} s of warm-up; ratios are API ÷ raw Cypher (req/s: higher is better; p99: lower is better); the uncached API and raw Cypher took turns in ${ROUNDS} slices each.\n`);

    const neo4jIdleAfter = neo4jPid === null ? null : (await new Promise((r) => setTimeout(r, 2_000)), await rssMb(neo4jPid));
    process.stdout.write("\nMemory (RSS):\n");
    for (const mode of CACHE_MODES) process.stdout.write(`  API process after its load run (${mode.name}): ${mb(apiRss.get(mode.name) ?? null)}\n`);
    if (neo4jPid === null) process.stdout.write("  Neo4j: not the local embedded one (NEO4J_URI set); not measured\n");
    else process.stdout.write(`  Neo4j, idle with the graph loaded: ${mb(neo4jIdleBefore)} before the load, ${mb(neo4jIdleAfter)} after\n`);
  } finally {
    await db.close();
  }
}

/** The V8 flags `kg serve` runs with (bin/api-node-flags.json, or KG_API_NODE_FLAGS as bin/kg.mjs reads it). */
async function apiNodeFlags(): Promise<string[]> {
  const fromEnv = process.env.KG_API_NODE_FLAGS;
  if (fromEnv !== undefined) return fromEnv.split(/\s+/).filter(Boolean);
  const flags = JSON.parse(await readFile(fileURLToPath(new URL("../../bin/api-node-flags.json", import.meta.url)), "utf8")) as { serve?: string[] };
  return flags.serve ?? [];
}

/** The pid of the local Neo4j this config starts (null for NEO4J_URI or when it is not running). */
async function embeddedNeo4jPid(config: Config): Promise<number | null> {
  if (config.neo4j.mode !== "embedded") return null;
  const text = await readFile(path.join(config.neo4j.home, "launcher.pid"), "utf8").catch(() => "");
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Resident set size of a process in MB, from /proc (Linux); null elsewhere. */
async function rssMb(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb === undefined ? null : Math.round(Number(kb) / 1024);
}

function mb(value: number | null): string {
  return value === null ? "n/a" : `${value} MB`;
}

/** Reads the GraphQL URL that `kg serve` prints on stderr (the schema build takes a few seconds). */
async function childUrl(child: ChildProcess): Promise<string> {
  if (!child.stderr) throw new Error("child has no stderr");
  const lines = createInterface({ input: child.stderr });
  const exited = once(child, "exit").then(([code]) => {
    throw new Error(`kg serve exited (code ${String(code)}) before it listened`);
  });
  const first = (async () => {
    for await (const line of lines) {
      const url = /GraphQL\s+(http\S+)/.exec(line)?.[1];
      if (url !== undefined) return url;
      if (/^✖/.test(line)) process.stderr.write(`${line}\n`);
    }
    throw new Error("kg serve printed no GraphQL URL");
  })();
  return Promise.race([first, exited]);
}

/** POSTs one operation. */
async function post(url: string, query: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

/** Load on one side for `seconds`: the latency of each request that ended within them, in ms. */
type Side = (seconds: number) => Promise<Sample>;

interface Sample {
  readonly latencies: number[];
  readonly seconds: number;
  readonly errors: number;
}

/**
 * Each side under its load for WARMUP_S unsampled, then the sides in turns: ROUNDS slices of DURATION_S / ROUNDS
 * each (the side that opens a round rotates), merged per side.
 */
async function inTurns(sides: readonly Side[]): Promise<Sample[]> {
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  if (WARMUP_S > 0) {
    for (const side of sides) {
      await side(WARMUP_S);
      await settle();
    }
  }
  const merged = sides.map((): Sample => ({ latencies: [], seconds: 0, errors: 0 }));
  const slice = DURATION_S / ROUNDS;
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < sides.length; k++) {
      const at = (round + k) % sides.length;
      const sample = await sides[at]!(slice);
      // autocannon leaves its last requests to the server when its time is up: they end before the next side starts.
      await settle();
      const into = merged[at]!;
      merged[at] = { latencies: into.latencies.concat(sample.latencies), seconds: into.seconds + sample.seconds, errors: into.errors + sample.errors };
    }
  }
  return merged;
}

function figuresOf(sample: Sample): Figures {
  const sorted = [...sample.latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), rps: sorted.length / Math.max(sample.seconds, 1e-9), errors: sample.errors };
}

/** autocannon against the API for `seconds`: requests that ended within them. */
async function loadApi(url: string, query: string, connections: number, seconds: number): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) },
      (error: unknown, result: autocannon.Result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else {
          errors += result.errors;
          resolve();
        }
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (performance.now() > end) return;
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
  });
  return { latencies, seconds, errors };
}

/** A closed loop per connection running `queries` in sequence (one "request") through the driver, for `seconds`. */
async function loadDriver(
  driver: Driver,
  database: string | undefined,
  queries: readonly CypherQuery[],
  connections: number,
  seconds: number,
  transactions: "managed" | "auto-commit" = "managed",
): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      try {
        for (const q of queries) {
          if (transactions === "managed") await driver.executeQuery(q.cypher, q.params ?? {}, { routing: neo4j.routing.READ, database });
          else await readAutoCommit(driver, { database, timeoutMs: 15_000 }, q.cypher, q.params ?? {});
        }
        const ended = performance.now();
        if (ended <= end) latencies.push(ended - started);
      } catch {
        if (performance.now() <= end) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return { latencies, seconds, errors };
}

/**
 * The Cypher each operation runs, in order: the semantic field's from its own builders, the generated
 * query's and ask's by recording what the driver is given while the operation runs once in-process.
 */
async function recordCypher(config: Config, db: Db): Promise<Map<string, CypherQuery[]>> {
  const recorded = new Map<string, CypherQuery[]>();
  // The strictest baseline: the serving query alone, as if the client already knew the target's id.
  const target = (await resolveEntity(db, "中央活力区", SERVABLE_TYPES)).best?.entity.id;
  if (target !== undefined) recorded.set("projectsServing", [projectsServingQuery(target)]);

  let log: CypherQuery[] = [];
  const runner = generatedQueryRunner(db.driver, db.database, config.queryTimeoutMs) as unknown as QueryRunner;
  // The generated queries go through the context's runner: recorded there, as @neo4j/graphql hands them over.
  const recording: QueryRunner = {
    run: (cypher, params) => {
      log.push({ cypher, params: params ?? {} });
      return runner.run(cypher, params);
    },
  };
  const schema = await buildSchema({});
  for (const op of OPERATIONS) {
    if (op.name === "projectsServing") continue;
    log = [];
    const contextValue = createContext(db, recording as unknown as GeneratedQueryRunner);
    const result = await graphql({ schema, source: op.query, contextValue });
    if (op.name === "ask") {
      // ask runs through our Db, not the runner; it reports the Cypher it ran.
      const answer = (result.data as { ask?: { cypher: string | null; params: string | null } } | null | undefined)?.ask;
      if (answer?.cypher) recorded.set("ask", [{ cypher: sentCypher(answer.cypher), params: answer.params ? (JSON.parse(answer.params) as Record<string, unknown>) : {} }]);
      continue;
    }
    recorded.set(op.name, log.filter((q) => !q.cypher.includes("dbms.components")));
  }
  return recorded;
}

/** What @neo4j/graphql calls on the context's runner. */
interface QueryRunner {
  run(cypher: string, params?: Record<string, unknown>): Promise<unknown>;
}

function ms(n: number): string {
  return n < 10 ? n.toFixed(1) : String(Math.round(n));
}

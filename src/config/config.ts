/**
 * The one place the environment is read. Everything else receives a validated `Config`.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { KgError } from "../errors/index.ts";

/**
 * Root of the project (where package.json lives), independent of the current directory, and the same whether
 * this module runs from src/config/ (through tsx) or from dist/src/config/ (compiled at install).
 */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "../..");
  }
}

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, "must look like bolt://host:7687 or neo4j://host:7687")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  KG_NEO4J_PORT: port.default(7687),
  KG_NEO4J_HOME: z.string().min(1).default(".data/neo4j"),
  KG_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "must be a JVM size such as 512m or 1g")
    .default("512m"),
  KG_NEO4J_PAGECACHE_MB: z.coerce.number().int().min(8).max(65536).default(64),
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  NODE_ENV: z.string().optional(),
  /** "1": error responses keep messages of internal errors, stack traces and field suggestions (development). */
  KG_DEBUG: z.enum(["0", "1", ""]).optional(),
  /** Megabytes of GraphQL responses the API keeps per graph version; 0 turns the cache off. */
  KG_RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
  CI: z.string().optional(),
});

/** How to reach Neo4j: a database this project starts itself, or one that already runs elsewhere. */
export type Neo4jTarget =
  | {
      readonly mode: "embedded";
      readonly uri: string;
      readonly user: "neo4j";
      /** From NEO4J_PASSWORD, else read from (or generated into) `passwordFile`. */
      readonly password: string | null;
      readonly passwordFile: string;
      readonly database: string | undefined;
      readonly home: string;
      readonly port: number;
      readonly heap: string;
      readonly pagecacheMb: number;
    }
  | {
      readonly mode: "external";
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database: string | undefined;
    };

/** The validated configuration of one process. */
export interface Config {
  readonly neo4j: Neo4jTarget;
  readonly api: {
    readonly host: string;
    readonly port: number;
    /** Masked internal errors, no stack traces, no field suggestions: the default; false only with KG_DEBUG=1. */
    readonly production: boolean;
    /** Bytes of responses cached per graph version (KG_RESPONSE_CACHE_MB); absent or 0: no cache. */
    readonly responseCacheBytes?: number;
  };
  readonly queryTimeoutMs: number;
  readonly ci: boolean;
}

/** Reads and validates the environment; errors name the variable and what it must look like. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new KgError("CONFIG_INVALID", `Invalid configuration:\n  ${problems.join("\n  ")}`, { problems });
  }
  const e = parsed.data;
  return {
    neo4j: e.NEO4J_URI ? externalTarget(e.NEO4J_URI, e) : embeddedTarget(e),
    // Safe by default: a planner's `npm start` is production; developers opt in to details with KG_DEBUG=1.
    api: { host: e.HOST, port: e.PORT, production: e.KG_DEBUG !== "1", responseCacheBytes: Math.round(e.KG_RESPONSE_CACHE_MB * 1024 * 1024) },
    queryTimeoutMs: e.KG_QUERY_TIMEOUT_MS,
    ci: e.CI === "true" || e.CI === "1",
  };
}

type Env = z.infer<typeof EnvSchema>;

function externalTarget(uri: string, e: Env): Neo4jTarget {
  if (!e.NEO4J_PASSWORD) {
    throw new KgError("CONFIG_INVALID", "NEO4J_URI is set but NEO4J_PASSWORD is not: set NEO4J_PASSWORD (and NEO4J_USER if not neo4j).", {
      variable: "NEO4J_PASSWORD",
    });
  }
  return { mode: "external", uri, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
}

function embeddedTarget(e: Env): Neo4jTarget {
  if (e.NEO4J_PASSWORD !== undefined && e.NEO4J_PASSWORD.length < 8) {
    throw new KgError("CONFIG_INVALID", "NEO4J_PASSWORD: Neo4j requires at least 8 characters.", { variable: "NEO4J_PASSWORD" });
  }
  const home = path.resolve(PROJECT_ROOT, e.KG_NEO4J_HOME);
  return {
    mode: "embedded",
    uri: `bolt://127.0.0.1:${e.KG_NEO4J_PORT}`,
    user: "neo4j",
    password: e.NEO4J_PASSWORD ?? null,
    passwordFile: path.join(home, "password"),
    database: e.NEO4J_DATABASE,
    home,
    port: e.KG_NEO4J_PORT,
    heap: e.KG_NEO4J_HEAP,
    pagecacheMb: e.KG_NEO4J_PAGECACHE_MB,
  };
}

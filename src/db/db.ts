/**
 * One driver per process and the only way the code talks to Neo4j:
 * every query names its access mode, and runs with a timeout (writes with the driver's retries).
 */
import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord } from "neo4j-driver";
import type { Config, Neo4jTarget } from "../config/index.ts";
import { KgError } from "../errors/index.ts";
import type { AccessMode, CypherQuery } from "./cypher-query.ts";
import { mapNeo4jError } from "./neo4j-errors.ts";
import { readPassword } from "./embedded/password.ts";
import { readAutoCommit } from "./read-auto-commit.ts";
import { recordToRow } from "./record-to-row.ts";

/** A connected database handle. */
export class Db {
  readonly uri: string;
  readonly database: string | undefined;
  readonly #driver: Driver;
  readonly #timeoutMs: number;

  private constructor(driver: Driver, target: Neo4jTarget, timeoutMs: number) {
    this.#driver = driver;
    this.uri = target.uri;
    this.database = target.database;
    this.#timeoutMs = timeoutMs;
  }

  /** Creates the handle; no network traffic until the first query. */
  static async open(config: Config): Promise<Db> {
    const target = config.neo4j;
    const password = target.mode === "external" ? target.password : (target.password ?? (await readPassword(target)));
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, password), {
      // Fail fast when nothing listens, so users see the hint within seconds, not a 30 s retry loop.
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 4_000,
      maxTransactionRetryTime: 4_000,
      disableLosslessIntegers: true,
      userAgent: "shizhong-kg",
    });
    return new Db(driver, target, config.queryTimeoutMs);
  }

  /** Runs one query in its own transaction (a read: auto-commit, see read-auto-commit.ts) and returns its records. */
  async run(query: CypherQuery, mode: AccessMode, timeoutMs = this.#timeoutMs): Promise<Neo4jRecord[]> {
    try {
      if (mode === "READ") return (await readAutoCommit(this.#driver, { database: this.database, timeoutMs }, query.cypher, query.params ?? {})).records;
      const result = await this.#driver.executeQuery(query.cypher, query.params ?? {}, {
        routing: neo4j.routing.WRITE,
        database: this.database,
        transactionConfig: { timeout: timeoutMs },
      });
      return result.records;
    } catch (error) {
      throw mapNeo4jError(error, this.uri);
    }
  }

  /** Runs one query and maps each record to a plain object. */
  async rows<T = Record<string, unknown>>(query: CypherQuery, mode: AccessMode = "READ"): Promise<T[]> {
    const records = await this.run(query, mode);
    return records.map((r) => recordToRow<T>(r));
  }

  /** Runs `work` in one write transaction: all of it commits, or none of it. */
  async writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(work, { timeout: Math.max(this.#timeoutMs, 60_000) });
    } catch (error) {
      throw mapNeo4jError(error, this.uri);
    } finally {
      await session.close();
    }
  }

  /** A session for callers that manage their own transactions (the API's read-only sessions). */
  session(mode: AccessMode) {
    return this.#driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** The underlying driver, for libraries that need one (e.g. @neo4j/graphql). */
  get driver(): Driver {
    return this.#driver;
  }

  /** Proves Neo4j answers within 5 s; throws NEO4J_UNREACHABLE / NEO4J_AUTH otherwise. */
  async ping(): Promise<{ version: string; edition: string }> {
    const deadline = new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new KgError("NEO4J_UNREACHABLE", `cannot reach Neo4j at ${this.uri} — run \`npx kg db start\` or set NEO4J_URI`, { uri: this.uri })),
        5_000,
      ).unref(),
    );
    const query = this.#verify().then(() => this.run({ cypher: "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition" }, "READ", 5_000));
    const [record] = await Promise.race([query, deadline]);
    return { version: String(record?.get("version")), edition: String(record?.get("edition")) };
  }

  async #verify(): Promise<void> {
    // verifyConnectivity does not retry, unlike executeQuery: a refused port fails at once.
    try {
      await this.#driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      throw mapNeo4jError(error, this.uri);
    }
  }

  /** Closes every connection; safe to call twice. */
  async close(): Promise<void> {
    await this.#driver.close();
  }
}

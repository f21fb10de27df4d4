/**
 * Reads in auto-commit transactions. A managed transaction (`executeQuery`, `executeRead`) is three round
 * trips — BEGIN, RUN + PULL, COMMIT — each a socket write that wakes Neo4j; an auto-commit RUN + PULL is one.
 * For the millisecond queries of this graph that is most of a request's cost on a loaded machine (measured:
 * socket writes were a third of the API's CPU under load). A read has nothing to roll back, so the only thing
 * given up is the managed retry loop: a retryable failure (leader switch, deadlock) is retried once here.
 * The driver's executeQuery bookmark manager is shared, so a read still sees every write made through `Db`.
 */
import neo4j, { Neo4jError, type Driver, type QueryResult } from "neo4j-driver";

/** Where and how a read runs. */
export interface ReadSettings {
  readonly database: string | undefined;
  readonly timeoutMs: number;
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/** Runs `cypher` in a READ session as one auto-commit transaction (Neo4j refuses any write in it). */
export async function readAutoCommit(driver: Driver, settings: ReadSettings, cypher: string, params: Record<string, unknown>): Promise<QueryResult> {
  for (let attempt = 1; ; attempt++) {
    const session = driver.session({
      database: settings.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    try {
      return await withoutCallerStack(() => session.run(cypher, params, { timeout: settings.timeoutMs, ...(settings.metadata && { metadata: { ...settings.metadata } }) }));
    } catch (error) {
      if (attempt >= 2 || !(error instanceof Neo4jError && error.retryable)) throw error;
    } finally {
      await session.close();
    }
  }
}

/**
 * Calls `start` with stack traces off. The driver captures and formats a stack trace for every result it starts,
 * to hand a failed query's error the caller's stack: 4–6% of the API's CPU under load (measured), for a
 * stack that here would always end in this function, whose callers map the error to a KgError anyway. The error's
 * message and code are kept; its stack (even with KG_DEBUG=1) is its name and message only.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * One writer at a time. `kg ingest`, `kg ingest --rebuild` and `kg remove` hold `(:IngestLock {id: "ingest"})`
 * while they write; a unique constraint (schema/cypher/006-ingest-lock.cypher) makes taking it atomic, so it
 * works for the local Neo4j and for any NEO4J_URI alike. The holder records pid, host, command and since, and
 * refreshes a heartbeat; a lock whose heartbeat is older than `staleMs`, or whose holder ran on this host and is
 * gone, is stale and taken over. Times come from the Neo4j server, so clocks of different hosts do not matter.
 */
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { Db } from "../../src/db/index.ts";
import { KgError } from "../../src/errors/index.ts";

/** The id of the single lock node. */
export const INGEST_LOCK_ID = "ingest";

/** Who holds the lock. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  /** ISO date-time (server clock) when it was taken. */
  readonly since: string;
  /** Milliseconds since the holder's last heartbeat. */
  readonly ageMs: number;
}

/** How to take the lock. */
export interface LockOptions {
  /** What the holder does, shown to whoever waits (e.g. "kg ingest"). */
  readonly command: string;
  /** Wait up to this many ms for the lock to be free; 0 (default) fails at once when it is held. */
  readonly waitMs?: number;
  /** A lock whose heartbeat is older than this is stale (default 120 s). */
  readonly staleMs?: number;
  /** How often the holder refreshes its heartbeat (default 10 s). */
  readonly heartbeatMs?: number;
  /** Called once when the lock is held by another and we wait for it. */
  readonly onWait?: (holder: LockHolder) => void;
}

const DEFAULT_STALE_MS = 120_000;
const DEFAULT_HEARTBEAT_MS = 10_000;
const POLL_MS = 500;

/** A held lock; `release` is safe to call twice. */
export interface HeldLock {
  readonly token: string;
  release(): Promise<void>;
}

/** Runs `work` while holding the ingest lock; throws INGEST_RUNNING when another writer holds it. */
export async function withIngestLock<T>(db: Db, options: LockOptions, work: () => Promise<T>): Promise<T> {
  const lock = await acquireIngestLock(db, options);
  try {
    return await work();
  } finally {
    await lock.release();
  }
}

/** Takes the ingest lock, waiting up to `waitMs`; throws INGEST_RUNNING (exit code 2) naming the holder. */
export async function acquireIngestLock(db: Db, options: LockOptions): Promise<HeldLock> {
  const token = randomUUID();
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const deadline = Date.now() + (options.waitMs ?? 0);
  let waiting = false;
  for (;;) {
    const holder = await tryTake(db, token, options.command);
    if (holder === null) return hold(db, token, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
    if (isStale(holder, staleMs)) {
      await db.run({ cypher: "MATCH (l:IngestLock {id: $id}) WHERE l.token = $token DELETE l", params: { id: INGEST_LOCK_ID, token: holder.token } }, "WRITE");
      continue;
    }
    if (Date.now() >= deadline) throw ingestRunning(holder, staleMs);
    if (!waiting) options.onWait?.(holder);
    waiting = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The current holder of the lock, or null when nobody writes. */
export async function ingestLockHolder(db: Db): Promise<LockHolder | null> {
  const [row] = await db.rows<LockHolder & { token: string }>({ cypher: `MATCH (l:IngestLock {id: $id}) ${RETURN_HOLDER}`, params: { id: INGEST_LOCK_ID } });
  return row ?? null;
}

const RETURN_HOLDER = `RETURN l.token AS token, l.pid AS pid, l.host AS host, l.command AS command, l.since AS since,
                              timestamp() - l.heartbeat AS ageMs`;

/** Creates the lock with our token, or returns the other holder. */
async function tryTake(db: Db, token: string, command: string): Promise<(LockHolder & { token: string }) | null> {
  const [row] = await db.rows<LockHolder & { token: string }>(
    {
      cypher: `MERGE (l:IngestLock {id: $id})
               ON CREATE SET l.token = $token, l.pid = $pid, l.host = $host, l.command = $command,
                             l.since = toString(datetime.realtime()), l.heartbeat = timestamp()
               WITH l ${RETURN_HOLDER}`,
      params: { id: INGEST_LOCK_ID, token, pid: process.pid, host: os.hostname(), command },
    },
    "WRITE",
  );
  if (!row) throw new Error("MERGE of the ingest lock returned no row");
  return row.token === token ? null : row;
}

function isStale(holder: LockHolder, staleMs: number): boolean {
  return holder.ageMs > staleMs || (holder.host === os.hostname() && !processAlive(holder.pid));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // it exists, it is just not ours
  }
}

function hold(db: Db, token: string, heartbeatMs: number): HeldLock {
  const params = { id: INGEST_LOCK_ID, token };
  let beating: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    beating = db.run({ cypher: "MATCH (l:IngestLock {id: $id}) WHERE l.token = $token SET l.heartbeat = timestamp()", params }, "WRITE").catch(() => undefined);
  }, heartbeatMs);
  timer.unref();
  let released = false;
  return {
    token,
    async release() {
      if (released) return;
      released = true;
      clearInterval(timer);
      await beating;
      await db.run({ cypher: "MATCH (l:IngestLock {id: $id}) WHERE l.token = $token DELETE l", params }, "WRITE");
    },
  };
}

function ingestRunning(holder: LockHolder, staleMs: number): KgError {
  return new KgError(
    "INGEST_RUNNING",
    `An ingest is running: ${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since}). ` +
      `Wait for it to finish, or add --wait to queue behind it. If that process is gone, its lock expires ` +
      `${Math.round(staleMs / 1000)} s after its last heartbeat (${Math.round(holder.ageMs / 1000)} s ago).`,
    { pid: holder.pid, host: holder.host, since: holder.since, command: holder.command },
  );
}

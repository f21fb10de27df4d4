/**
 * One writer at a time: while one `kg ingest` (or `kg remove`) holds the lock in Neo4j, another exits with code 2
 * naming it (pid, since), or waits with --wait; a stale lock is taken over; two runs at once never both fail.
 */
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, type Db } from "../../../src/db/index.ts";
import { acquireIngestLock, ingestLockHolder } from "../../../ingest/load/ingest-lock.ts";
import { runKg } from "../../helpers/run-kg-cli.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

describe("one writer at a time", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    await applyMigrations(db);
  });
  afterAll(async () => db.close());

  it("a second writer gets the holder's pid and start time and exits with 2; the lock goes when released", { timeout: 120_000 }, async () => {
    const lock = await acquireIngestLock(db, { command: "kg ingest (test)" });
    try {
      await expect(acquireIngestLock(db, { command: "kg ingest (second)" })).rejects.toMatchObject({ code: "INGEST_RUNNING" });
      const holder = await ingestLockHolder(db);
      expect(holder).toMatchObject({ pid: process.pid, host: os.hostname(), command: "kg ingest (test)" });
      const run = await runKg(["ingest", "--quiet"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`pid ${process.pid}`);
      expect(run.stderr).toContain(`since ${holder?.since}`);
      const remove = await runKg(["remove", "anything"]);
      expect(remove.code).toBe(2);
      expect(remove.stderr).toContain("An ingest is running");
    } finally {
      await lock.release();
    }
    expect(await ingestLockHolder(db)).toBeNull();
    await lock.release(); // twice is harmless
  });

  it("--wait queues behind the running writer", { timeout: 180_000 }, async () => {
    const lock = await acquireIngestLock(db, { command: "kg ingest (test)" });
    let released: Promise<void> | undefined;
    // The holder lets go once the second run says it waits (so it must have found the lock held).
    const run = await runKg(["ingest", "--wait", "120", "--json"], {
      onStderr: (soFar) => {
        if (released === undefined && soFar.includes("waiting for the running")) released = lock.release();
      },
    });
    await released;
    await lock.release();
    expect(run.stderr).toContain(`waiting for the running kg ingest (test) (pid ${process.pid}`);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).failed).toBe(0);
    expect(await ingestLockHolder(db)).toBeNull();
  });

  it("a lock left by a process that is gone, or silent for longer than the stale limit, is taken over", { timeout: 60_000 }, async () => {
    const deadPid = 2 ** 22 + 12_345; // above Linux's pid_max default: no such process
    const plant = (host: string, pid: number, ageMs: number) =>
      db.run(
        {
          cypher: `CREATE (:IngestLock {id: 'ingest', token: 'old', pid: $pid, host: $host, command: 'kg ingest',
                                        since: '2026-01-01T00:00:00Z', heartbeat: timestamp() - $ageMs})`,
          params: { pid, host, ageMs },
        },
        "WRITE",
      );
    await plant(os.hostname(), deadPid, 0);
    const taken = await acquireIngestLock(db, { command: "kg ingest (test)" });
    await taken.release();
    await plant("another-host", 1, 10 * 60_000);
    const stale = await acquireIngestLock(db, { command: "kg ingest (test)", staleMs: 60_000 });
    expect((await ingestLockHolder(db))?.pid).toBe(process.pid);
    await stale.release();
    await plant("another-host", 1, 0); // alive elsewhere, fresh heartbeat: not ours to take
    await expect(acquireIngestLock(db, { command: "kg ingest (test)", waitMs: 1_000 })).rejects.toMatchObject({ code: "INGEST_RUNNING" });
    await db.run({ cypher: "MATCH (l:IngestLock) DELETE l" }, "WRITE");
  });

  it("two kg ingest runs at once: never both fail, never a constraint error", { timeout: 300_000 }, async () => {
    const runs = await Promise.all([runKg(["ingest", "--force", "--quiet"]), runKg(["ingest", "--force", "--quiet"])]);
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/constraint|already exists/i);
      expect([0, 2]).toContain(run.code);
    }
    expect(runs.map((r) => r.code)).toContain(0);
    const refused = runs.find((r) => r.code === 2);
    if (refused) expect(refused.stderr).toMatch(/An ingest is running: kg ingest \(pid \d+ on .+, since \d{4}-/);
    const queued = await Promise.all([runKg(["ingest", "--force", "--quiet", "--wait"]), runKg(["ingest", "--force", "--quiet", "--wait"])]);
    expect(queued.map((r) => r.code)).toEqual([0, 0]);
    expect(await ingestLockHolder(db)).toBeNull();
  });
});

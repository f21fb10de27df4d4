/**
 * Is the service ready to answer? Neo4j answers, every schema file is applied (Migration nodes), and a
 * graph has been built (at least one Document). Each check reports on its own, so a 503 says which failed.
 */
import type { Db } from "../db/index.ts";
import { readMigrations } from "../db/index.ts";
import { isKgError } from "../errors/index.ts";
import { readinessQuery, type ReadinessRow } from "./queries/readiness.ts";

/** The result of one check. */
export interface Check {
  readonly ok: boolean;
  readonly detail: string;
}

/** The `/readyz` body. */
export interface Readiness {
  readonly ready: boolean;
  readonly checks: { readonly neo4j: Check; readonly schema: Check; readonly graph: Check };
}

/** Runs the checks; never throws. */
export async function checkReadiness(db: Db): Promise<Readiness> {
  const skipped: Check = { ok: false, detail: "not checked: Neo4j is not reachable" };
  let neo4j: Check;
  try {
    const { version, edition } = await db.ping();
    neo4j = { ok: true, detail: `Neo4j ${version} ${edition}` };
  } catch (error) {
    neo4j = { ok: false, detail: isKgError(error) ? error.code : "ping failed" };
    return { ready: false, checks: { neo4j, schema: skipped, graph: skipped } };
  }
  const [expected, row] = await Promise.all([
    readMigrations().then((m) => m.map((x) => x.id)),
    db.rows<ReadinessRow>(readinessQuery(), "READ").then((rows) => rows[0] ?? { applied: [], documents: 0 }),
  ]);
  const missing = expected.filter((id) => !row.applied.includes(id));
  const schema: Check =
    missing.length === 0
      ? { ok: true, detail: `${expected.length} migrations applied` }
      : { ok: false, detail: `not applied: ${missing.join(", ")} — run \`npx kg start\` or \`npx kg ingest\`` };
  const graph: Check =
    row.documents > 0 ? { ok: true, detail: `${row.documents} documents` } : { ok: false, detail: "no documents — run `npx kg ingest`" };
  return { ready: schema.ok && graph.ok, checks: { neo4j, schema, graph } };
}

/** Builds the shipped corpus into the test database, for tests that query the real graph. */
import { applyMigrations, type Db } from "../../src/db/index.ts";
import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { runIngest, type IngestReport } from "../../ingest/run-ingest.ts";
import { manifestInputs } from "../../ingest/stages/read-documents.ts";

/** Applies the schema and ingests the five corpus documents; returns the ingest report. */
export async function ingestCorpus(db: Db): Promise<IngestReport> {
  await applyMigrations(db);
  return runIngest(db, await manifestInputs(), await loadResources(), { progress: SILENT, force: true });
}

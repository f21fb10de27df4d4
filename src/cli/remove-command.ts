/** `kg remove <document-id|path>`: takes one document out of the graph, with every fact that only it supported. */
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { applyMigrations, Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { graphCounts } from "../graph/graph-counts.ts";
import { withIngestLock, type LockHolder } from "../../ingest/load/ingest-lock.ts";
import { removeDocument } from "../../ingest/load/remove-document.ts";
import { sha256Hex } from "../../ingest/operations/text/sha256.ts";
import { readManifest } from "../../ingest/stages/manifest.ts";
import { readDocument } from "../../ingest/stages/read-documents.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { waitFlag } from "./ingest-command.ts";
import { say } from "./say.ts";

interface RemoveFlags {
  readonly manifest?: string;
  readonly wait?: string | boolean;
  readonly json?: boolean;
}

/** Registers `remove`. */
export function registerRemoveCommand(program: Command): void {
  program
    .command("remove")
    .description("remove one document and every fact only it supported (facts other documents state keep their evidence)")
    .argument("<document>", "a document id (as `kg ingest` prints it) or the path of the file it was read from")
    .option("--manifest <file>", "the manifest that gives file paths their ids (default: ingest/data/manifest.json)")
    .option("--wait [seconds]", "if an ingest or removal is writing, wait for it (default: up to 600 s) instead of exiting with code 2")
    .option("--json", "print a JSON summary on stdout")
    .addHelpText(
      "after",
      [
        "",
        "Relations, indicator values and milestones that other documents also state stay, with only their evidence;",
        "entities that nothing mentions any more go. A removed corpus document comes back with the next `kg ingest`",
        "(take it out of ingest/data/manifest.json to keep it out).",
        "",
        "Examples:",
        "  npx kg remove 2023-work-report",
        "  npx kg remove reports/2024.txt",
      ].join("\n"),
    )
    .action(
      withErrorBoundary(async (target: string, flags: RemoveFlags) => {
        const config = loadConfig();
        const waitMs = waitFlag(flags.wait);
        const db = await Db.open(config);
        try {
          await db.ping();
          await applyMigrations(db);
          const onWait = (h: LockHolder) => say(`waiting for the running ${h.command} (pid ${h.pid} on ${h.host}, since ${h.since})…`);
          const documentId = await withIngestLock(db, { command: `kg remove ${target}`, waitMs, onWait }, async () => {
            const id = await resolveDocumentId(db, target, flags.manifest);
            if (!(await removeDocument(db, id))) throw notInGraph(target);
            return id;
          });
          const counts = await graphCounts(db);
          if (flags.json) process.stdout.write(`${JSON.stringify({ removed: documentId, graph: counts }, null, 2)}\n`);
          else say(`Removed ${documentId}; the graph holds ${counts.labels.Document ?? 0} documents, ${counts.labels.Entity ?? 0} entities.`);
        } finally {
          await db.close();
        }
      }),
    );
}

/**
 * The id of the stored document `target` names: a document id, else a file whose id comes from the manifest,
 * its front-matter or its name (as `kg ingest` gives it), else a stored document with the same bytes.
 */
export async function resolveDocumentId(db: Db, target: string, manifestFile?: string): Promise<string> {
  if (await documentExists(db, target)) return target;
  const stat = await fs.stat(target).catch(() => null);
  if (!stat?.isFile()) throw notInGraph(target);
  const file = path.resolve(target);
  const entry = (await readManifest(manifestFile).catch(() => [])).find((e) => path.resolve(e.path) === file);
  if (entry && (await documentExists(db, entry.id))) return entry.id;
  const read = await readDocument({ path: file }).catch(() => null);
  if (read && (await documentExists(db, read.id))) return read.id;
  const sha256 = sha256Hex(await fs.readFile(file));
  const [same] = await db.rows<{ id: string }>({ cypher: "MATCH (d:Document {sha256: $sha256}) RETURN d.id AS id ORDER BY id LIMIT 1", params: { sha256 } });
  if (same) return same.id;
  throw notInGraph(target);
}

async function documentExists(db: Db, id: string): Promise<boolean> {
  return (await db.rows({ cypher: "MATCH (d:Document {id: $id}) RETURN d.id", params: { id } })).length > 0;
}

function notInGraph(target: string): KgError {
  return new KgError(
    "NOT_FOUND",
    `No document "${target}" in the graph. Give a document id or the path of a file that was ingested; ` +
      '`npx kg cypher "MATCH (d:Document) RETURN d.id, d.source, d.title"` lists them.',
    { document: target },
  );
}

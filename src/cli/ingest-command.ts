/** `kg ingest [paths…]`: builds or updates the graph from the corpus, or from files a user names. */
import type { Command } from "commander";
import Table from "cli-table3";
import { loadConfig } from "../config/index.ts";
import { applyMigrations, Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { DOCUMENT_KINDS, type DocumentKind } from "../graph/contract.ts";
import { graphCounts } from "../graph/graph-counts.ts";
import { withIngestLock, type LockHolder } from "../../ingest/load/ingest-lock.ts";
import { loadResources } from "../../ingest/resources.ts";
import { runIngest, type IngestReport } from "../../ingest/run-ingest.ts";
import { manifestInputs, pathInputs } from "../../ingest/stages/read-documents.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { terminalProgress } from "./progress-bars.ts";
import { say, seconds } from "./say.ts";

interface IngestFlags {
  readonly manifest?: string;
  readonly title?: string;
  readonly date?: string;
  readonly kind?: string;
  readonly place?: string;
  readonly force?: boolean;
  readonly rebuild?: boolean;
  readonly wait?: string | boolean;
  readonly json?: boolean;
  readonly quiet?: boolean;
}

/** Registers `ingest`. */
export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("build the graph from the corpus (default) or from .txt/.md files and folders")
    .argument("[paths...]", "files or folders to ingest instead of the corpus manifest")
    .option("--manifest <file>", "a manifest.json listing documents (default: ingest/data/manifest.json)")
    .option("--title <title>", "title for the named files (else front-matter or first line)")
    .option("--date <date>", "publication date YYYY[-MM[-DD]] for the named files (else front-matter or found in the text)")
    .option("--kind <kind>", `document kind: ${DOCUMENT_KINDS.join(", ")}`)
    .option("--place <place>", "the place the named files report on, e.g. 龙岗区 (else front-matter `place:` or read from the text)")
    .option("--force", "re-ingest documents even if unchanged")
    .option("--rebuild", "empty the graph (schema kept) and build it again from the manifest (or the named paths)")
    .option("--wait [seconds]", "if another ingest or removal is writing, wait for it (default: up to 600 s) instead of exiting with code 2")
    .option("--json", "print a JSON summary on stdout")
    .option("--quiet", "no progress output")
    .addHelpText(
      "after",
      [
        "",
        "Folders are read recursively (.txt, .md); README, LICENSE and CHANGELOG files in them are skipped unless named explicitly.",
        "One writer at a time: while another `kg ingest` or `kg remove` runs, this one exits with code 2 and names it (pid, since), or waits with --wait.",
        "",
        "Examples:",
        "  npx kg ingest",
        "  npx kg ingest reports/2024.txt --date 2024-01-10 --kind government_work_report",
        "  npx kg ingest --rebuild            # empty the graph and build the corpus again",
        "  npx kg ingest reports/ --wait 300  # queue behind a running ingest for up to 5 minutes",
        "  npx kg ingest --json > summary.json",
      ].join("\n"),
    )
    .action(
      withErrorBoundary(async (paths: string[], flags: IngestFlags) => {
        const config = loadConfig();
        const quiet = flags.quiet === true || flags.json === true;
        const skipped = (file: string) => {
          if (!quiet) say(`skipped ${file} (README/LICENSE/CHANGELOG; name it explicitly to ingest it)`);
        };
        const inputs = paths.length > 0 ? await pathInputs(paths, metadataFlags(flags), skipped) : await manifestInputs(flags.manifest);
        const waitMs = waitFlag(flags.wait);
        const db = await Db.open(config);
        try {
          await db.ping();
          await applyMigrations(db);
          const started = Date.now();
          const progress = terminalProgress({ quiet });
          const onWait = (h: LockHolder) => {
            if (flags.quiet !== true) say(`waiting for the running ${h.command} (pid ${h.pid} on ${h.host}, since ${h.since})…`);
          };
          const command = `kg ingest${flags.rebuild ? " --rebuild" : ""}`;
          const report = await withIngestLock(db, { command, waitMs, onWait }, async () =>
            runIngest(db, inputs, await loadResources(), { force: flags.force === true, rebuild: flags.rebuild === true, progress }),
          );
          const counts = await graphCounts(db);
          if (flags.json) process.stdout.write(`${JSON.stringify({ ...summary(report), graph: counts, ms: Date.now() - started }, null, 2)}\n`);
          else printReport(report, counts, progress.warnings, Date.now() - started);
          if (report.failed > 0) process.exitCode = 1;
        } finally {
          await db.close();
        }
      }),
    );
}

/** --wait: absent → 0 (fail at once), bare → 600 s, a number → that many seconds. */
export function waitFlag(wait: string | boolean | undefined): number {
  if (wait === undefined || wait === false) return 0;
  if (wait === true) return 600_000;
  const seconds = Number(wait);
  if (!Number.isFinite(seconds) || seconds < 0) throw new KgError("INPUT_INVALID", `--wait takes a number of seconds, not "${wait}".`);
  return seconds * 1000;
}

function metadataFlags(flags: IngestFlags) {
  if (flags.kind !== undefined && !DOCUMENT_KINDS.includes(flags.kind as DocumentKind)) {
    throw new KgError("INPUT_INVALID", `--kind must be one of ${DOCUMENT_KINDS.join(", ")}, not "${flags.kind}".`);
  }
  if (flags.date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(flags.date)) {
    throw new KgError("INPUT_INVALID", `--date must look like 2024, 2024-01 or 2024-01-10, not "${flags.date}".`);
  }
  return {
    ...(flags.title !== undefined && { title: flags.title }),
    ...(flags.date !== undefined && { publishedAt: flags.date }),
    ...(flags.kind !== undefined && { kind: flags.kind as DocumentKind }),
    ...(flags.place !== undefined && { place: flags.place }),
  };
}

function summary(report: IngestReport) {
  return {
    documents: report.documents.map(({ id, source, status, error, errorCode, counts }) => ({ id, source, status, error, errorCode, counts })),
    stageMs: Object.fromEntries(Object.entries(report.stageMs).map(([k, v]) => [k, Math.round(v)])),
    failed: report.failed,
  };
}

function printReport(report: IngestReport, counts: Awaited<ReturnType<typeof graphCounts>>, warnings: readonly string[], ms: number): void {
  const docs = new Table({ head: ["document", "status", "sentences", "entities", "relations", "values", "events"] });
  for (const d of report.documents) {
    docs.push([d.id, d.status === "failed" ? `failed: ${d.errorCode}` : d.status, ...(d.counts ? Object.values(d.counts) : ["", "", "", "", ""]).map(String)]);
  }
  process.stdout.write(`${docs.toString()}\n`);
  const graph = new Table({ head: ["in the graph", "count"] });
  for (const [label, n] of Object.entries(counts.labels)) graph.push([`:${label}`, n]);
  for (const [type, n] of Object.entries(counts.relationships)) graph.push([`[:${type}]`, n]);
  process.stdout.write(`${graph.toString()}\n`);
  for (const w of warnings) say(`warning: ${w}`);
  for (const d of report.documents.filter((x) => x.status === "failed")) say(`\u2716 ${d.source}: ${d.error}`);
  say(`Ingest took ${seconds(ms)} (${Object.entries(report.stageMs).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(", ")}).`);
}

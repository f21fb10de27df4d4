/** `kg export`: the graph as GraphML (Gephi, networkx), JSON Lines or CSV tables (pandas), in a stable order. */
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { EXPORT_FORMATS, readGraphExport, saveExport, type ExportFormat } from "../export/index.ts";
import { exitQuietlyOnBrokenPipe } from "./broken-pipe.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { say } from "./say.ts";

interface ExportFlags {
  readonly format: string;
  readonly out?: string;
}

/** Registers `export`. */
export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("export entities, relations with evidence, documents and indicator values (sorted by id: same graph, same bytes)")
    .requiredOption("--format <format>", `${EXPORT_FORMATS.join(", ")}`)
    .option("--out <folder>", "folder to write to, created if missing (graphml/jsonl: default stdout; csv: required)")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        "  npx kg export --format graphml --out export/               # export/shizhong-kg.graphml — Gephi: File > Open; networkx: nx.read_graphml(path)",
        "  npx kg export --format jsonl > graph.jsonl                 # pandas: pd.read_json('graph.jsonl', lines=True)",
        "  npx kg export --format csv --out export/                   # entities.csv, relations.csv, evidence.csv, …",
      ].join("\n"),
    )
    .action(
      withErrorBoundary(async (flags: ExportFlags) => {
        exitQuietlyOnBrokenPipe();
        if (!(EXPORT_FORMATS as readonly string[]).includes(flags.format)) {
          throw new KgError("INPUT_INVALID", `--format must be one of ${EXPORT_FORMATS.join(", ")}, not "${flags.format}".`);
        }
        const db = await Db.open(loadConfig());
        try {
          const graph = await readGraphExport(db);
          const saved = await saveExport(graph, flags.format as ExportFormat, flags.out, process.stdout);
          const counts = `${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.documents.length} documents, ${graph.indicatorValues.length} indicator values`;
          say(saved.kind === "stdout" ? `Exported ${counts}.` : `Exported ${counts} to ${saved.files.join(", ")}.`);
        } finally {
          await db.close();
        }
      }),
    );
}

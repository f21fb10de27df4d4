/** `kg schema`: the live graph's labels, relationship types and properties, with counts. */
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { formatSchemaJson, formatSchemaMarkdown, readGraphSchema } from "../graph-schema/index.ts";
import { withErrorBoundary } from "./error-boundary.ts";

interface SchemaFlags {
  readonly format: string;
  readonly counts: boolean;
}

/** Registers `schema`. */
export function registerSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description("print the live graph's labels, relationship types and properties with counts")
    .option("--format <format>", "markdown or json", "markdown")
    .option("--no-counts", "leave out counts (text that stays the same when the data grows, as in the README)")
    .addHelpText("after", "\nExamples:\n  npx kg schema\n  npx kg schema --format json > schema.json\n  npx kg schema --no-counts")
    .action(
      withErrorBoundary(async (flags: SchemaFlags) => {
        if (flags.format !== "markdown" && flags.format !== "json") {
          throw new KgError("INPUT_INVALID", `--format must be markdown or json, not "${flags.format}".`);
        }
        const db = await Db.open(loadConfig());
        try {
          const schema = await readGraphSchema(db);
          const options = { counts: flags.counts };
          process.stdout.write(flags.format === "json" ? formatSchemaJson(schema, options) : formatSchemaMarkdown(schema, options));
        } finally {
          await db.close();
        }
      }),
    );
}

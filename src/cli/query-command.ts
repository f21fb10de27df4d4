/** `kg query <name>`: runs a named query of the cookbook (cypher/*.cypher), read-only; `--list` shows them. */
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { Db } from "../db/index.ts";
import { KgError } from "../errors/index.ts";
import { listCookbook, loadCookbookQuery, runCookbookQuery, signature } from "../cookbook/index.ts";
import { collectParam, formatResult, OUTPUT_FORMATS, paramsFrom } from "../cypher-tools/index.ts";
import { exitQuietlyOnBrokenPipe } from "./broken-pipe.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { outputFormatFrom, printResult, timeoutFrom } from "./print-result.ts";
import { say } from "./say.ts";

interface QueryFlags {
  readonly list?: boolean;
  readonly show?: boolean;
  readonly param: string[];
  readonly format?: string;
  readonly timeout?: string;
}

/** Registers `query`. */
export function registerQueryCommand(program: Command): void {
  program
    .command("query")
    .description("run a named query of the cookbook (cypher/*.cypher); --list shows them with their questions")
    .argument("[name]", "the query's name, e.g. projects-serving")
    .option("--list", "list the cookbook: name, question and parameters")
    .option("--show", "print the query's Cypher instead of running it")
    .option("-p, --param <name=value>", "a parameter of the query; value read as JSON if it parses, else as text (repeatable)", collectParam, [])
    .option("--format <format>", `output: ${OUTPUT_FORMATS.join(", ")} (default: table on a terminal, json when piped)`)
    .option("--timeout <ms>", "stop the query after this many milliseconds (default KG_QUERY_TIMEOUT_MS)")
    .addHelpText(
      "after",
      "\nExamples:\n  npx kg query --list\n  npx kg query projects-serving --param target=中央商埠区\n  npx kg query entity-quotes --param name=中央活力区 --format csv > quotes.csv",
    )
    .action(
      withErrorBoundary(async (name: string | undefined, flags: QueryFlags) => {
        exitQuietlyOnBrokenPipe();
        const format = outputFormatFrom(flags.format);
        if (flags.list) {
          const rows = (await listCookbook()).map((q) => ({ name: q.name, question: q.questionEn, questionZh: q.questionZh, parameters: signature(q) }));
          const columns = format === "table" ? ["name", "question", "parameters"] : ["name", "question", "questionZh", "parameters"];
          process.stdout.write(formatResult({ columns, rows }, format));
          return;
        }
        if (name === undefined) throw new KgError("INPUT_INVALID", "Name a query (e.g. `npx kg query projects-serving --param target=中央商埠区`), or list them with --list.");
        if (flags.show) {
          process.stdout.write((await loadCookbookQuery(name)).cypher);
          return;
        }
        const config = loadConfig();
        const params = paramsFrom(flags.param);
        const timeoutMs = timeoutFrom(flags.timeout, config.queryTimeoutMs);
        const db = await Db.open(config);
        try {
          printResult(await runCookbookQuery(db, name, params, timeoutMs, (line) => say(`note: ${line}`)), format);
        } finally {
          await db.close();
        }
      }),
    );
}

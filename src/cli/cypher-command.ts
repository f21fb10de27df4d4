/** `kg cypher [query]`: runs any Cypher, read-only unless --write, printed as a table, JSON or CSV. */
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { Db } from "../db/index.ts";
import { collectParam, OUTPUT_FORMATS, paramsFrom, readQueryText, runCypher } from "../cypher-tools/index.ts";
import { unknownNameParam } from "../cypher-tools/name-params.ts";
import { exitQuietlyOnBrokenPipe } from "./broken-pipe.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { outputFormatFrom, printResult, timeoutFrom } from "./print-result.ts";

interface CypherFlags {
  readonly file?: string;
  readonly param: string[];
  readonly format?: string;
  readonly timeout?: string;
  readonly write?: boolean;
}

/** Registers `cypher`. */
export function registerCypherCommand(program: Command): void {
  program
    .command("cypher")
    .description("run a Cypher query (read-only unless --write); the query comes from the argument, -f or stdin")
    .argument("[query]", "the Cypher query")
    .option("-f, --file <file>", "read the query from a file")
    .option("-p, --param <name=value>", "a query parameter; value read as JSON if it parses, else as text (repeatable)", collectParam, [])
    .option("--format <format>", `output: ${OUTPUT_FORMATS.join(", ")} (default: table on a terminal, json when piped)`)
    .option("--timeout <ms>", "stop the query after this many milliseconds (default KG_QUERY_TIMEOUT_MS)")
    .option("--write", "allow a query that writes (runs in a WRITE transaction)")
    .addHelpText(
      "after",
      [
        "",
        "Examples:",
        '  npx kg cypher "MATCH (e:Entity) RETURN e.type AS type, count(*) AS n ORDER BY n DESC"',
        "  npx kg cypher 'MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e' --param name=中央活力区",
        "  npx kg cypher -f my-query.cypher --format csv > rows.csv",
        '  echo "MATCH (d:Document) RETURN d.title, d.publishedAt" | npx kg cypher --format json',
      ].join("\n"),
    )
    .action(
      withErrorBoundary(async (argument: string | undefined, flags: CypherFlags) => {
        exitQuietlyOnBrokenPipe();
        const config = loadConfig();
        const cypher = await readQueryText({ argument, file: flags.file, stdin: process.stdin });
        const params = paramsFrom(flags.param);
        const timeoutMs = timeoutFrom(flags.timeout, config.queryTimeoutMs);
        const format = outputFormatFrom(flags.format);
        const db = await Db.open(config);
        try {
          const result = await runCypher(db, { cypher, params }, { write: flags.write === true, timeoutMs });
          printResult(result, format);
          // No rows and a name parameter that names nothing: say "not found" (exit 1) rather than stay silent.
          if (result.rows.length === 0 && flags.write !== true) {
            const unknown = await unknownNameParam(db, params);
            if (unknown !== null) throw unknown;
          }
        } finally {
          await db.close();
        }
      }),
    );
}

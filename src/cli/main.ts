/** The `kg` command line: one file per command, registered here. */
import { Command } from "commander";
import { registerCypherCommand } from "./cypher-command.ts";
import { registerDbCommand } from "./db-command.ts";
import { registerExportCommand } from "./export-command.ts";
import { registerIngestCommand } from "./ingest-command.ts";
import { registerQueryCommand } from "./query-command.ts";
import { registerRemoveCommand } from "./remove-command.ts";
import { registerSchemaCommand } from "./schema-command.ts";
import { registerServeCommand } from "./serve-command.ts";
import { registerStartCommand } from "./start-command.ts";

const program = new Command("kg")
  .description("Knowledge graph of Shizhong District (Jinan) policy documents: Neo4j + GraphQL")
  .showHelpAfterError();

registerDbCommand(program);
registerIngestCommand(program);
registerRemoveCommand(program);
registerStartCommand(program);
registerCypherCommand(program);
registerSchemaCommand(program);
registerQueryCommand(program);
registerExportCommand(program);
registerServeCommand(program);

await program.parseAsync(process.argv);

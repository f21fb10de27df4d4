/** The `kg` command line: one file per command, registered here. */
import { Command } from "commander";
import { registerDbCommand } from "./db-command.ts";
import { registerStartCommand } from "./start-command.ts";

const program = new Command("kg")
  .description("Knowledge graph of Shizhong District (Jinan) policy documents: Neo4j + GraphQL")
  .showHelpAfterError();

registerDbCommand(program);
registerStartCommand(program);

await program.parseAsync(process.argv);

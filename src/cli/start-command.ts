/** `kg start` (what `npm start` runs): the main job, from a fresh machine to a running service. */
import type { Command } from "commander";
import { loadConfig } from "../config/index.ts";
import { applyMigrations, Db } from "../db/index.ts";
import { ensureNeo4jUp } from "./db-command.ts";
import { withErrorBoundary } from "./error-boundary.ts";
import { say, seconds } from "./say.ts";

/** Registers `start`. */
export function registerStartCommand(program: Command): void {
  program
    .command("start")
    .description("bring Neo4j up, apply the schema, build the graph if needed, and serve the API")
    .action(
      withErrorBoundary(async () => {
        const config = loadConfig();
        await ensureNeo4jUp(config);
        const db = await Db.open(config);
        try {
          const t = Date.now();
          const applied = await applyMigrations(db);
          say(`Schema: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"} (${seconds(Date.now() - t)}).`);
        } finally {
          await db.close();
        }
      }),
    );
}

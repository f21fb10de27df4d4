/**
 * `tsx test/eval/ask-one.ts "question" …`: asks against a running graph (KG_DEV_NEO4J_PORT, the dev eval's
 * password) and prints answered, items, interpretation and reason. For looking at one step, not for scoring.
 */
import { loadConfig } from "../../src/config/index.ts";
import { Db } from "../../src/db/index.ts";
import { ask } from "../../src/api/ask/index.ts";
import { DEV_NEO4J_PASSWORD, DEV_NEO4J_PORT } from "./dev-inputs.ts";

const config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${DEV_NEO4J_PORT}`, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? DEV_NEO4J_PASSWORD });
const db = await Db.open(config);
try {
  for (const q of process.argv.slice(2)) {
    const r = await ask(db, q);
    console.log(`? ${q}\n  answered=${r.answered} items=${r.items.map((i) => (i.value != null ? `${i.value}${i.unit ?? ""}@${i.year}` : i.name)).join("、")}\n  how: ${r.interpretation}\n  reason: ${r.reason ?? "-"}\n  quote: ${r.items[0]?.evidence[0]?.quote ?? "-"}`);
  }
} finally {
  await db.close();
}

/**
 * `tsx test/eval/ask-latency.ts`: ask's own latency (in process, no HTTP, no response cache) on the forty corpus
 * phrasings, most of which go to the evidence answerer, against a running graph (KG_DEV_NEO4J_PORT and
 * NEO4J_PASSWORD). Three rounds after a warm-up; prints p50 / p95 / max in ms.
 */
import { loadConfig } from "../../src/config/index.ts";
import { Db } from "../../src/db/index.ts";
import { ask } from "../../src/api/ask/index.ts";
import { PHRASINGS } from "../integration/api/ask-phrasings-cases.ts";
import { DEV_NEO4J_PASSWORD, DEV_NEO4J_PORT } from "./dev-inputs.ts";

const config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${DEV_NEO4J_PORT}`, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? DEV_NEO4J_PASSWORD });
const db = await Db.open(config);
const times: number[] = [];
try {
  for (const c of PHRASINGS) await ask(db, c.q);
  for (let round = 0; round < 3; round++) {
    for (const c of PHRASINGS) {
      const t = performance.now();
      await ask(db, c.q);
      times.push(performance.now() - t);
    }
  }
} finally {
  await db.close();
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(`ask in process, ${times.length} calls: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`);

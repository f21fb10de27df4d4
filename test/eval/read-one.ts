/**
 * `tsx test/eval/read-one.ts "question" …`: how the evidence answerer reads a question against a running graph
 * (KG_DEV_NEO4J_PORT): each term with its role, weight and strings, then the best sentences. For looking at one step.
 */
import { loadConfig } from "../../src/config/index.ts";
import { Db } from "../../src/db/index.ts";
import { loadNameIndex, parseQuestion } from "../../src/api/ask/index.ts";
import { readQuestion } from "../../src/api/ask/evidence/read-question.ts";
import { scoreSentences, termWeights } from "../../src/api/ask/evidence/score-sentences.ts";
import { loadSentenceStore } from "../../src/api/ask/evidence/sentence-store.ts";
import { DEV_NEO4J_PASSWORD, DEV_NEO4J_PORT } from "./dev-inputs.ts";

const config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${DEV_NEO4J_PORT}`, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? DEV_NEO4J_PASSWORD });
const db = await Db.open(config);
try {
  const index = await loadNameIndex(db);
  const store = await loadSentenceStore(db);
  for (const q of process.argv.slice(2)) {
    const reading = readQuestion(q, parseQuestion(q, index), (a) => store.has(a), (a) => store.df(a));
    const w = termWeights(reading, store);
    console.log(`? ${q}\n  ${reading.answer} head=${reading.head.join("/")} kind=${reading.kind.join("/")} target=${reading.target} rate=${reading.rate} refusal=${reading.refusal ?? "-"}`);
    for (const t of reading.terms) console.log(`  ${t.role.padEnd(10)} ${(w.get(t) ?? 0).toFixed(2)} ${t.text}: ${t.alts.slice(0, 12).join(" ")}`);
    const show = process.env.SHOW;
    for (const s of scoreSentences(reading, store, show ? 200 : 5).filter((x) => !show || x.sentence.text.includes(show))) {
      console.log(`  ${s.coverage.toFixed(2)} ${s.score.toFixed(2)} ${s.sentence.id} miss=${s.missingNames.map((t) => t.text).join(",")} ${s.sentence.text.slice(0, 90)}`);
    }
  }
} finally {
  await db.close();
}

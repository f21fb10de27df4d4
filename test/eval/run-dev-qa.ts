/**
 * `tsx test/eval/run-dev-qa.ts`: the dev QA side alone, against a dev graph left running by
 * `npm run eval:dev -- --keep` (same KG_DEV_NEO4J_PORT). No re-ingest, so a change to `ask` is measured in seconds.
 * Prints the per-kind table and, with --verbose, each failed question with what came back.
 *
 *   KG_DEV_NEO4J_PORT=7731 npx tsx test/eval/run-dev-qa.ts [--verbose] [--variant en]
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadConfig } from "../../src/config/index.ts";
import { Db } from "../../src/db/index.ts";
import { startServer } from "../../src/api/index.ts";
import { DEV_NEO4J_PASSWORD, DEV_NEO4J_PORT, DEVSET, devArgs } from "./dev-inputs.ts";

const { flag, option } = devArgs(process.argv.slice(2));
const PORT = DEV_NEO4J_PORT;
const config = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${PORT}`, NEO4J_PASSWORD: DEV_NEO4J_PASSWORD });

interface Item {
  name: string;
  value: number | null;
  unit: string | null;
  year: number | null;
  evidence: { quote: string; documentId: string }[];
}
interface Answer {
  answered: boolean;
  interpretation: string;
  items: Item[];
  error?: string;
}
interface Question {
  id: string;
  kind: string;
  zh: string;
  zh_alt?: string;
  en: string;
  answers: { name?: string; entity?: string; value?: number; year?: number }[];
}
type Judge = (q: Question, a: Answer) => { ok: boolean };

const gold = JSON.parse(await readFile(path.join(DEVSET, "gold_dev.json"), "utf8")) as { questions: Question[] };
const { makeJudge } = (await import(pathToFileURL(path.join(DEVSET, "judge.mjs")).href)) as { makeJudge: (g: unknown) => Judge };
const judge = makeJudge(gold);

const db = await Db.open(config);
const server = await startServer({ ...config, api: { host: "127.0.0.1", port: 0, production: true } }, db, { handlers: [], log: () => {} });
const tally = new Map<string, [number, number]>();
const count = (key: string, ok: boolean) => {
  const t = tally.get(key) ?? [0, 0];
  tally.set(key, [t[0] + (ok ? 1 : 0), t[1] + 1]);
};
const only = option("variant");
try {
  for (const q of gold.questions) {
    for (const variant of ["zh", "zh_alt", "en"] as const) {
      const text = q[variant];
      if (!text || (only && only !== variant)) continue;
      const res = await fetch(server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: JSON.stringify({
          query: "query($q:String!){ask(question:$q){answered interpretation items{name type value unit year evidence{quote documentId}}}}",
          variables: { q: text },
        }),
      });
      const body = (await res.json()) as { data?: { ask: Answer }; errors?: { message: string }[] };
      const answer: Answer = body.data?.ask ?? { answered: false, interpretation: "", items: [], error: body.errors?.[0]?.message };
      const { ok } = judge(q, answer);
      count(variant, ok);
      count(`${variant}:${q.kind}`, ok);
      if (!ok && flag("verbose")) {
        const want = q.answers.map((a) => (a.value !== undefined ? `${a.value}@${a.year}` : (a.entity ?? a.name))).join("、") || "(none)";
        const got = answer.items.map((it) => (it.value != null ? `${it.value}${it.unit ?? ""}@${it.year}` : it.name)).join("、");
        console.log(`✗ ${q.id}/${variant} [${q.kind}] ${text}\n   want: ${want}\n   got:  ${answer.answered ? got : "answered:false"} ${answer.error ?? ""}\n   how:  ${answer.interpretation}`);
        const quote = answer.items[0]?.evidence[0]?.quote;
        if (quote) console.log(`   quote: ${quote.slice(0, 160)}`);
      }
    }
  }
} finally {
  await server.close();
  await db.close();
}
for (const [k, [r, n]] of [...tally.entries()].sort()) console.log(`${k.padEnd(20)} ${r}/${n} (${((100 * r) / n).toFixed(1)}%)`);

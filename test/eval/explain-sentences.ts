/**
 * `npm run eval:explain -- <text> [<text>…]`: what the extractor reads in every sentence holding one of the texts —
 * its mentions with their entities, and its relations with the rule that read each. For finding the general step
 * behind a miss in `eval:dev:names`. Reads the dev reports (no curated list) by default; KG_EXPLAIN=corpus reads the
 * corpus manifest instead (with its curated list unless KG_CURATED=0).
 */
import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { extractAll } from "../../ingest/run-ingest.ts";
import { manifestInputs } from "../../ingest/stages/read-documents.ts";
import { devInputs } from "./dev-inputs.ts";

const needles = process.argv.slice(2);
if (needles.length === 0) {
  console.error("usage: npm run eval:explain -- <text> [<text>…]");
  process.exit(2);
}
const corpus = process.env.KG_EXPLAIN === "corpus";
const inputs = corpus ? await manifestInputs() : await devInputs();
const resources = await loadResources(undefined, { curated: corpus && process.env.KG_CURATED !== "0" });
const { extracted } = await extractAll(inputs, resources, SILENT);
for (const doc of extracted) {
  const names = new Map(doc.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
  for (const s of doc.sentences) {
    if (!needles.some((n) => s.text.includes(n))) continue;
    console.log(`\n[${doc.document.id} #${s.index}, place ${doc.document.place ?? "–"}] ${s.text}`);
    console.log("  mentions:", doc.mentions.filter((m) => m.sentenceIndex === s.index).map((m) => `${m.surface}→${names.get(m.entityId)}`).join("  "));
    for (const r of doc.relations.filter((f) => f.evidence.sentenceIndex === s.index)) {
      console.log(`  ${names.get(r.fromId)} -${r.type}-> ${names.get(r.toId)} (${r.evidence.rule})`);
    }
  }
}

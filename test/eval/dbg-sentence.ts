import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { extractAll } from "../../ingest/run-ingest.ts";
import { devInputs } from "./dev-inputs.ts";
import { manifestInputs } from "../../ingest/stages/read-documents.ts";
const corpus = process.env.CORPUS === "1";
const needles = process.argv.slice(2);
const { extracted } = await extractAll(corpus ? await manifestInputs() : await devInputs(), await loadResources(undefined, { curated: !corpus ? false : process.env.CURATED !== "0" }), SILENT);
for (const doc of extracted) {
  const names = new Map(doc.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
  for (const s of doc.sentences) {
    if (!needles.some((n) => s.text.includes(n))) continue;
    console.log(`\n[${doc.document.id} #${s.index} place=${doc.document.place}] ${s.text}`);
    console.log("  mentions:", doc.mentions.filter((m) => m.sentenceIndex === s.index).map((m) => `${m.surface}→${names.get(m.entityId)}`).join("  "));
    for (const r of doc.relations.filter((r) => r.evidence.sentenceIndex === s.index)) console.log(`  REL ${names.get(r.fromId)} -${r.type}-> ${names.get(r.toId)} (${r.evidence.rule})`);
  }
}

import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { extractAll } from "../../ingest/run-ingest.ts";
import { devInputs } from "./dev-inputs.ts";
import { manifestInputs } from "../../ingest/stages/read-documents.ts";
const corpus = process.env.CORPUS === "1";
const basis = process.argv[2] ?? "heading";
const { extracted } = await extractAll(corpus ? await manifestInputs() : await devInputs(), await loadResources(undefined, { curated: !corpus ? false : process.env.CURATED !== "0" }), SILENT);
for (const doc of extracted) {
  const names = new Map(doc.entities.map((e) => [e.id, `${e.name}/${e.type}`]));
  for (const r of doc.relations.filter((r) => r.evidence.rule.startsWith(basis))) {
    const s = doc.sentences[r.evidence.sentenceIndex];
    console.log(`${names.get(r.fromId)} -${r.type}-> ${names.get(r.toId)} (${r.evidence.rule}) H:${s?.heading?.slice(0, 40)} | ${s?.text.slice(0, 60)}`);
  }
}

import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { extractAll } from "../../ingest/run-ingest.ts";
import { devInputs } from "./dev-inputs.ts";
const { extracted } = await extractAll(await devInputs(), await loadResources(undefined, { curated: false }), SILENT);
const byId = new Map<string, { name: string; type: string; aliases: Set<string> }>();
for (const doc of extracted) for (const e of doc.entities) {
  const k = byId.get(e.id) ?? { name: e.name, type: e.type, aliases: new Set<string>() };
  for (const a of [...e.aliases, ...e.en]) k.aliases.add(a);
  byId.set(e.id, k);
}
for (const e of byId.values()) console.log([e.name, ...[...e.aliases].sort()].join("|") + "\t" + e.type);

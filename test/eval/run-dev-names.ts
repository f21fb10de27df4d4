/**
 * `npm run eval:dev:names`: the fast inner loop for name recognition. Extracts the six dev reports in memory
 * (no Neo4j, no curated list) and prints the entity figures the shared scorer would give the graph (same
 * folding, entities merged by id as the load merges them) with the error classes. `npm run eval:dev` stays the
 * measure of record; this one answers "did my rule help?" in seconds. It also counts the gold relations whose two
 * ends some extracted relation joins directly (the scorer also accepts a path through a value or milestone node).
 *   npm run eval:dev:names [-- --verbose] [--type Policy] [--raw] [--relations] [--dump FILE]
 *   (--raw: every example, one class a paragraph; --relations: every gold relation not linked, and why;
 *   --dump: every predicted name, + when the gold has it, - when not, one a line, for diffing two runs)
 */
import Table from "cli-table3";
import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { extractAll } from "../../ingest/run-ingest.ts";
import { classifyEntityErrors, normName, type GraphEntity } from "./dev-errors.ts";
import { devGoldEntities, devGoldRelations, devInputs } from "./dev-inputs.ts";

const argv = process.argv.slice(2);
const verbose = argv.includes("--verbose");
const onlyType = argv.includes("--type") ? argv[argv.indexOf("--type") + 1] : undefined;

const { extracted, failures } = await extractAll(await devInputs(), await loadResources(undefined, { curated: false }), SILENT);
for (const f of failures) console.error(`failed: ${f.id}: ${f.error}`);
const byId = new Map<string, { name: string; type: string; aliases: Set<string> }>();
const edges = new Set(extracted.flatMap((doc) => doc.relations.flatMap((f) => [`${f.fromId}|${f.toId}`, `${f.toId}|${f.fromId}`])));
for (const doc of extracted) {
  for (const e of doc.entities) {
    const known = byId.get(e.id) ?? { name: e.name, type: e.type, aliases: new Set<string>() };
    for (const a of [...e.aliases, ...e.en]) known.aliases.add(a);
    byId.set(e.id, known);
  }
}
const nodes: GraphEntity[] = [...byId.values()].map((n) => ({ name: n.name, type: n.type, aliases: [...n.aliases] }));
const gold = await devGoldEntities();
const goldRelations = await devGoldRelations();

const surfaces = (e: { name: string; aliases?: readonly string[] }) => [e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean);
const nodeSurfaces = new Map<string, GraphEntity[]>();
for (const n of nodes) for (const s of surfaces(n)) nodeSurfaces.set(s, [...(nodeSurfaces.get(s) ?? []), n]);
const perType = new Map<string, { gold: number; found: number; typed: number }>();
for (const g of gold) {
  const t = perType.get(g.type) ?? { gold: 0, found: 0, typed: 0 };
  perType.set(g.type, t);
  t.gold++;
  const hits = surfaces(g).flatMap((s) => nodeSurfaces.get(s) ?? []);
  if (hits.length === 0) continue;
  t.found++;
  const ok = [g.type, ...(g.alt_types ?? [])].map((x) => x.toLowerCase());
  if (hits.some((h) => ok.includes(h.type.toLowerCase()))) t.typed++;
}
const goldSurfaces = new Set(gold.flatMap(surfaces));
const falsePositives = nodes.filter((n) => !surfaces(n).some((s) => goldSurfaces.has(s)));
const dumpTo = argv.includes("--dump") ? argv[argv.indexOf("--dump") + 1] : undefined;
if (dumpTo !== undefined) {
  const lines = nodes.map((n) => `${falsePositives.includes(n) ? "-" : "+"} ${n.type} ${n.name}`).sort();
  await import("node:fs").then((fs) => fs.promises.writeFile(dumpTo, lines.join("\n") + "\n"));
}
const predictedByType = new Map<string, { all: number; wrong: number }>();
for (const n of nodes) {
  const p = predictedByType.get(n.type) ?? { all: 0, wrong: 0 };
  predictedByType.set(n.type, p);
  p.all++;
  if (falsePositives.includes(n)) p.wrong++;
}

const table = new Table({ style: { head: [], border: [] }, head: ["type", "gold", "found", "typed", "recall", "predicted", "not in gold"] });
for (const [type, t] of perType) {
  const p = predictedByType.get(type) ?? { all: 0, wrong: 0 };
  table.push([type, t.gold, t.found, t.typed, (t.found / t.gold).toFixed(2), p.all, p.wrong]);
}
console.log(table.toString());
const classes = classifyEntityErrors(nodes, gold).filter((c) => !onlyType || c.label.includes(onlyType));
if (argv.includes("--raw")) for (const c of classes) console.log(`\n## ${c.label} (${c.count})\n${c.examples.join("、")}`);
const errors = new Table({ style: { head: [], border: [] }, head: ["error class", "count", "examples"], colWidths: [34, 7, 90], wordWrap: true });
for (const c of classes) errors.push([c.label, c.count, c.examples.slice(0, verbose ? 60 : 8).join("、")]);
console.log(errors.toString());
const total = [...perType.values()].reduce((a, t) => ({ gold: a.gold + t.gold, found: a.found + t.found, typed: a.typed + t.typed }), { gold: 0, found: 0, typed: 0 });
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const idsOf = (name: string): string[] => {
  const g = gold.find((e) => surfaces(e).includes(normName(name)));
  const keys = g ? surfaces(g) : [normName(name)];
  return [...byId.entries()].filter(([, n]) => surfaces({ name: n.name, aliases: [...n.aliases] }).some((s) => keys.includes(s))).map(([id]) => id);
};
let linked = 0;
let ends = 0;
for (const r of goldRelations) {
  const [from, to] = [idsOf(r.subject), idsOf(r.object)];
  if (from.length === 0 || to.length === 0) {
    if (argv.includes("--relations")) console.log(`  missing ${from.length === 0 ? "subject" : ""}${from.length + to.length === 0 ? "+" : ""}${to.length === 0 ? "object" : ""}: ${r.subject} -${r.predicate}-> ${r.object}  «${r.quote}»`);
    continue;
  }
  ends++;
  if (from.some((a) => to.some((b) => edges.has(`${a}|${b}`)))) linked++;
  else if (verbose || argv.includes("--relations")) console.log(`  unlinked: ${r.subject} -${r.predicate}-> ${r.object}  «${r.quote}»`);
}
console.log(`relations: ${goldRelations.length} gold, ${ends} with both ends found, ${linked} linked (${pct(linked / goldRelations.length)})`);
console.log(`entities R=${pct(total.found / total.gold)} typed=${pct(total.typed / total.gold)} P=${pct(1 - falsePositives.length / Math.max(1, nodes.length))} (${nodes.length} predicted)`);

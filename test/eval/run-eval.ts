/**
 * `npm run eval`: runs the extractor over the corpus (in memory, no database) and prints precision
 * and recall per entity type, relation type and for indicator values, against test/gold.
 *
 * The gold lists what a careful reader found, not every name in the texts. So two precisions are printed:
 * "judged" counts only predictions the gold can judge (an entity whose name the gold knows, a relation
 * or value read from a sentence the gold annotated); "strict" counts every prediction the gold lacks as wrong.
 */
import Table from "cli-table3";
import { SILENT } from "../../ingest/progress.ts";
import { loadResources } from "../../ingest/resources.ts";
import { extractAll } from "../../ingest/run-ingest.ts";
import { readManifest } from "../../ingest/stages/manifest.ts";
import { manifestInputs } from "../../ingest/stages/read-documents.ts";
import type { ExtractedDocument } from "../../ingest/model.ts";
import { fold, readGold, type GoldRelation } from "./gold.ts";
import { add, emptyScore, row, type Score } from "./score.ts";

const gold = readGold();
const manifest = await readManifest();
const docOf = new Map(manifest.map((m) => [(m.origin ?? "").slice(0, 3), m.id]));
const { extracted, failures } = await extractAll(await manifestInputs(), await loadResources(), SILENT);
if (failures.length > 0) throw new Error(`extraction failed: ${failures.map((f) => f.error).join("; ")}`);

/** Every predicted entity with all its names. */
function predictedEntities(docs: readonly ExtractedDocument[]): Map<string, { type: string; names: Set<string> }> {
  const found = new Map<string, { type: string; names: Set<string> }>();
  for (const doc of docs) {
    for (const e of doc.entities) {
      const known = found.get(e.id) ?? { type: e.type, names: new Set<string>() };
      for (const n of [e.name, ...e.aliases]) known.names.add(fold(n));
      found.set(e.id, known);
    }
    for (const m of doc.mentions) found.get(m.entityId)?.names.add(fold(m.surface));
  }
  return found;
}
const entities = predictedEntities(extracted);
const overlaps = (names: Set<string>, goldNames: string[]) => goldNames.some((n) => names.has(fold(n)));
const goldNames = (name: string) => {
  const g = gold.entities.find((e) => fold(e.name) === fold(name) || e.aliases.some((a) => fold(a) === fold(name)));
  return g ? [g.name, ...g.aliases] : [name];
};

// Entities
const entityScores = new Map<string, Score>();
const score = (map: Map<string, Score>, key: string) => map.get(key) ?? (map.set(key, emptyScore()), map.get(key) as Score);
for (const g of gold.entities) {
  const s = score(entityScores, g.type);
  s.gold++;
  if ([...entities.values()].some((p) => p.type === g.type && overlaps(p.names, [g.name, ...g.aliases]))) s.found++;
}
const missedEntities = gold.entities.filter((g) => ![...entities.values()].some((p) => p.type === g.type && overlaps(p.names, [g.name, ...g.aliases])));
const wrongEntities: string[] = [];
for (const [, p] of entities) {
  const s = score(entityScores, p.type);
  s.predicted++;
  const touching = gold.entities.filter((g) => overlaps(p.names, [g.name, ...g.aliases]));
  if (touching.length > 0) s.judged++;
  if (touching.some((g) => g.type === p.type)) s.correct++;
  else if (touching.length > 0) wrongEntities.push(`${[...p.names][0]} as ${p.type} (gold: ${touching[0]?.type})`);
}

// Relations
const nameSet = (id: string) => entities.get(id)?.names ?? new Set<string>();
const sentenceText = (doc: ExtractedDocument, index: number) => fold(doc.sentences[index]?.text ?? "");
const goldQuotes = (docId: string, list: { doc: string; quote: string }[]) => list.filter((g) => docOf.get(g.doc) === docId).map((g) => fold(g.quote));
const annotated = (text: string, quotes: string[]) => quotes.some((q) => text.includes(q) || q.includes(text));
const relationScores = new Map<string, Score>();
const predictedRelations = extracted.flatMap((doc) => doc.relations.map((r) => ({ r, doc })));
const relMatches = (g: GoldRelation, r: { type: string; fromId: string; toId: string }) =>
  r.type === g.type && overlaps(nameSet(r.fromId), goldNames(g.from)) && overlaps(nameSet(r.toId), goldNames(g.to));
for (const g of gold.relations) {
  const s = score(relationScores, g.type);
  s.gold++;
  if (predictedRelations.some(({ r }) => relMatches(g, r))) s.found++;
}
const seenFacts = new Set<string>();
const wrongRelations: string[] = [];
for (const { r, doc } of predictedRelations) {
  const key = `${r.type}|${r.fromId}|${r.toId}|${doc.document.id}|${r.evidence.sentenceIndex}`;
  if (seenFacts.has(key)) continue;
  seenFacts.add(key);
  const s = score(relationScores, r.type);
  s.predicted++;
  if (!annotated(sentenceText(doc, r.evidence.sentenceIndex), goldQuotes(doc.document.id, gold.relations))) continue;
  s.judged++;
  if (gold.relations.some((g) => relMatches(g, r))) s.correct++;
  else wrongRelations.push(`${[...nameSet(r.fromId)][0]} -${r.type}-> ${[...nameSet(r.toId)][0]}  「${r.evidence.quote.slice(0, 50)}」`);
}
const missedRelations = gold.relations.filter((g) => !predictedRelations.some(({ r }) => relMatches(g, r)));

// Indicator values
const values = extracted.flatMap((doc) => doc.indicators.map((v) => ({ v, doc })));
const valueMatches = (g: (typeof gold.indicators)[number], v: (typeof values)[number]["v"]) =>
  Math.abs(v.value - g.value) < 1e-9 && v.unit === g.unit && v.year === g.year && (fold(v.metric).includes(fold(g.metric)) || fold(g.metric).includes(fold(v.metric)));
const indicatorScore = emptyScore();
for (const g of gold.indicators) {
  indicatorScore.gold++;
  if (values.some(({ v }) => valueMatches(g, v))) indicatorScore.found++;
}
const wrongValues: string[] = [];
for (const { v, doc } of values) {
  indicatorScore.predicted++;
  if (!annotated(sentenceText(doc, v.evidence.sentenceIndex), goldQuotes(doc.document.id, gold.indicators))) continue;
  indicatorScore.judged++;
  if (gold.indicators.some((g) => valueMatches(g, v))) indicatorScore.correct++;
  else wrongValues.push(`${v.metric} ${v.value}${v.unit} ${v.year ?? "?"} ${v.kind}  「${v.evidence.quote.slice(0, 40)}」`);
}
const kindCorrect = gold.indicators.filter((g) => values.some(({ v }) => valueMatches(g, v) && v.kind === g.kind)).length;

// Report
const head = ["", "gold", "predicted", "recall", "P (judged)", "P (strict)"];
const print = (title: string, scores: Map<string, Score>) => {
  const table = new Table({ head: [title, ...head.slice(1)] });
  let total = emptyScore();
  for (const [key, s] of [...scores.entries()].sort()) {
    table.push(row(key, s));
    total = add(total, s);
  }
  table.push(row("ALL", total));
  console.log(table.toString());
  return total;
};
const entityTotal = print("entities", entityScores);
const relationTotal = print("relations", relationScores);
const valuesTable = new Table({ head: ["indicator values", ...head.slice(1)] });
valuesTable.push(row("ALL", indicatorScore));
console.log(valuesTable.toString());
console.log(`indicator kind (actual/estimate/target) right on ${kindCorrect} of ${indicatorScore.found} found values`);

const verbose = process.argv.includes("--verbose");
const list = (title: string, items: string[]) => {
  if (!verbose || items.length === 0) return;
  console.log(`\n${title} (${items.length}):`);
  for (const item of items) console.log(`  ${item}`);
};
list("missed entities", missedEntities.map((g) => `${g.name} [${g.type}]`));
list("entities with the wrong type", wrongEntities);
list("missed relations", missedRelations.map((g) => `${g.from} -${g.type}-> ${g.to}  「${g.quote.slice(0, 50)}」`));
list("relations the gold does not have (in annotated sentences)", wrongRelations);
list("values the gold does not have (in annotated sentences)", wrongValues);

const ok = (s: Score, p: number, r: number) => s.correct / Math.max(1, s.judged) >= p && s.found / Math.max(1, s.gold) >= r;
const pass = ok(entityTotal, 0.95, 0.9) && ok(relationTotal, 0.9, 0.75);
console.log(`\ntargets (entities P≥0.95 R≥0.90, relations P≥0.90 R≥0.75, judged precision): ${pass ? "met" : "NOT met"}`);
if (!verbose) console.log("(--verbose lists every miss and every unmatched prediction)");

// The same corpus without its curated list: what recognition finds on its own, as on a report nobody curated.
{
  const bare = await extractAll(await manifestInputs(), await loadResources(undefined, { curated: false }), SILENT);
  const rows = [
    ["with the curated list", entities],
    ["without the curated list", predictedEntities(bare.extracted)],
  ] as const;
  const table = new Table({ head: ["entities, all types", "gold", "predicted", "recall", "P (judged)"] });
  for (const [label, predicted] of rows) {
    const found = gold.entities.filter((g) => [...predicted.values()].some((p) => p.type === g.type && overlaps(p.names, [g.name, ...g.aliases]))).length;
    const judged = [...predicted.values()].filter((p) => gold.entities.some((g) => overlaps(p.names, [g.name, ...g.aliases])));
    const correct = judged.filter((p) => gold.entities.some((g) => g.type === p.type && overlaps(p.names, [g.name, ...g.aliases]))).length;
    table.push([label, gold.entities.length, predicted.size, (found / gold.entities.length).toFixed(3), (correct / Math.max(1, judged.length)).toFixed(3)]);
  }
  console.log(table.toString());
  if (verbose) {
    const bareFound = [...rows[1][1].values()];
    const missed = gold.entities.filter((g) => !bareFound.some((p) => p.type === g.type && overlaps(p.names, [g.name, ...g.aliases])));
    console.log(`\nmissed without the curated list (${missed.length}):`);
    for (const g of missed) {
      const other = bareFound.find((p) => overlaps(p.names, [g.name, ...g.aliases]));
      console.log(`  ${g.type} ${g.name}${other === undefined ? "" : ` (found as ${other.type})`}`);
    }
  }
}

/**
 * The mention finder over the five corpus texts: counts by type and source are printed (run with
 * `npx vitest run test/unit/ingest/corpus-mentions.test.ts`), and names the patterns must find without
 * any lexicon — as on a report never seen — are checked, with descriptions they must not take for names.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { buildLexiconIndex, parseLexicon, parseMetrics, type LexiconIndex } from "../../../ingest/operations/names/lexicon.ts";
import { normalizeText } from "../../../ingest/operations/text/normalize-text.ts";
import { resolveEntities } from "../../../ingest/operations/names/resolve-entities.ts";
import { splitSentences } from "../../../ingest/operations/text/split-sentences.ts";
import type { Mention, Sentence } from "../../../ingest/model.ts";
import { emptyLexicon } from "./fixtures/lexicon-fixture.ts";

const CORPUS = new URL("../../../ingest/data/corpus/", import.meta.url);
const DATA = new URL("../../../ingest/data/", import.meta.url);

const documents: { file: string; sentences: Sentence[] }[] = readdirSync(CORPUS)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, sentences: splitSentences(normalizeText(readFileSync(new URL(file, CORPUS), "utf8"))) }));

/** Mentions per document, with the time the finder took. */
function run(lexicon: LexiconIndex): { mentions: Mention[][]; ms: number } {
  const t0 = performance.now();
  const mentions = documents.map((doc) => findMentions(doc.sentences, lexicon));
  return { mentions, ms: performance.now() - t0 };
}

/** Prints a type × source table of mention counts. */
function printCounts(title: string, mentions: readonly Mention[], ms: number): void {
  const counts = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const row = counts.get(m.type) ?? new Map<string, number>();
    row.set(m.source, (row.get(m.source) ?? 0) + 1);
    counts.set(m.type, row);
  }
  const sources = ["lexicon", "pattern", "quoted", "segmenter"];
  const lines = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([type, row]) => `${type.padEnd(12)}${sources.map((s) => String(row.get(s) ?? 0).padStart(10)).join("")}`);
  console.log(
    [`${title}: ${mentions.length} mentions in ${ms.toFixed(0)} ms`, `${"".padEnd(12)}${sources.map((s) => s.padStart(10)).join("")}`, ...lines].join("\n"),
  );
}

/** True when every mention's span holds its surface. */
function spansHold(mentions: readonly Mention[][]): boolean {
  return mentions.every((list, d) => list.every((m) => documents[d]?.sentences[m.sentenceIndex]?.text.slice(m.start, m.end) === m.surface));
}

describe("mentions over the corpus", () => {
  it("has the five documents", () => {
    expect(documents).toHaveLength(5);
  });

  it("finds the corpus's organisations, parks, projects, events and people without a lexicon", () => {
    const { mentions, ms } = run(emptyLexicon());
    const all = mentions.flat();
    printCounts("no lexicon", all, ms);
    expect(spansHold(mentions)).toBe(true);
    const surfaces = new Set(all.map((m) => `${m.type}:${m.surface}`));
    const expected = [
      "Institution:山东未来网络研究院",
      "Institution:济南能源互联网产业研究院",
      "Institution:山东安可区块链产业发展研究院",
      "Institution:山东大学创新药物研究院",
      "Institution:法国鲁昂高等电子工程学院山东校区",
      "Institution:育英中学",
      "Institution:南上山街小学",
      "Institution:省妇幼保健院",
      "Enterprise:国家管网集团山东总部",
      "Enterprise:国家石油天然气管网集团有限公司山东省分公司",
      "Enterprise:山东中轨铁投城市建设发展有限公司",
      "Enterprise:山东华链医疗科技有限公司",
      "Enterprise:榆济管道公司",
      "Enterprise:中石油山东分公司",
      "Platform:山东大学国家大学科技园",
      "Platform:山东数字经济产业园",
      "Platform:山东新金融产业园",
      "Platform:中科5G产业园",
      "Platform:玲珑轮胎研发科创基地",
      "Platform:万科望岳创新中心",
      "Platform:龙玺大厦",
      "Platform:国家科技领军人才创新创业(济南)基地",
      "Area:老商埠片区",
      "Area:大观园片区",
      "Area:二七片区",
      "Project:上新街项目",
      "Project:洁源新能源电池项目",
      "Project:机床一厂",
      // The corpus writes both with their edition, which is part of the mention (the series' name is an alias).
      "Event:第四届济南玉符河文化旅游节",
      "Event:第五届双品网购节",
      "Person:林萍萍",
      "Person:李梓涵",
      "Person:鞠正江",
      "Industry:科技文创",
      "Policy:安全生产专项整治三年行动",
    ];
    expect(expected.filter((name) => !surfaces.has(name))).toEqual([]);
    const descriptions = ["以人民为中心", "教师成长基地", "数字经济创新中心", "日间照料中心", "民生工程", "集体经济项目", "科技孵化器", "技术创新中心"];
    expect(all.filter((m) => descriptions.some((d) => m.surface.endsWith(d)))).toEqual([]);
  });

  it.skipIf(!existsSync(new URL("corpus/curated-names.json", DATA)))("runs with the curated lexicon and resolves every mention", () => {
    const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DATA), "utf8"));
    const lexicon = buildLexiconIndex(parseLexicon(read("corpus/curated-names.json"), "curated-names.json"), parseMetrics(read("metrics.json"), "metrics.json"));
    const { mentions, ms } = run(lexicon);
    printCounts("curated lexicon", mentions.flat(), ms);
    expect(spansHold(mentions)).toBe(true);
    for (const list of mentions) {
      const { entities, mentions: resolved } = resolveEntities(list, lexicon);
      const ids = new Set(entities.map((e) => e.id));
      expect(resolved.every((m) => ids.has(m.entityId))).toBe(true);
    }
  });
});

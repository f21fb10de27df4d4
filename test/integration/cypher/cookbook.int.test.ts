/**
 * Every cookbook query on the real five-document corpus graph, one `it` per query (named "<query>: …"; a unit test
 * checks that none is missing). Expected names are facts the corpus states, quoted in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCookbookQuery } from "../../../src/cookbook/index.ts";
import type { Db } from "../../../src/db/index.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

describe("the cookbook on the ingested corpus", () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
    const report = await ingestCorpus(db);
    expect(report.failed).toBe(0);
  });
  afterAll(async () => db.close());

  const rows = async <T,>(name: string, params: Record<string, unknown> = {}): Promise<T[]> =>
    (await runCookbookQuery(db, name, params, 30_000)).rows as unknown as T[];

  it("projects-serving: the Central Commercial Port Area builds the Jinan Hotel and Shangxin Street projects", async () => {
    // 2024: "中央商埠区加快建设济南宾馆、上新街项目"
    type Row = { project: string; target: string; via: string[]; documents: string[]; quote: string };
    const result = await rows<Row>("projects-serving", { target: "中央商埠区" });
    expect(result.map((r) => r.project)).toEqual(expect.arrayContaining(["济南宾馆项目", "上新街片区更新项目"]));
    expect(new Set(result.map((r) => r.target))).toEqual(new Set(["济南中央商埠区"]));
    const hotel = result.find((r) => r.project === "济南宾馆项目");
    expect(hotel?.quote).toContain("济南宾馆");
    expect(hotel?.documents.length).toBeGreaterThan(0);
    // An English alias finds the same strategy.
    const byAlias = await rows<Row>("projects-serving", { target: "Central Commercial Port Area" });
    expect(byAlias.map((r) => r.project)).toEqual(result.map((r) => r.project));
    // 2023 report: "加快中央活力区产业导入，推动工业4.0产业基地、京东产业园、建材产业总部基地等优质项目尽快落地"
    const vitality = await rows<Row>("projects-serving", { target: "中央活力区" });
    expect(vitality.map((r) => r.project)).toEqual(expect.arrayContaining(["京东产业园", "工业4.0产业基地", "建材产业总部基地"]));
  });

  it("enterprises-by-industry: iFlytek and SenseTime in the digital economy", async () => {
    // 2024-01: "在数字经济方面，……引进科大讯飞、商汤科技等多家头部企业"
    const result = await rows<{ enterprise: string; industry: string; quote: string }>("enterprises-by-industry", { industry: "数字经济" });
    expect(result.map((r) => r.enterprise)).toEqual(expect.arrayContaining(["科大讯飞", "商汤科技"]));
    expect(result.every((r) => r.industry === "数字经济" && r.quote.length > 0)).toBe(true);
  });

  it("institution-links: the district relies on the Shandong Future Network Research Institute", async () => {
    // 2023-07: "市中区牢牢抓住人才这个关键要素，依托山东大学国家大学科技园、山东未来网络研究院等"
    type Row = { institution: string; direction: string; relation: string; other: string; quote: string };
    const result = await rows<Row>("institution-links", { institution: "山东未来网络研究院" });
    expect(result).toEqual(
      expect.arrayContaining([expect.objectContaining({ direction: "in", relation: "RELIES_ON", other: "济南市市中区" })]),
    );
    expect(result.every((r) => r.institution === "山东未来网络研究院" && r.quote.length > 0)).toBe(true);
  });

  it("areas-by-project-count: the district leads, with the battery project it brought in", async () => {
    // 2024: "市中区引进洁源新能源电池项目"
    const result = await rows<{ area: string; projectCount: number; projects: string[] }>("areas-by-project-count", { limit: 5 });
    expect(result.length).toBeGreaterThan(0);
    expect(result.length).toBeLessThanOrEqual(5);
    const district = result.find((r) => r.area === "济南市市中区");
    expect(district?.projects).toContain("洁源国能PACK电池项目");
    const counts = result.map((r) => r.projectCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("project-timeline: the Jinan Hotel project started in 2022 and was under construction in 2024", async () => {
    // The 2023 report, looking back at 2022: "济南宾馆、上新街项目开工建设"; 2024: "中央商埠区加快建设济南宾馆、上新街项目"
    type Row = { project: string; year: number | null; kind: string; what: string; reportedAt: string };
    const result = await rows<Row>("project-timeline", { project: "济南宾馆项目" });
    const milestones = result.filter((r) => r.kind === "milestone");
    expect(milestones).toEqual(expect.arrayContaining([expect.objectContaining({ what: "started", year: 2022, reportedAt: "2023-01-05" })]));
    expect(result.some((r) => r.kind === "relation" && r.what.includes("济南中央商埠区"))).toBe(true);
    const years = milestones.flatMap((r) => (r.year === null ? [] : [r.year]));
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it("indicator-by-year: GDP 558.5 (2012) and 1161.7 (2021) 亿元 actual, 1300 estimated for 2022, growth target 6%", async () => {
    // 2022-06: "地区生产总值实现翻倍增长，从2012年的558.5亿元……达到了2021年的1161.7亿元";
    // the 2023 report on 2022: "地区生产总值预计达到1300亿元"; 2024: "地区生产总值增长6%"
    type Row = { year: number | null; metric: string; unit: string; actual: number[]; estimate: number[]; target: number[] };
    const result = await rows<Row>("indicator-by-year", { indicator: "地区生产总值" });
    const at = (year: number, metric: string) => result.find((r) => r.year === year && r.metric === metric);
    expect(at(2012, "地区生产总值")).toMatchObject({ unit: "亿元", actual: [558.5] });
    expect(at(2021, "地区生产总值")).toMatchObject({ unit: "亿元", actual: [1161.7] });
    expect(at(2022, "地区生产总值")).toMatchObject({ unit: "亿元", estimate: [1300] });
    expect(at(2024, "地区生产总值增长")).toMatchObject({ unit: "%", target: [6] });
  });

  it("entity-quotes: the Central Vitality Area in four documents, each quote naming it", async () => {
    type Row = { entity: string; document: string; quote: string; writtenAs: string[] };
    const result = await rows<Row>("entity-quotes", { name: "中央活力区" });
    expect(new Set(result.map((r) => r.entity))).toEqual(new Set(["济南中央活力区"]));
    expect(new Set(result.map((r) => r.document)).size).toBeGreaterThanOrEqual(4);
    expect(result.map((r) => r.document)).toContain("2023年济南市市中区政府工作报告");
    for (const r of result) expect(r.writtenAs.some((surface) => r.quote.includes(surface))).toBe(true);
  });

  it("shortest-path: JD Industrial Park and Zhongbo Lingchuang Times meet in the Central Vitality Area", async () => {
    // 2023 report: "加快中央活力区产业导入，推动……京东产业园……尽快落地"; 2023-07: "中央活力区……中博领创时代等一批重点项目"
    type Row = { from: string; to: string; hops: number; names: string[]; steps: string[]; quotes: string[] };
    const result = await rows<Row>("shortest-path", { from: "京东产业园", to: "中博领创时代" });
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) {
      expect(r.names[0]).toBe("京东产业园");
      expect(r.names.at(-1)).toBe("中博领创时代");
      expect(r.steps).toHaveLength(r.hops);
      expect(r.quotes.every((q) => q.length > 0)).toBe(true);
    }
    expect(result[0]?.hops).toBeLessThanOrEqual(2);
    expect(result.some((r) => r.names.includes("济南中央活力区"))).toBe(true);
    // An alias on one end: the district by its short name.
    const district = await rows<Row>("shortest-path", { from: "商汤科技", to: "市中区" });
    expect(district[0]?.names.at(-1)).toBe("济南市市中区");
  });

  it("co-mentioned: the three district strategies are named together", async () => {
    // 2023-07: "高标准推进济南中央活力区、济南中央商埠区、山东能源互联网产业集聚区三大战略"
    type Row = { entity: string; mentionedWith: string; sentenceCount: number; documentCount: number; example: string };
    const result = await rows<Row>("co-mentioned", { name: "济南中央活力区", limit: 10 });
    const partner = (name: string) => result.find((r) => r.mentionedWith === name);
    expect(partner("济南中央商埠区")?.sentenceCount).toBeGreaterThanOrEqual(3);
    expect(partner("山东能源互联网产业集聚区")?.documentCount).toBeGreaterThanOrEqual(2);
    expect(result.length).toBeLessThanOrEqual(10);
  });

  it("degree-ranking: the district is the most connected entity", async () => {
    const result = await rows<{ entity: string; relations: number }>("degree-ranking", { limit: 10 });
    expect(result[0]?.entity).toBe("济南市市中区");
    const degrees = result.map((r) => r.relations);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });

  it("overlapping-aliases: names inside other names, such as 山东大学 in 山东大学创新药物研究院", async () => {
    type Row = { overlap: string; entity: string; otherEntity: string; names: string[] };
    const result = await rows<Row>("overlapping-aliases");
    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ overlap: "contained", entity: "山东大学", otherEntity: "山东大学创新药物研究院" }),
        expect.objectContaining({ overlap: "contained", entity: "英雄山", otherEntity: "英雄山路" }),
      ]),
    );
    expect(result.every((r) => r.names.length > 0 && r.entity !== r.otherEntity)).toBe(true);
  });

  it("orphan-entities: projects without relations, and none that has one", async () => {
    const result = await rows<{ entity: string; type: string; mentions: number }>("orphan-entities", { type: "Project" });
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((r) => r.type === "Project" && r.mentions > 0)).toBe(true);
    expect(result.map((r) => r.entity)).not.toContain("济南宾馆项目");
    const linked = await db.rows<{ name: string }>({
      cypher: "MATCH (p:Project)-[]-(:Entity) WHERE p.name IN $names RETURN DISTINCT p.name AS name",
      params: { names: result.map((r) => r.entity) },
    });
    expect(linked).toEqual([]);
    const all = await rows<{ type: string }>("orphan-entities");
    expect(new Set(all.map((r) => r.type)).size).toBeGreaterThan(1);
  });

  it("relations-by-document: every document states relations, and the counts add up", async () => {
    type Row = { documentId: string; relation: string; relations: number };
    const result = await rows<Row>("relations-by-document");
    expect(new Set(result.map((r) => r.documentId))).toEqual(new Set(["2020-review", "2022-ten-years", "2023-midyear", "2023-work-report", "2024-two-sessions"]));
    // 2023-07: "市中区聚焦现代金融、数字经济、能源互联、都市工业、高端商贸五大主导产业"
    expect(result.find((r) => r.documentId === "2023-midyear" && r.relation === "PROMOTES")?.relations).toBeGreaterThanOrEqual(3);
    const [expected] = await db.rows<{ n: number }>({
      cypher: "MATCH (:Entity)-[r]->(:Entity) UNWIND r.evidenceDocumentIds AS d WITH DISTINCT r, d RETURN count(*) AS n",
    });
    expect(result.reduce((sum, r) => sum + r.relations, 0)).toBe(expected?.n);
  });

  it("indicator-changes-between-documents: GDP from 1161.7 (2021) to 1300 (2022) 亿元", async () => {
    type Row = { subject: string; metric: string; unit: string; earlierYear: string; earlierValue: number; laterYear: string; laterValue: number; change: number };
    const result = await rows<Row>("indicator-changes-between-documents", { earlier: "2022-ten-years", later: "2023年济南市市中区政府工作报告" });
    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: "济南市市中区", metric: "地区生产总值", unit: "亿元", earlierYear: "2021", earlierValue: 1161.7, laterYear: "2022", laterValue: 1300, change: 138.3 }),
      ]),
    );
  });

  it("new-in-latest-document: the January 2024 feature introduces SenseTime and iFlytek", async () => {
    // 2024-01: "引进科大讯飞、商汤科技等多家头部企业" — neither is named in an earlier document.
    type Row = { document: string; publishedAt: string; entity: string; type: string; firstQuote: string };
    const result = await rows<Row>("new-in-latest-document");
    expect(new Set(result.map((r) => r.publishedAt))).toEqual(new Set(["2024-01"]));
    expect(result.map((r) => r.entity)).toEqual(expect.arrayContaining(["商汤科技", "科大讯飞"]));
    expect(result.map((r) => r.entity)).not.toContain("济南市市中区");
    expect(result.find((r) => r.entity === "商汤科技")?.firstQuote).toContain("商汤科技");
  });

  it("industries-promoted: the district's five leading industries", async () => {
    // 2023-07: "市中区聚焦现代金融、数字经济、能源互联、都市工业、高端商贸五大主导产业"
    const result = await rows<{ target: string; industry: string; via: string[] }>("industries-promoted", { target: "市中区" });
    expect(result.map((r) => r.industry)).toEqual(expect.arrayContaining(["现代金融", "数字经济", "能源互联", "都市工业", "高端商贸"]));
    expect(result.every((r) => r.target === "济南市市中区")).toBe(true);
  });

  it("find-entity: a two-character fragment finds whole names", async () => {
    const result = await rows<{ entity: string }>("find-entity", { text: "商埠" });
    expect(result.map((r) => r.entity)).toEqual(expect.arrayContaining(["济南中央商埠区", "老商埠片区"]));
  });

  it("document-indicators: the 2024 targets and results", async () => {
    // 2024-01: "地区生产总值增长6%"; "新增城镇就业2.3万人"
    type Row = { metric: string; kind: string; year: number | null; value: number; unit: string; quote: string };
    const result = await rows<Row>("document-indicators", { document: "2024-two-sessions" });
    expect(result).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: "地区生产总值增长", kind: "target", year: 2024, value: 6, unit: "%" }),
        expect.objectContaining({ metric: "新增城镇就业", kind: "actual", value: 2.3, unit: "万人" }),
      ]),
    );
    expect(result.every((r) => r.quote.length > 0)).toBe(true);
  });

  it("strategy-overview: the Central Commercial Port Area's projects", async () => {
    const result = await rows<{ strategy: string; type: string; entity: string; relations: string[] }>("strategy-overview", { strategy: "中央商埠区" });
    expect(result).toEqual(expect.arrayContaining([expect.objectContaining({ strategy: "济南中央商埠区", type: "Project", entity: "济南宾馆项目" })]));
  });

  it("milestones-by-status: projects started in 2022", async () => {
    // The 2023 report, looking back at 2022: "济南宾馆、上新街项目开工建设"; "山东未来云谷等12个项目顺利开工"
    const result = await rows<{ project: string; year: number | null }>("milestones-by-status", { status: "started" });
    expect(result).toEqual(
      expect.arrayContaining([expect.objectContaining({ project: "济南宾馆项目", year: 2022 }), expect.objectContaining({ project: "山东未来云谷", year: 2022 })]),
    );
  });
});

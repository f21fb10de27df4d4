/**
 * The API on the real corpus graph: every semantic field and the generated API, checked against what the
 * graph holds (read with plain Cypher in the test), plus a few synthetic facts for what the five texts
 * do not show (sub-areas, conflicting figures), under names no text uses.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../src/db/index.ts";
import { RELATION_TYPES } from "../../../src/graph/contract.ts";
import { startTestApi, type TestApi } from "../../helpers/api-server.ts";
import { ingestCorpus } from "../../helpers/corpus-graph.ts";
import { openTestDb } from "../../helpers/test-neo4j.ts";

interface EntityOut {
  id: string;
  name: string;
  type: string;
}
interface HopOut {
  from: EntityOut;
  relation: string;
  to: EntityOut;
  evidence: { quote: string; documentId: string; documentTitle: string; publishedAt: string | null }[];
}

const ENTITY = "id name type";
const HOP = `from { ${ENTITY} } relation to { ${ENTITY} } year evidence { quote documentId documentTitle publishedAt }`;

let db: Db;
let api: TestApi;

beforeAll(async () => {
  db = await openTestDb();
  const report = await ingestCorpus(db);
  expect(report.failed).toBe(0);
  await addSyntheticFacts(db);
  api = await startTestApi(db);
});

afterAll(async () => {
  await api?.server.close();
  await db?.close();
});

/** Rows of plain Cypher, to check the API against. */
async function cypher<T>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.rows<T>({ cypher: query, params }, "READ");
}

/** Asserts a successful response and returns its data. */
async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await api.gql<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return response.data as T;
}

function expectEvidence(hop: HopOut): void {
  expect(hop.evidence.length, `${hop.from.name} ${hop.relation} ${hop.to.name}`).toBeGreaterThan(0);
  for (const e of hop.evidence) {
    expect(e.quote.length).toBeGreaterThan(0);
    expect(e.documentTitle.length).toBeGreaterThan(0);
  }
}

describe("entity", () => {
  it("resolves the Chinese name, aliases and English names (any case) to one entity", async () => {
    const names = ["济南中央活力区", "中央活力区", "Central Vitality Area", "central vitality area", "CVA"];
    const found = await Promise.all(names.map((name) => data<{ entity: EntityOut }>(`query($n: String!) { entity(name: $n) { ${ENTITY} } }`, { n: name })));
    expect(new Set(found.map((f) => f.entity.id)).size).toBe(1);
    expect(found[0]?.entity).toMatchObject({ name: "济南中央活力区", type: "Strategy" });
  });

  it("resolves a partial name and honours the type filter", async () => {
    const { entity } = await data<{ entity: EntityOut }>(`{ entity(name: "上新街", types: [Project]) { ${ENTITY} } }`);
    expect(entity.type).toBe("Project");
    expect(entity.name).toContain("上新街");
  });

  it("is null for a name nothing matches, and for one character that is only part of names", async () => {
    expect(await data(`{ entity(name: "完全不存在的名字") { id } }`)).toEqual({ entity: null });
    expect(await data(`{ entity(name: "区") { id } }`)).toEqual({ entity: null });
  });

  it("refuses to guess between entities a name fits equally well, and lists them", async () => {
    const response = await api.gql(`{ entity(name: "中央") { id } }`);
    const error = response.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "name", reason: "AMBIGUOUS_NAME" });
    const names = (error?.extensions?.candidates as { name: string }[]).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["济南中央活力区", "济南中央商埠区"]));
  });
});

describe("search", () => {
  it("ranks the exact name first, with score 1", async () => {
    const { search } = await data<{ search: { entity: EntityOut; score: number; matchedBy: string }[] }>(
      `{ search(query: "济南中央活力区") { entity { ${ENTITY} } score matchedBy } }`,
    );
    expect(search[0]).toMatchObject({ entity: { name: "济南中央活力区" }, score: 1, matchedBy: "NAME" });
    const scores = search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("finds English names in any case, and parts of names", async () => {
    const { en, part } = await data<{ en: { entity: EntityOut; matchedBy: string }[]; part: { entity: EntityOut; matchedBy: string; matched: string }[] }>(
      `{ en: search(query: "CENTRAL VITALITY AREA") { entity { name } matchedBy }
         part: search(query: "活力", types: [Strategy]) { entity { name type } matchedBy matched } }`,
    );
    expect(en[0]).toMatchObject({ entity: { name: "济南中央活力区" }, matchedBy: "ENGLISH" });
    expect(part.map((h) => h.entity.name)).toContain("济南中央活力区");
    for (const hit of part) expect(hit).toMatchObject({ entity: { type: "Strategy" }, matchedBy: "PARTIAL" });
  });

  it("answers a one-character query (which full-text cannot) and keeps to the limit", async () => {
    const { search } = await data<{ search: { entity: EntityOut; matched: string }[] }>(`{ search(query: "区", limit: 3) { entity { name } matched } }`);
    expect(search).toHaveLength(3);
    for (const hit of search) expect(hit.matched).toContain("区");
  });

  it("rejects a limit out of 1..100", async () => {
    const response = await api.gql(`{ search(query: "区", limit: 101) { score } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "limit" } });
  });
});

describe("projectsServing", () => {
  type Serving = { project: EntityOut; explanation: string; direct: boolean; path: HopOut[] };
  const QUERY = `query($t: String!) { projectsServing(target: $t) { project { ${ENTITY} } explanation direct path { ${HOP} } } }`;

  it("lists every project linked to the Central Vitality Area, each with its path and evidence", async () => {
    const { projectsServing } = await data<{ projectsServing: Serving[] }>(QUERY, { t: "Central Vitality Area" });
    const direct = await cypher<{ name: string }>(
      `MATCH (t:Entity {name: "济南中央活力区"})
       CALL (t) {
         MATCH (p:Project)-[:SERVES|LOCATED_IN|PART_OF]->(t) RETURN p
         UNION MATCH (t)-[:BUILDS]->(p:Project) RETURN p
       }
       RETURN DISTINCT p.name AS name`,
    );
    expect(direct.length).toBeGreaterThan(0);
    expect(projectsServing.map((s) => s.project.name)).toEqual(expect.arrayContaining(direct.map((d) => d.name)));
    for (const serving of projectsServing) {
      expect(serving.path.length).toBeGreaterThan(0);
      const first = serving.path[0] as HopOut;
      const last = serving.path.at(-1) as HopOut;
      expect([first.from.id, first.to.id]).toContain(serving.project.id);
      expect([last.from.name, last.to.name]).toContain("济南中央活力区");
      expect(serving.explanation.startsWith(serving.project.name)).toBe(true);
      serving.path.forEach(expectEvidence);
    }
  });

  it("includes projects of the areas inside the target, through PART_OF and LOCATED_IN", async () => {
    const { projectsServing } = await data<{ projectsServing: Serving[] }>(QUERY, { t: "测试战略甲" });
    expect(projectsServing.map((s) => [s.project.name, s.direct, s.explanation])).toEqual([
      ["测试直属项目", true, "测试直属项目 —SERVES→ 测试战略甲"],
      ["测试片区项目", false, "测试片区项目 —LOCATED_IN→ 测试片区乙 —PART_OF→ 测试战略甲"],
    ]);
  });

  it("says NOT_FOUND, naming the type, when the target is not an area or strategy", async () => {
    const response = await api.gql(`{ projectsServing(target: "测试直属项目") { direct } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", argument: "target" } });
    expect(response.errors?.[0]?.message).toContain("Project");
  });
});

describe("related", () => {
  type Related = { entity: EntityOut; distance: number; path: HopOut[]; explanation: string };

  it("returns exactly the direct neighbours at depth 1, with evidence", async () => {
    const { related } = await data<{ related: Related[] }>(`{ related(name: "山东未来网络研究院") { entity { ${ENTITY} } distance path { ${HOP} } } }`);
    const neighbours = await cypher<{ name: string }>(
      `MATCH (e:Entity {name: "山东未来网络研究院"})-[r]-(o:Entity) WHERE type(r) IN $types AND o <> e RETURN DISTINCT o.name AS name`,
      { types: [...RELATION_TYPES] },
    );
    expect(neighbours.length).toBeGreaterThan(0);
    expect(related.map((r) => r.entity.name).sort()).toEqual(neighbours.map((n) => n.name).sort());
    for (const r of related) {
      expect(r.distance).toBe(1);
      r.path.forEach(expectEvidence);
    }
  });

  it("goes further with depth and narrows with relation types", async () => {
    const { deep, leads } = await data<{ deep: Related[]; leads: Related[] }>(
      `{ deep: related(name: "山东未来网络研究院", depth: 2, limit: 100) { entity { name } distance path { relation } }
         leads: related(name: "山东未来网络研究院", relationTypes: [LEADS]) { entity { name type } path { relation } } }`,
    );
    expect(deep.some((r) => r.distance === 2)).toBe(true);
    for (const r of deep) expect(r.path).toHaveLength(r.distance);
    const leaders = await cypher<{ name: string }>(`MATCH (p)-[:LEADS]->(:Entity {name: "山东未来网络研究院"}) RETURN p.name AS name`);
    expect(leads.map((r) => r.entity.name).sort()).toEqual(leaders.map((l) => l.name).sort());
  });

  it("rejects a depth outside 1..4", async () => {
    const response = await api.gql(`{ related(name: "山东未来网络研究院", depth: 5) { distance } }`);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "depth" } });
  });
});

describe("path", () => {
  type PathOut = { path: { length: number; explanation: string; hops: HopOut[]; from: EntityOut; to: EntityOut } | null };

  it("finds a shortest chain of entity relations, as long as plain Cypher's", async () => {
    const { path } = await data<PathOut>(`{ path(from: "测试片区项目", to: "Central Vitality Area") { length explanation from { name } to { name } hops { ${HOP} } } }`);
    expect(path).not.toBeNull();
    const [expected] = await cypher<{ length: number }>(
      `MATCH (a:Entity {name: "测试片区项目"}), (b:Entity {name: "济南中央活力区"})
       MATCH p = shortestPath((a)-[:${RELATION_TYPES.join("|")}*..4]-(b)) RETURN length(p) AS length`,
    );
    expect(path?.length).toBe(expected?.length);
    expect(path?.hops).toHaveLength(path?.length ?? -1);
    path?.hops.forEach(expectEvidence);
    expect(path?.explanation.startsWith("测试片区项目")).toBe(true);
  });

  it("is null when no chain is short enough, and empty from an entity to itself", async () => {
    const { short, self } = await data<{ short: PathOut["path"]; self: PathOut["path"] }>(
      `{ short: path(from: "测试片区项目", to: "测试战略甲", maxHops: 1) { length }
         self: path(from: "CVA", to: "济南中央活力区") { length hops { relation } } }`,
    );
    expect(short).toBeNull();
    expect(self).toEqual({ length: 0, hops: [] });
  });
});

describe("timeline", () => {
  type TimelineOut = {
    timeline: {
      entity: EntityOut;
      latestStatus: string | null;
      years: { year: number | null; milestones: { status: string; year: number | null; evidence: { quote: string }[] }[] }[];
      milestones: { status: string; year: number | null }[];
    };
  };

  it("gives a project's milestones by year, with status and evidence, by any of its names", async () => {
    const query = `query($n: String!) { timeline(name: $n) { entity { ${ENTITY} } latestStatus years { year milestones { status year evidence { quote } } } milestones { status year } } }`;
    const { timeline } = await data<TimelineOut>(query, { n: "上新街" });
    expect(timeline.entity.type).toBe("Project");
    const stored = await cypher<{ status: string; year: number | null }>(
      `MATCH (:Entity {id: $id})-[:HAS_MILESTONE]->(m:Milestone) RETURN m.status AS status, m.year AS year`,
      { id: timeline.entity.id },
    );
    expect(stored.length).toBeGreaterThan(0);
    const key = (m: { status: string; year: number | null }) => `${m.year} ${m.status}`;
    expect(timeline.milestones.map(key).sort()).toEqual(stored.map(key).sort());
    const years = timeline.years.map((y) => y.year).filter((y): y is number => y !== null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const year of timeline.years) for (const m of year.milestones) expect(m.evidence.length).toBeGreaterThan(0);
    // Opened in 2023 (the mid-year article); the 2024 plan to finish it does not undo what was reported.
    expect(timeline.milestones.at(-1)?.status).toBe("planned");
    expect(timeline.latestStatus).toBe("opened");

    const english = await data<TimelineOut>(query, { n: "Shangxin Street renewal project" });
    expect(english.timeline.entity.id).toBe(timeline.entity.id);
  });
});

describe("indicatorSeries", () => {
  type Row = { subject: { name: string }; year: number | null; unit: string; actual: number | null; estimate: number | null; target: number | null; gap: number | null; conflict: boolean; values: { value: number; evidence: { quote: string; documentId: string }[] }[] };
  type SeriesOut = { indicatorSeries: { metric: string; indicator: { name: string } | null; subject: { name: string } | null; years: Row[]; hasConflict: boolean } };
  const QUERY = `query($m: String!, $s: String) { indicatorSeries(metric: $m, subject: $s) { metric indicator { name } subject { name }
    years { subject { name } year unit actual estimate target gap conflict values { value evidence { quote documentId } } } hasConflict } }`;

  it("resolves GDP to 地区生产总值 and gives the district's 2021 figure with its evidence", async () => {
    const { indicatorSeries } = await data<SeriesOut>(QUERY, { m: "GDP", s: "市中区" });
    expect(indicatorSeries).toMatchObject({ metric: "地区生产总值", indicator: { name: "地区生产总值" }, subject: { name: "济南市市中区" } });
    const year2021 = indicatorSeries.years.find((y) => y.year === 2021 && y.unit === "亿元");
    expect(year2021).toMatchObject({ actual: 1161.7, conflict: false });
    expect(year2021?.values[0]?.evidence[0]?.quote).toContain("1161.7");
    const stored = await cypher<{ n: number }>(
      `MATCH (:Entity {name: "济南市市中区"})-[:HAS_VALUE]->(v:IndicatorValue {metric: "地区生产总值"}) RETURN count(v) AS n`,
    );
    expect(indicatorSeries.years.flatMap((y) => y.values)).toHaveLength(stored[0]?.n ?? -1);
  });

  it("puts actual against target with the gap, and flags documents that disagree", async () => {
    const { indicatorSeries } = await data<SeriesOut>(QUERY, { m: "地区生产总值", s: "测试区丙" });
    expect(indicatorSeries.years).toHaveLength(1);
    expect(indicatorSeries.years[0]).toMatchObject({ year: 2021, unit: "亿元", actual: 101.5, target: 100, gap: 1.5, conflict: true });
    expect(indicatorSeries.hasConflict).toBe(true);
  });

  it("says NOT_FOUND for an unknown metric", async () => {
    const response = await api.gql(QUERY, { m: "不存在的指标名称" });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "NOT_FOUND", argument: "metric" } });
  });
});

describe("the generated API", () => {
  it("filters through nested relationships and shows each relationship's evidence", async () => {
    const { projects } = await data<{
      projects: { name: string; aliases: string[]; locatedInConnection: { edges: { node: { name: string }; properties: { evidenceCount: number; evidence: { quote: string; documentTitle: string }[] } }[] } }[];
    }>(`{
      projects(where: { locatedIn: { some: { name: { eq: "济南中央活力区" } } } }, sort: [{ name: ASC }]) {
        name aliases
        locatedInConnection(where: { node: { name: { eq: "济南中央活力区" } } }) {
          edges { node { name } properties { evidenceCount evidence { quote documentTitle publishedAt } } }
        }
      }
    }`);
    const expected = await cypher<{ name: string }>(`MATCH (p:Project)-[:LOCATED_IN]->(:Entity {name: "济南中央活力区"}) RETURN p.name AS name ORDER BY name`);
    expect(projects.map((p) => p.name)).toEqual(expected.map((e) => e.name));
    for (const project of projects) {
      const [edge] = project.locatedInConnection.edges;
      expect(edge?.properties.evidence).toHaveLength(edge?.properties.evidenceCount ?? -1);
      const names = [project.name, ...project.aliases];
      expect(edge?.properties.evidence.some((e) => names.some((n) => e.quote.includes(n)))).toBe(true);
    }
  });

  it("filters on relationship properties (the documents that state a fact)", async () => {
    const { projects } = await data<{ projects: { name: string }[] }>(`{
      projects(where: { locatedInConnection: { some: { edge: { evidenceDocumentIds: { includes: "2023-work-report" } } } } }) { name }
    }`);
    const expected = await cypher<{ name: string }>(
      `MATCH (p:Project)-[r:LOCATED_IN]->() WHERE "2023-work-report" IN r.evidenceDocumentIds RETURN DISTINCT p.name AS name`,
    );
    expect(projects.map((p) => p.name).sort()).toEqual(expected.map((e) => e.name).sort());
  });

  it("pages through a connection with cursors", async () => {
    const page = `query($after: String) { projectsConnection(first: 2, after: $after, sort: [{ name: ASC }]) {
      totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { projectsConnection: { totalCount: number; edges: { node: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await data<Page>(page);
    const second = await data<Page>(page, { after: first.projectsConnection.pageInfo.endCursor });
    const [{ n } = { n: 0 }] = await cypher<{ n: number }>(`MATCH (p:Project) RETURN count(p) AS n`);
    expect(first.projectsConnection.totalCount).toBe(n);
    expect(first.projectsConnection.edges).toHaveLength(2);
    const names = [...first.projectsConnection.edges, ...second.projectsConnection.edges].map((e) => e.node.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort());
  });

  it("searches names through the cjk full-text index", async () => {
    const { entitiesByName } = await data<{ entitiesByName: { edges: { score: number; node: { name: string } }[] } }>(
      `{ entitiesByName(phrase: "活力") { edges { score node { name } } } }`,
    );
    expect(entitiesByName.edges.map((e) => e.node.name)).toContain("济南中央活力区");
  });

  it("shows indicator values and milestones with their evidence", async () => {
    const { indicatorValues } = await data<{ indicatorValues: { value: number; unit: string; subject: { name: string }[]; evidence: { quote: string }[] }[] }>(
      `{ indicatorValues(where: { metric: { eq: "地区生产总值" }, year: { eq: 2021 }, kind: { eq: actual } }) { value unit subject { name } evidence { quote } } }`,
    );
    expect(indicatorValues).toContainEqual(expect.objectContaining({ value: 1161.7, unit: "亿元", subject: [{ name: "济南市市中区" }] }));
    const { milestones } = await data<{ milestones: { status: string; evidence: { quote: string }[]; project: { name: string }[] }[] }>(
      `{ milestones(limit: 5) { status evidence { quote } project { name } } }`,
    );
    for (const m of milestones) expect(m.evidence.length).toBeGreaterThan(0);
  });
});

/**
 * Facts the corpus does not (yet) contain, under names no document uses: a strategy with an area inside
 * it, and a subject whose GDP two documents state differently.
 */
async function addSyntheticFacts(db: Db): Promise<void> {
  const evidence = (quote: string, documentId = "2023-work-report", publishedAt = "2023-01-05") => ({
    evidenceQuotes: [quote],
    evidenceDocumentIds: [documentId],
    evidenceDocumentTitles: [`测试文档 ${documentId}`],
    evidencePublishedAts: [publishedAt],
    evidenceSentenceIds: [`${documentId}#0`],
    evidenceRules: ["test"],
  });
  await db.run(
    {
      cypher: `
        MATCH (cva:Entity {name: "济南中央活力区"})
        CREATE (s:Entity:Strategy {id: "t-strategy", name: "测试战略甲", type: "Strategy", aliases: [], en: []})
        CREATE (a:Entity:Area {id: "t-area", name: "测试片区乙", type: "Area", aliases: [], en: []})
        CREATE (p1:Entity:Project {id: "t-p1", name: "测试直属项目", type: "Project", aliases: [], en: []})
        CREATE (p2:Entity:Project {id: "t-p2", name: "测试片区项目", type: "Project", aliases: [], en: []})
        CREATE (d:Entity:Area {id: "t-district", name: "测试区丙", type: "Area", aliases: [], en: []})
        CREATE (p1)-[r1:SERVES]->(s) SET r1 += $e1
        CREATE (a)-[r2:PART_OF]->(s) SET r2 += $e2
        CREATE (p2)-[r3:LOCATED_IN]->(a) SET r3 += $e3
        CREATE (s)-[r4:PART_OF]->(cva) SET r4 += $e4
        WITH d
        MATCH (gdp:Indicator {name: "地区生产总值"})
        CREATE (d)-[:HAS_VALUE]->(v1:IndicatorValue {id: "t-v1", metric: "地区生产总值", value: 101.5, unit: "亿元", year: 2021, kind: "actual"})-[:MEASURES]->(gdp)
        CREATE (d)-[:HAS_VALUE]->(v2:IndicatorValue {id: "t-v2", metric: "地区生产总值", value: 99.0, unit: "亿元", year: 2021, kind: "actual"})-[:MEASURES]->(gdp)
        CREATE (d)-[:HAS_VALUE]->(v3:IndicatorValue {id: "t-v3", metric: "地区生产总值", value: 100.0, unit: "亿元", year: 2021, kind: "target"})-[:MEASURES]->(gdp)
        SET v1 += $v1, v2 += $v2, v3 += $v3`,
      params: {
        e1: evidence("测试直属项目服务测试战略甲。"),
        e2: evidence("测试片区乙是测试战略甲的一部分。"),
        e3: evidence("测试片区项目位于测试片区乙。"),
        e4: evidence("测试战略甲位于中央活力区。"),
        v1: evidence("2021年测试区丙地区生产总值101.5亿元。", "2023-work-report", "2023-01-05"),
        v2: evidence("2021年测试区丙地区生产总值99亿元。", "2022-ten-years", "2022-06"),
        v3: evidence("2021年测试区丙地区生产总值目标100亿元。", "2020-review", "2021-01"),
      },
    },
    "WRITE",
  );
}

import { describe, expect, it } from "vitest";
import { writeCsvFiles, writeGraphml, writeJsonl, xmlText, zipEvidence, type GraphExport } from "../../../src/export/index.ts";
import { xmlWellFormednessError } from "../../helpers/xml-well-formed.ts";

const evidence = zipEvidence({
  evidenceDocumentIds: ["2024-two-sessions", "2023-work-report"],
  evidenceDocumentTitles: ["济南市市中区：勇担使命走在前", "2023年济南市市中区政府工作报告"],
  evidencePublishedAts: ["2024-01", "2023-01-05"],
  evidenceSentenceIds: ["2024-two-sessions#15", "2023-work-report#12"],
  evidenceQuotes: ['中央商埠区加快建设济南宾馆、上新街项目 & "更多" <b>', "济南宾馆\u0001项目开工建设"],
  evidenceRules: ["trigger:建设", "trigger:建设"],
});

const graph: GraphExport = {
  documents: [{ id: "2023-work-report", title: "2023年济南市市中区政府工作报告", publishedAt: "2023-01-05", kind: "government_work_report", source: "a.txt", sha256: "ab", charCount: 10, sentenceCount: 2 }],
  entities: [
    { id: "e-1", name: "济南中央商埠区", type: "Strategy", aliases: ["中央商埠区"], en: ["Central Commercial Port Area"], source: "lexicon", mentionCount: 3, documentIds: ["2023-work-report"] },
    { id: "e-2", name: "济南宾馆项目", type: "Project", aliases: [], en: [], source: "pattern", mentionCount: 1, documentIds: ["2023-work-report"] },
  ],
  relations: [{ id: "e-1|BUILDS|e-2", type: "BUILDS", from: "e-1", to: "e-2", fromName: "济南中央商埠区", toName: "济南宾馆项目", year: null, evidence }],
  mentions: [{ id: "e-1|2023-work-report", entityId: "e-1", documentId: "2023-work-report", count: 3 }],
  indicatorValues: [
    { id: "v-1", subjectId: "e-1", subjectName: "济南中央商埠区", indicatorId: null, metric: "地区生产总值", value: 1161.7, unit: "亿元", year: 2021, kind: "actual", evidence },
  ],
  milestones: [{ id: "m-1", projectId: "e-2", projectName: "济南宾馆项目", status: "started", year: 2023, evidence }],
};

describe("export writers", () => {
  it("orders evidence by date, not by the order documents were ingested in", () => {
    expect(evidence.map((e) => e.documentId)).toEqual(["2023-work-report", "2024-two-sessions"]);
  });

  it("escapes XML and drops characters XML cannot hold", () => {
    expect(xmlText(`a & b <c> "d" 'e'\u0001\uD800`)).toBe("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;");
  });

  it("writes well-formed GraphML with nodes, edges and their data", () => {
    const xml = writeGraphml(graph);
    expect(xmlWellFormednessError(xml)).toBeNull();
    expect(xml).toContain('<edge id="e-1|BUILDS|e-2" source="e-1" target="e-2">');
    expect(xml).toContain('<data key="relation">BUILDS</data>');
    expect(xml).toContain("&amp; &quot;更多&quot; &lt;b&gt;");
    expect(xml).toContain('<data key="year">2021</data>');
    expect(xml).toContain('<edge id="e-1|2023-work-report" source="e-1" target="2023-work-report">');
    expect(writeGraphml(graph)).toBe(xml);
  });

  it("writes one JSON record per line, each marked with its record kind", () => {
    const lines = writeJsonl(graph).trimEnd().split("\n").map((l) => JSON.parse(l) as { record: string; kind?: string });
    expect(lines.map((l) => l.record)).toEqual(["document", "entity", "entity", "relation", "mention", "indicatorValue", "milestone"]);
    expect(lines[0]?.kind).toBe("government_work_report");
  });

  it("writes CSV tables with one evidence row per sentence", () => {
    const files = writeCsvFiles(graph);
    expect([...files.keys()]).toEqual(["documents.csv", "entities.csv", "relations.csv", "mentions.csv", "indicator-values.csv", "milestones.csv", "evidence.csv"]);
    const evidenceRows = files.get("evidence.csv")?.trimEnd().split("\n") ?? [];
    expect(evidenceRows).toHaveLength(1 + 3 * 2);
    expect(evidenceRows[1]).toMatch(/^e-1\|BUILDS\|e-2,relation,2023-work-report,/);
    expect(files.get("entities.csv")).toContain("e-1,济南中央商埠区,Strategy,中央商埠区,Central Commercial Port Area,lexicon,3,2023-work-report\n");
  });
});

describe("the XML well-formedness check used by these tests", () => {
  it("catches what a broken writer would produce", () => {
    expect(xmlWellFormednessError("<a><b></a>")).toMatch(/does not match/);
    expect(xmlWellFormednessError('<a x="1 & 2"/>')).toMatch(/bare "&"/);
    expect(xmlWellFormednessError("<a>1 < 2</a>")).toMatch(/malformed start tag/);
    expect(xmlWellFormednessError("<a>]]></a>")).toMatch(/"]]>" in text/);
    expect(xmlWellFormednessError("<a/><b/>")).toMatch(/second root/);
    expect(xmlWellFormednessError("<a>\u0001</a>")).toMatch(/not allowed/);
    expect(xmlWellFormednessError('<?xml version="1.0"?>\n<a x="&amp;">&#x4e2d;</a>\n')).toBeNull();
  });
});

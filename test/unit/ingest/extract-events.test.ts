import { describe, expect, it } from "vitest";
import { extractEvents, type EventOptions } from "../../../ingest/operations/indicators/extract-events.ts";
import { type NameSpec, TEST_TRIGGERS, eventLines, scene } from "../../helpers/fact-fixtures.ts";

const events = (text: string, names: readonly NameSpec[], documentYear: number | null = 2023, options: EventOptions = {}, heading: string | null = null) => {
  const { sentence, mentions } = scene(text, names, { heading });
  return extractEvents(sentence, mentions, TEST_TRIGGERS, "doc", documentYear, options);
};
const lines = (...args: Parameters<typeof events>) => eventLines(events(...args));

const HOTEL: NameSpec = ["济南宾馆", "Project"];
const STREET: NameSpec = ["上新街", "Project"];

describe("extractEvents: milestones", () => {
  it("reads a milestone for every project listed before the status word (real sentence, doc 004)", () => {
    const review = { headings: ["一、2022年工作回顾"] };
    expect(lines("中央商埠区立足片状更新，济南宾馆、上新街项目开工建设", [["中央商埠区", "Strategy"], HOTEL, STREET], 2023, review, "（一）着力打基础、谋长远")).toEqual([
      "上新街 started 2022",
      "济南宾馆 started 2022",
    ]);
    // Without the outer heading only the document's year is known.
    expect(lines("济南宾馆、上新街项目开工建设", [HOTEL, STREET])).toEqual(["上新街 started 2023", "济南宾馆 started 2023"]);
  });

  it("reads projects after the status word", () => {
    expect(lines("中央商埠区加快建设济南宾馆、上新街项目", [["中央商埠区", "Strategy"], HOTEL, STREET], 2024)).toEqual([
      "上新街 under_construction 2024",
      "济南宾馆 under_construction 2024",
    ]);
  });

  it("takes the year written in the clause", () => {
    expect(lines("上新街项目于2022年开工，济南宾馆2021年竣工", [HOTEL, STREET])).toEqual(["上新街 started 2022", "济南宾馆 completed 2021"]);
  });

  it("keeps one status per project and sentence: the furthest step that happened", () => {
    expect(lines("中科5G产业园一期建成并投入运营", [["中科5G产业园一期", "Project"]])).toEqual(["中科5G产业园一期 in_operation 2023"]);
  });

  it("carries the project of the previous clause into a clause that names none", () => {
    expect(lines("全面完成上新街片区更新项目，实现开街营业", [["上新街片区更新项目", "Project"]])).toEqual(["上新街片区更新项目 opened 2023"]);
  });
});

describe("extractEvents: plans", () => {
  it("records a milestone under 将 as planned for the stated year (real sentence, doc 001)", () => {
    const facts = events("此外，2024年，市中区将全面完成上新街改造更新、开街运营", [["市中区", "Area"], STREET], 2024);
    expect(eventLines(facts)).toEqual(["上新街 planned 2024"]);
    expect(facts[0]?.evidence.rule).toBe("trigger:开街|plan:将");
  });

  it("reads planned milestones under 力争年内, 即将, and in a plan section", () => {
    expect(lines("力争年内济南宾馆开工", [HOTEL])).toEqual(["济南宾馆 planned 2023"]);
    expect(lines("山水绿廊公园即将开园", [["山水绿廊公园", "Project"]])).toEqual(["山水绿廊公园 planned 2023"]);
    expect(
      lines("全面完成上新街片区更新项目，实现开街营业", [["上新街片区更新项目", "Project"]], 2023, { headings: ["三、2023年重点工作安排"] }, "强力实施城市更新行动"),
    ).toEqual(["上新街片区更新项目 planned 2023"]);
  });

  it("reads a planned-status trigger on its own", () => {
    expect(lines("今年谋划山东未来云谷项目", [["山东未来云谷", "Project"]])).toEqual(["山东未来云谷 planned 2023"]);
  });

  it("keeps what is said to be done as done, and a past year as past", () => {
    expect(lines("市中区将继续推进，济南宾馆已开业", [["市中区", "Area"], HOTEL])).toEqual(["济南宾馆 opened 2023"]);
    expect(lines("2022年计划开工的济南宾馆顺利开工", [HOTEL])).toEqual(["济南宾馆 started 2022"]);
  });

  it("lets a plan cue govern following clauses only until a new subject is named", () => {
    expect(lines("下一步，将加快前期工作，推动济南宾馆开工建设", [HOTEL])).toEqual(["济南宾馆 planned 2023"]);
    // Real sentence shape, doc 002: 计划 is a noun here, and the next clause has its own subject.
    expect(lines("11个市级重点项目超额完成年度投资计划，龙玺大厦竣工", [["龙玺大厦", "Project"]])).toEqual(["龙玺大厦 completed 2023"]);
    expect(lines("市中区将继续推进城市更新，上新街项目竣工", [["市中区", "Area"], STREET])).toEqual(["上新街 completed 2023"]);
  });

  it("treats a year after the document's as a plan", () => {
    expect(lines("上新街2025年开街", [STREET])).toEqual(["上新街 planned 2025"]);
  });
});

describe("extractEvents: negatives", () => {
  it("needs a project mention and a status word", () => {
    expect(lines("开工建设13处规范化社区养老设施", [])).toEqual([]);
    expect(lines("上新街项目很受欢迎", [STREET])).toEqual([]);
    expect(lines("科大讯飞开业", [["科大讯飞", "Enterprise"]])).toEqual([]);
  });

  it("skips a negated status and a project in an unrelated earlier clause", () => {
    expect(lines("上新街项目尚未开工", [STREET])).toEqual([]);
    expect(lines("济南宾馆很受欢迎，商场开业", [HOTEL])).toEqual([]);
  });

  it("states nothing in captions and fills evidence otherwise", () => {
    const caption = scene("济南宾馆开业", [HOTEL], { isAside: true });
    expect(extractEvents(caption.sentence, caption.mentions, TEST_TRIGGERS, "d", 2023)).toEqual([]);
    const body = scene("济南宾馆开业", [HOTEL], { index: 9 });
    expect(extractEvents(body.sentence, body.mentions, TEST_TRIGGERS, "d", null)).toEqual([
      { projectId: "济南宾馆", year: null, period: null, periodText: "", periodInferred: true, status: "opened", evidence: { documentId: "d", sentenceIndex: 9, quote: "济南宾馆开业", rule: "trigger:开业" } },
    ]);
  });
});

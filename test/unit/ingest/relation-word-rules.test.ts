/**
 * Relation rules beyond "trigger between two names": leaders of an industry (带动), the light verb 推进,
 * areas built by a territory, counted partitions, appositive carriers (载体), bylines, the previous
 * sentence's industry, and the noise triggers kept out of the vocabulary. Every sentence here is made up.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileTriggers } from "../../../ingest/operations/vocabulary/compiled-triggers.ts";
import { type RelationOptions, extractRelations } from "../../../ingest/operations/relations/extract-relations.ts";
import { relationContext } from "../../../ingest/operations/relations/relation-context.ts";
import { framingIndustries } from "../../../ingest/operations/relations/relation-scene.ts";
import { parseTriggers, parseTriggersText } from "../../../ingest/operations/vocabulary/triggers.ts";
import type { ResolvedMention } from "../../../ingest/model.ts";
import { PROJECT_ROOT } from "../../../src/config/index.ts";
import { type NameSpec, TEST_TRIGGERS, makeSentence, mentionsIn, relationLines, scene } from "../../helpers/fact-fixtures.ts";

// The shared test vocabulary plus the words these rules are about.
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  LOCATED_IN: ["载体"],
  BELONGS_TO: ["带动"],
  BUILDS: ["推进", "开发建设"],
};
const TRIGGERS = parseTriggers(
  { ...TEST_TRIGGERS, relations: TEST_TRIGGERS.relations.map((r) => ({ ...r, triggers: [...r.triggers, ...(EXTRA[r.type] ?? [])] })) },
  "test",
);

const lines = (text: string, names: readonly NameSpec[], options: RelationOptions = {}, isAside = false): string[] => {
  const { sentence, mentions } = scene(text, names, { isAside });
  return relationLines(extractRelations(sentence, mentions, TRIGGERS, "doc", options));
};

const EAST: NameSpec = ["东城新区", "Area"];

describe("leaders of an industry (带动)", () => {
  it("files the leading companies under the industry developed next", () => {
    expect(
      lines("以华泰食品、鲁味坊等龙头企业为带动，大力发展现代食品加工业", [
        ["华泰食品", "Enterprise"],
        ["鲁味坊", "Enterprise"],
        ["现代食品加工业", "Industry"],
      ]),
    ).toEqual(["华泰食品 -BELONGS_TO-> 现代食品加工业", "鲁味坊 -BELONGS_TO-> 现代食品加工业"]);
    expect(lines("发挥云帆科技等骨干企业带动作用，完善智能制造产业链", [["云帆科技", "Enterprise"], ["智能制造", "Industry"]])).toEqual([
      "云帆科技 -BELONGS_TO-> 智能制造",
    ]);
  });

  it("needs the leaders right before the cue and the industry within the next clause", () => {
    expect(lines("华泰食品扩大了产能也参与了很多公益活动并带动现代食品加工业", [["华泰食品", "Enterprise"], ["现代食品加工业", "Industry"]])).toEqual([]);
    expect(lines("以华泰食品为带动，增加就业岗位，发展现代食品加工业", [["华泰食品", "Enterprise"], ["现代食品加工业", "Industry"]])).toEqual([]);
  });
});

describe("the light verb 推进", () => {
  const names: NameSpec[] = [EAST, ["云港大厦", "Project"], ["滨河公园", "Project"]];

  it("builds the projects that end its clause", () => {
    expect(lines("东城新区有序推进云港大厦、滨河公园等项目", names)).toEqual(["东城新区 -BUILDS-> 云港大厦", "东城新区 -BUILDS-> 滨河公园"]);
  });

  it("says nothing when another verb follows or the projects only modify the object", () => {
    expect(lines("推进云港大厦等项目落地东城新区", names)).toEqual(["东城新区 -INTRODUCED-> 云港大厦", "云港大厦 -LOCATED_IN-> 东城新区"]);
    expect(lines("东城新区稳步推进云港大厦等街区的城市更新", names)).toEqual([]);
    expect(lines("东城新区的云港大厦修缮工作推进实施", names)).toEqual([]);
  });

  it("does not take its actor from the heading", () => {
    const { sentence, mentions } = scene("有序推进云港大厦等项目", names, { heading: "（二）东城新区" });
    const heading = mentionsIn(makeSentence("（二）东城新区"), [EAST]);
    expect(extractRelations(sentence, mentions, TRIGGERS, "doc", { headingMentions: heading })).toEqual([]);
  });
});

describe("an area built by a territory is part of it", () => {
  it("reads the built area as PART_OF the builder", () => {
    expect(lines("东城新区先后打造王庄等示范村", [EAST, ["王庄", "Area"]])).toEqual(["王庄 -PART_OF-> 东城新区"]);
  });

  it("ignores an area that only modifies the object", () => {
    expect(lines("东城新区打造济南市唯一的教师基地", [EAST, ["济南市", "Area"]])).toEqual([]);
  });

  it("puts the area in the territory an opening 围绕打造 clause names", () => {
    expect(lines("围绕打造“滨河新城”，东城新区开发建设“滨河核心区”", [["滨河新城", "Strategy"], EAST, ["滨河核心区", "Area"]])).toEqual([
      "滨河核心区 -PART_OF-> 滨河新城",
    ]);
  });
});

describe("counted partitions", () => {
  const parts: NameSpec[] = [
    ["东城", "Area"],
    ["北岸片区", "Area"],
    ["中心片区", "Area"],
    ["南山片区", "Area"],
  ];

  it("reads A、B、C三大片区 as the parts of the clause's topic", () => {
    expect(lines("如今的东城，坚持融合发展，统筹北岸片区、中心片区、南山片区三大片区建设", parts)).toEqual([
      "中心片区 -PART_OF-> 东城",
      "北岸片区 -PART_OF-> 东城",
      "南山片区 -PART_OF-> 东城",
    ]);
  });

  it("wants the count to match the list", () => {
    expect(lines("东城统筹北岸片区、中心片区等三大片区建设", parts)).toEqual([]);
    expect(lines("东城统筹北岸片区、中心片区三大片区建设", parts)).toEqual([]);
  });
});

describe("a carrier (载体) named in apposition", () => {
  it("places the carrier in the zone named right before the noun", () => {
    expect(lines("东城新区核心载体云港大厦主体封顶", [EAST, ["云港大厦", "Project"]])).toEqual(["云港大厦 -LOCATED_IN-> 东城新区"]);
  });

  it("needs both names next to the noun", () => {
    expect(lines("优化云港大厦等载体业态布局", [["云港大厦", "Project"]])).toEqual([]);
    expect(lines("东城新区将建成更多载体，包括云港大厦", [EAST, ["云港大厦", "Project"]])).toEqual([]);
  });
});

describe("a byline's title", () => {
  it("makes the person in a 区长 byline the head of the district", () => {
    expect(lines("区长 王明", [["王明", "Person"]], { districtId: "D" }, true)).toEqual(["王明 -LEADS-> D"]);
    expect(lines("副区长 王明", [["王明", "Person"]], { districtId: "D" }, true)).toEqual([]);
  });

  it("reads nothing but titles in captions and headings", () => {
    expect(lines("东城新区引进云帆科技", [EAST, ["云帆科技", "Enterprise"]], { districtId: "D" }, true)).toEqual([]);
  });
});

describe("the industry of the previous sentence", () => {
  const industry: ResolvedMention[] = mentionsIn(makeSentence("集聚发展新能源"), [["新能源", "Industry"]]);
  const leaders: NameSpec[] = [["华能集团", "Enterprise"], ["大唐电力", "Enterprise"]];

  it("is what a subjectless 依托 sentence builds up", () => {
    const { sentence, mentions } = scene("依托华能集团、大唐电力等龙头企业，加快产业链融合发展", leaders, { index: 1 });
    const facts = extractRelations(sentence, mentions, TRIGGERS, "doc", { carriedIndustries: industry });
    expect(relationLines(facts)).toEqual(["新能源 -RELIES_ON-> 华能集团", "新能源 -RELIES_ON-> 大唐电力"]);
    expect(facts[0]?.evidence.rule).toBe("previous:依托");
    expect(lines("依托华能集团、大唐电力等龙头企业，加快产业链融合发展", leaders)).toEqual([]);
  });

  it("gives way to a subject of the sentence's own", () => {
    const { sentence, mentions } = scene("东城新区依托华能集团加快产业链融合发展", [EAST, ...leaders]);
    expect(relationLines(extractRelations(sentence, mentions, TRIGGERS, "doc", { carriedIndustries: industry }))).toEqual(["东城新区 -RELIES_ON-> 华能集团"]);
  });

  it("is the industry a sentence opens on, and only carries under the same heading", () => {
    const compiled = compileTriggers(TRIGGERS);
    const first = scene("集聚发展新能源，深入实施东城新区战略", [["新能源", "Industry"], EAST], { heading: "（一）产业" });
    expect(framingIndustries(first.sentence, first.mentions, compiled).map((m) => m.entityId)).toEqual(["新能源"]);
    const second = { ...makeSentence("依托华能集团加快发展", { index: 1, heading: "（一）产业" }) };
    const other = { ...second, heading: "（二）民生" };
    expect(relationContext([first.sentence, second], 1, first.mentions, compiled, "D").carriedIndustries?.map((m) => m.entityId)).toEqual(["新能源"]);
    expect(relationContext([first.sentence, other], 1, first.mentions, compiled, "D").carriedIndustries).toEqual([]);
  });
});

describe("relation context: headings", () => {
  it("drops the district from heading names, keeping more specific ones", () => {
    const heading = makeSentence("（一）推进活力东城建设，做强滨河新城", { index: 0, isAside: true });
    const body = makeSentence("引进云帆科技", { index: 1, heading: "（一）推进活力东城建设，做强滨河新城" });
    const mentions = mentionsIn(heading, [["东城", "Area", "D"], ["滨河新城", "Strategy"]]);
    const context = relationContext([heading, body], 1, mentions, compileTriggers(TRIGGERS), "D");
    expect(context.headingMentions?.map((m) => m.entityId)).toEqual(["滨河新城"]);
  });
});

describe("the production vocabulary", () => {
  const triggers = parseTriggersText(readFileSync(path.join(PROJECT_ROOT, "ingest", "data", "triggers.json"), "utf8"), "triggers.json");
  const real = (text: string, names: readonly NameSpec[]): string[] => {
    const { sentence, mentions } = scene(text, names);
    return relationLines(extractRelations(sentence, mentions, triggers, "doc"));
  };

  it("keeps 融入, 支持 and 发挥 from making facts: they take goals, helpers and strengths, not partners", () => {
    expect(real("东城新区切实融入滨河新城、北岸新城发展新格局", [EAST, ["滨河新城", "Strategy"], ["北岸新城", "Strategy"]])).toEqual([]);
    expect(real("云港大厦支持东城新区发展", [EAST, ["云港大厦", "Project"]])).toEqual([]);
    expect(real("发挥云帆研究院等平台优势，发展智能制造", [["云帆研究院", "Institution"], ["智能制造", "Industry"]])).toEqual([]);
  });

  it("reads a park rated as an industry's park (获评) as belonging to that industry", () => {
    expect(real("云港科技园获评省级智能制造示范园区", [["云港科技园", "Platform"], ["智能制造", "Industry"]])).toEqual(["云港科技园 -BELONGS_TO-> 智能制造"]);
  });
});

describe("industry frames and the new words", () => {
  it("does not file names next to the noun 载体 under the sentence's industry", () => {
    expect(lines("在智能制造方面，东城新区依托云港大厦等优质载体，引进云帆科技", [["智能制造", "Industry"], EAST, ["云港大厦", "Platform"], ["云帆科技", "Enterprise"]])).toEqual([
      "东城新区 -INTRODUCED-> 云帆科技",
      "东城新区 -RELIES_ON-> 云港大厦",
      "云帆科技 -BELONGS_TO-> 智能制造",
    ]);
  });
});

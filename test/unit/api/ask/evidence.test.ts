/**
 * The evidence-first answerer's parts on sentences written for these tests (a made-up county's report): reading a
 * question (answer type, anchors, constraint words), scoring sentences, and taking the answer out of the best one.
 */
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../../../src/api/ask/parse-question.ts";
import { findEnumerations, numbersIn, pickCount, pickEnumeration, pickNumber, pickSingle, nounPhrase } from "../../../../src/api/ask/evidence/extract-answer.ts";
import { besides, readQuestion, numeral, superlative, type Reading } from "../../../../src/api/ask/evidence/read-question.ts";
import { scoreSentences, type ScoredSentence } from "../../../../src/api/ask/evidence/score-sentences.ts";
import { buildSentenceStore, type Mention, type SentenceStore } from "../../../../src/api/ask/evidence/sentence-store.ts";
import { isBound, splitRelativeClause } from "../../../../src/api/ask/evidence/answer-from-evidence.ts";
import { smallIndex } from "./small-index.ts";

const SENTENCES: readonly [string, Mention[]?][] = [
  ["2025年，青禾县聚焦智能装备、绿色建材、文旅康养三大主导产业，新引进项目42个。"],
  ["在新材料方面，青禾县引进云杉科技、北辰材料等多家龙头企业，试点光伏储能、智慧物流等新型应用场景。", [{ id: "e1", name: "云杉科技", type: "Enterprise", start: 12, end: 16 }]],
  ["全县12个乡镇全部通上天然气，新建口袋公园8处。"],
  ["青禾县把2026年定为“项目攻坚年”。"],
  ["青禾县一般公共预算收入达到36.5亿元，增长8.2%。"],
  ["长岭实验室访问学者周明远于县人工智能研究院担任算法中心负责人。", [{ id: "p1", name: "周明远", type: "Person", start: 7, end: 10 }]],
  ["县第一中学与北辰材料联合共建新材料实训基地。"],
];

function store(): SentenceStore {
  return buildSentenceStore(
    SENTENCES.map(([text, mentions], i) => ({
      id: `qh#${i}`,
      text,
      heading: null,
      documentId: "qh",
      documentTitle: "青禾县政府工作报告",
      publishedAt: "2026-01",
      mentions: mentions ?? [],
      values: [],
    })),
  );
}

function read(question: string, s: SentenceStore = store()): Reading {
  return readQuestion(question, parseQuestion(question, smallIndex()), (alts) => s.has(alts), (alts) => s.df(alts));
}

function best(question: string): { reading: Reading; top: ScoredSentence } {
  const s = store();
  const reading = read(question, s);
  const top = scoreSentences(reading, s)[0];
  if (!top) throw new Error(`no sentence for ${question}`);
  return { reading, top };
}

describe("reading a question", () => {
  it("takes the answer type from the question word", () => {
    expect(read("青禾县引进了哪些龙头企业？").answer).toBe("list");
    expect(read("哪家企业与县第一中学共建实训基地？").answer).toBe("single");
    expect(read("一般公共预算收入是多少？").answer).toBe("number");
    expect(read("全县有几个乡镇通上天然气？").answer).toBe("count");
    expect(read("口袋公园是哪一年新建的？").answer).toBe("year");
    expect(read("谁担任算法中心负责人？").answer).toBe("person");
    expect(read("Which leading companies did the county bring in?").answer).toBe("list");
    expect(read("How many towns have natural gas?").answer).toBe("count");
    expect(read("How much was the general public budget revenue?").answer).toBe("number");
  });

  it("reads an English list from a plural kind, whatever verb follows, and one thing from a singular kind", () => {
    expect(read("Which leading companies is the county bringing in?").answer).toBe("list");
    expect(read("What are the three leading industries of the county?").answer).toBe("list");
    expect(read("Which phase-2 rail lines will the county start in 2026?").answer).toBe("list");
    expect(read("Which school does the county build a training base with?").answer).toBe("single");
    expect(read("Which company's new materials base was built with the school?").answer).toBe("single");
  });

  it("reads an acronym as itself and as the words it stands for, and a common noun in a title-case name as a word", () => {
    const s = buildSentenceStore(
      ["青禾港集装箱吞吐量达到120万标箱。", "全县GDP增长6%。", "地区生产总值达到300亿元。"].map((text, i) => ({
        id: `g#${i}`, text, heading: null, documentId: "g", documentTitle: null, publishedAt: "2026-01", mentions: [], values: [],
      })),
    );
    const gdp = read("What was the county's GDP in 2025?", s).terms.find((t) => t.text === "GDP");
    expect(gdp?.alts).toEqual(expect.arrayContaining(["gdp", "地区生产总值"]));
    const port = read("What container throughput did Qinghe Port reach in 2025?", s);
    expect(port.terms.filter((t) => t.role === "place").map((t) => t.text)).not.toContain("Port");
    expect(port.answer).toBe("number");
  });

  it("reads a superlative as the words a sentence must state (最大), never as something to compute", () => {
    expect(superlative("青禾县规模最大的产业园区是哪个？")).toBe("最大");
    expect(superlative("What is the county's largest industrial park?")).toBe("最大");
    expect(superlative("青禾县有哪些产业园区？")).toBeNull();
    const r = read("青禾县规模最大的产业园区是哪个？");
    expect(r.refusal).toBeNull();
    expect(r.terms.find((t) => t.text === "最大")?.role).toBe("name");
    expect(nounPhrase("东湖“智造园”全速推进")).toBe("东湖“智造园”");
  });

  it("reads “besides X, which others” as a question for the rest of a list, not a negation", () => {
    expect(besides("除了智能装备以外，青禾县还聚焦哪些主导产业？")).toBe("智能装备");
    expect(besides("Which industries does the county focus on besides smart equipment?")).toBe("smart equipment");
    expect(besides("哪些产业不属于主导产业？")).toBeNull();
    expect(read("除了智能装备以外，青禾县还聚焦哪些主导产业？").refusal).toBeNull();
  });

  it("reads the kind of thing asked for and the size the question says", () => {
    const r = read("青禾县聚焦的三大主导产业分别是哪些？");
    expect(r.types).toContain("Industry");
    expect(read("青禾县引进了哪两家龙头企业？").size).toBe(2);
    expect(read("青禾县引进了哪些龙头企业？").head).toEqual(expect.arrayContaining(["龙头企业", "头部企业"]));
    expect(numeral("十二")).toBe(12);
  });

  it("anchors on names, years and places, and keeps the rest as constraint words", () => {
    const r = read("2025年山东未来网络研究院在青禾县引进了哪些企业？");
    expect(r.years).toEqual([2025]);
    expect(r.terms.find((t) => t.text === "山东未来网络研究院")?.role).toBe("name");
    expect(r.terms.find((t) => t.text === "引进")?.alts).toEqual(expect.arrayContaining(["引入", "招引"]));
    expect(r.terms.some((t) => ["哪些", "了", "在"].includes(t.text))).toBe(false);
  });

  it("refuses negations, comparisons and relative years", () => {
    expect(read("哪些企业不属于新材料产业？").refusal).not.toBeNull();
    expect(read("去年引进了哪些企业？").refusal).not.toBeNull();
    expect(read("2025年比2024年收入增长了多少？").refusal).not.toBeNull();
  });

  it("splits a question whose subject is a relative clause into the inner and the outer question", () => {
    const split = splitRelativeClause("在县人工智能研究院担任负责人的学者，是哪个实验室的访问学者？");
    expect(split?.inner).toBe("在县人工智能研究院担任负责人的学者是谁？");
    expect(split?.outer("周明远")).toBe("周明远是哪个实验室的访问学者？");
  });
});

describe("scoring sentences", () => {
  it("finds the sentence that carries the question's words, synonyms included (招引 ≈ 引进, 头部 ≈ 龙头)", () => {
    const { top } = best("青禾县在新材料方面招引了哪些头部企业？");
    expect(top.sentence.id).toBe("qh#1");
    expect(top.coverage).toBeGreaterThan(0.8);
  });

  it("gives a word no sentence holds little coverage, and a name no sentence holds none", () => {
    const s = store();
    const reading = read("华为在青禾县建设了哪些项目？", s);
    const top = scoreSentences(reading, s)[0];
    expect(top === undefined || top.missingNames.length > 0 || top.coverage < 0.55).toBe(true);
  });
});

describe("taking the answer out of the sentence", () => {
  it("returns the whole enumeration next to the kind asked for, and only it", () => {
    const { reading, top } = best("青禾县在新材料方面引进了哪些龙头企业？");
    expect(pickEnumeration(top, reading)?.enumeration.items.map((i) => i.text)).toEqual(["云杉科技", "北辰材料"]);
    const industries = best("青禾县聚焦的三大主导产业分别是什么？");
    expect(pickEnumeration(industries.top, industries.reading)?.enumeration.items.map((i) => i.text)).toEqual(["智能装备", "绿色建材", "文旅康养"]);
  });

  it("takes the enumeration after the verb the question uses, when its items carry the kind word", () => {
    const s = buildSentenceStore(
      ["加快推进甲乙线、丙丁线等高铁项目，开工建设云岭高铁、白沙高铁东段，建成东湖高铁。", "青禾县新开工项目42个。"].map((text, i) => ({
        id: `r#${i}`, text, heading: null, documentId: "r", documentTitle: null, publishedAt: "2026-01", mentions: [], values: [],
      })),
    );
    const reading = read("2026年青禾县计划新开工哪些高铁项目？", s);
    // "新开工" (新 + 开工) is a phrase of ordinary words, not a name to scope the documents by.
    expect(reading.terms.find((t) => t.text === "新开工")?.role).toBe("constraint");
    const top = scoreSentences(reading, s).find((x) => x.sentence.id === "r#0");
    if (!top) throw new Error("sentence not scored");
    expect(pickEnumeration(top, reading)?.enumeration.items.map((i) => i.text)).toEqual(["云岭高铁", "白沙高铁东段"]);
  });

  it("tells a figure from a bound (以上, 左右, 稳定在…), which answers a past year's figure only when nothing else does", () => {
    const floor = "全县粮食总产量连续5年稳定在30万吨以上。";
    const [n] = numbersIn(floor);
    expect(n && isBound(floor, n)).toBe(true);
    const actual = "粮食产量31.2万吨，增长2%。";
    const [m] = numbersIn(actual);
    expect(m && isBound(actual, m)).toBe(false);
  });

  it("ends the last item at the question's own words and before a generic kind word its siblings lack", () => {
    const s = buildSentenceStore(
      ["全面推进轨道五期甲线、乙线二期、丙线一期工程前期工作。", "市中区举办首届智能大会，省级智能中试基地落地白沙镇。"].map((text, i) => ({
        id: `t#${i}`, text, heading: null, documentId: "t", documentTitle: null, publishedAt: "2026-01", mentions: [], values: [],
      })),
    );
    const reading = read("青禾县要全面推进前期工作的五期线路有哪些？", s);
    const top = scoreSentences(reading, s).find((x) => x.sentence.id === "t#0");
    if (!top) throw new Error("sentence not scored");
    expect(pickEnumeration(top, reading)?.enumeration.items.map((i) => i.text)).toEqual(["甲线", "乙线二期", "丙线一期"]);
    // The question's own place next to the question word is skipped: the sentence aligns on 落户 ≈ 落地.
    const lookup = read("省级智能中试基地落户在市中区哪个镇？", s);
    const base = scoreSentences(lookup, s).find((x) => x.sentence.id === "t#1");
    if (!base) throw new Error("sentence not scored");
    expect(pickSingle(base, lookup)?.text).toBe("白沙镇");
  });

  it("answers “the largest X” with the name that follows the kind the text states the superlative of", () => {
    const s = buildSentenceStore(
      ["全区最大保障性住房项目东湖“安居苑”加快建设，平山村入伙。", "保障性住房项目12个。"].map((text, i) => ({
        id: `l#${i}`, text, heading: null, documentId: "l", documentTitle: null, publishedAt: "2026-01", mentions: [], values: [],
      })),
    );
    const reading = read("What is the county's largest affordable-housing project?", s);
    const top = scoreSentences(reading, s).find((x) => x.sentence.id === "l#0");
    if (!top) throw new Error("sentence not scored");
    expect(pickSingle(top, reading)?.text).toBe("东湖“安居苑”");
  });

  it("splits two items joined by 和 inside a run of 、, but keeps a name joined by 与", () => {
    const sentence = buildSentenceStore([
      { id: "j#0", text: "前瞻布局量子科技、氢能和储能、海洋与极地、脑机接口等产业。", heading: null, documentId: "j", documentTitle: null, publishedAt: "2026-01", mentions: [], values: [] },
    ]).sentences[0]!;
    const items = findEnumerations(sentence, ["产业"], []).flatMap((e) => e.items.map((i) => i.text));
    expect(items).toEqual(["量子科技", "氢能", "储能", "海洋与极地", "脑机接口"]);
  });

  it("reads the count the text states (三大, 12个), not the size of some list", () => {
    const industries = best("青禾县聚焦的主导产业一共有几个？");
    expect(pickCount(industries.top, industries.reading)?.value).toBe(3);
    const towns = best("全县一共有多少个乡镇？");
    expect(pickCount(towns.top, towns.reading)?.value).toBe(12);
  });

  it("takes the number next to the metric, in the unit asked", () => {
    const { reading, top } = best("青禾县一般公共预算收入达到多少亿元？");
    expect(pickNumber(top, reading)).toMatchObject({ value: 36.5, unit: "亿元" });
    const growth = best("一般公共预算收入增速是多少？");
    expect(pickNumber(growth.top, growth.reading)).toMatchObject({ value: 8.2, unit: "%" });
  });

  it("aligns a lookup with the words around the question word", () => {
    const year = best("青禾县把2026年定为什么年？");
    expect(pickSingle(year.top, year.reading)?.text).toBe("项目攻坚年");
    const partner = best("县第一中学与哪家企业联合共建新材料实训基地？");
    expect(pickSingle(partner.top, partner.reading)?.text).toBe("北辰材料");
    const lab = best("周明远是哪个实验室的访问学者？");
    expect(pickSingle(lab.top, lab.reading)?.text).toBe("长岭实验室");
  });

  it("cuts a span before its verb", () => {
    expect(nounPhrase("妈祖“三改一”加快推进")).toBe("妈祖“三改一”");
  });
});

import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { resolveEntities } from "../../../ingest/operations/names/resolve-entities.ts";
import { emptyLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const EMPTY = emptyLexicon();

/** Event mentions of one sentence as surfaces (made-up sentences, no real report's names). */
function events(text: string): string[] {
  return findMentions(sentences(text), EMPTY)
    .filter((m) => m.type === "Event")
    .map((m) => m.surface);
}

describe("event names: meetings by their numbering", () => {
  it.each([
    ["深入学习贯彻党的十八大和十七届三中全会精神", ["党的十八大", "十七届三中全会"]],
    ["市委九届五次全会暨市委经济工作会议作出部署", ["市委九届五次全会暨市委经济工作会议"]],
    ["区第四次党代会以来", ["区第四次党代会"]],
    ["县委经济工作会议提出", ["县委经济工作会议"]],
    ["第五次全国林业普查顺利完成", ["第五次全国林业普查"]],
  ])("%s", (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it("reads a congress session only with its place in front", () => {
    expect(events("现在，我代表政府，向湖北省第十二届人民代表大会第三次会议报告工作")).toEqual(["湖北省第十二届人民代表大会第三次会议"]);
    expect(events("请第十二届人民代表大会第三次会议审议")).toEqual([]);
    expect(events("县九届人大二次会议召开")).toEqual(["县九届人大二次会议"]);
    expect(events("办好“青禾读书日”主场活动")).toEqual(["青禾读书日"]);
  });
});

describe("event names: games, brands and editions", () => {
  it("reads games named by an abbreviation, with the city or edition before them", () => {
    expect(events("办好第十届冬运会，积极备战宁波冬运会")).toEqual(["第十届冬运会", "宁波冬运会"]);
  });

  it("reads a quoted brand before an event head", () => {
    expect(events("举办“青藤杯”创新创业大赛")).toEqual(["“青藤杯”创新创业大赛"]);
  });

  it("keeps the edition in the mention and the series' name as an alias", () => {
    const found = findMentions(sentences("成功举办第三届青藤科技节"), EMPTY);
    expect(found.map((m) => m.surface)).toEqual(["第三届青藤科技节"]);
    const [entity] = resolveEntities(found, EMPTY).entities;
    expect(entity).toMatchObject({ name: "第三届青藤科技节", type: "Event", aliases: ["青藤科技节"] });
  });

  it("does not read an assembly a text is handed to as an event", () => {
    expect(events("报告全文提交大会审议")).toEqual([]);
  });
});

describe("event names: what a hosting verb holds", () => {
  it("reads each member of the object list that ends like an event", () => {
    expect(events("主动承办青禾会、滨海文化论坛等国内外顶级展会")).toEqual(["青禾会", "滨海文化论坛"]);
    expect(events("成功举办远帆湾招商大会，签约项目38个")).toEqual(["远帆湾招商大会"]);
    expect(events("办好2027年亚太青年部长会议")).toEqual(["2027年亚太青年部长会议"]);
  });

  it("splits two meetings joined by 暨 and reads no kinds or counts", () => {
    expect(events("举办青禾峰会暨远帆国际论坛")).toEqual(["青禾峰会", "远帆国际论坛"]);
    expect(events("举办各类展会300余场")).toEqual([]);
    expect(events("举办招商大会")).toEqual([]);
    expect(events("举办青禾和平发展论坛")).toEqual(["青禾和平发展论坛"]);
    expect(events("举办青禾大会和远帆论坛")).toEqual(["青禾大会", "远帆论坛"]);
  });
});

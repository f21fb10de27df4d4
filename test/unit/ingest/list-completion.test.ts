import { describe, expect, it } from "vitest";
import { completeLists } from "../../../ingest/operations/names/list-completion.ts";
import { tokenize } from "../../../ingest/operations/names/segmenter.ts";

/** Runs completion with `known` given as surfaces of the sentence, all of one type. */
function complete(text: string, known: string[], type: "Enterprise" | "Platform" = "Enterprise"): string[] {
  const spans = known.map((k) => ({ start: text.indexOf(k), end: text.indexOf(k) + k.length, type }));
  return completeLists(text, spans, tokenize(text)).map((c) => `${text.slice(c.start, c.end)}/${c.type}`);
}

// Sentences of our own: made-up names in the shapes reports use.
describe("completeLists", () => {
  it("types the neighbours of a recognised member like it", () => {
    expect(complete("今年引进青木科技有限公司、远帆资本、北辰智联等企业。", ["青木科技有限公司"])).toEqual(["远帆资本/Enterprise", "北辰智联/Enterprise"]);
  });
  it("splits the last two members at 和", () => {
    expect(complete("建成云栖创新港、星湾数字园和晨光智造园。", ["云栖创新港", "星湾数字园"], "Platform")).toEqual(["晨光智造园/Platform"]);
  });
  it("leaves lists with no recognised member alone", () => {
    expect(complete("推进青木、远帆、北辰合作。", [])).toEqual([]);
  });
  it("rejects members that are tasks or goals, not names", () => {
    expect(complete("支持青木科技有限公司、园区建设、交通强省等工作。", ["青木科技有限公司"])).toEqual([]);
  });
  it("rejects members that hold a verb or a count", () => {
    expect(complete("青木科技有限公司、加快推进改革、3个项目。", ["青木科技有限公司"])).toEqual([]);
  });
});

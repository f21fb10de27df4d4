import { describe, expect, it } from "vitest";
import { buildSentenceStore } from "../../../../src/api/ask/evidence/sentence-store.ts";

const TEXTS = ["青禾县建设ＡＩ小镇，主要预期目标是：", "本地产值增长6%。", "青禾县推进“数字乡村”建设。", "禾木村建成数字乡村示范点。"];

const store = buildSentenceStore(
  TEXTS.map((text, i) => ({ id: `d#${i}`, text, heading: null, documentId: "d", documentTitle: "青禾县报告", publishedAt: "2026", mentions: [], values: [] })),
);

describe("the sentence store", () => {
  it("finds the sentences holding a string, in order, by the folded text", () => {
    expect(store.matching("数字乡村")).toEqual([2, 3]);
    expect(store.matching("ai小镇")).toEqual([0]); // full-width, upper-case in the text
    expect(store.matching("青")).toEqual([0, 2]);
    expect(store.matching("乡村振业")).toEqual([]);
    expect(store.matching("禾村")).toEqual([]); // its characters occur, never side by side
  });

  it("says whether any sentence holds one of the alternatives, for short and long strings", () => {
    expect(store.has(["木"])).toBe(true);
    expect(store.has(["森"])).toBe(false);
    expect(store.has(["森林", "示范点"])).toBe(true);
    expect(store.has(["数字乡村示范点"])).toBe(true);
    expect(store.has(["数字乡村示范区"])).toBe(false);
    expect(store.has([""])).toBe(false);
  });

  it("counts sentences and documents over alternatives, each sentence once", () => {
    expect(store.df(["数字乡村", "乡村"])).toBe(2);
    expect(store.docCounts(["青禾县"]).get("d")).toBe(5); // named in the title (3) and in two sentences
  });

  it("keeps the two sentences before each as its context, and marks a list of targets", () => {
    expect(store.sentences[2]?.context).toBe(`${store.sentences[0]?.folded} ${store.sentences[1]?.folded}`);
    expect(store.sentences[1]?.inTargets).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { rowsToItems, type AskRow } from "../../../../src/api/ask/rows-to-items.ts";

const row: AskRow = {
  name: "京东产业园",
  type: "Project",
  entityId: "e-1",
  value: null,
  unit: null,
  year: null,
  text: "京东产业园 —LOCATED_IN→ 济南中央活力区",
  relations: ["LOCATED_IN", "LOCATED_IN", null],
  vias: [],
  kind: null,
  evidence: [
    { quote: "京东产业园…", documentId: "d1", documentTitle: "T", publishedAt: "", sentenceId: "d1#3", rule: "trigger:位于" },
    { quote: "京东产业园…", documentId: "d1", documentTitle: "T", publishedAt: "", sentenceId: "d1#3", rule: "trigger:位于" },
    { quote: "", documentId: "d2" },
  ],
};

describe("rows to items", () => {
  it("joins relations once each, drops empty and repeated evidence, and reads '' dates as unknown", () => {
    const [item] = rowsToItems([row]);
    expect(item?.relation).toBe("LOCATED_IN");
    expect(item?.via).toBeNull();
    expect(item?.evidence).toEqual([{ quote: "京东产业园…", documentId: "d1", documentTitle: "T", publishedAt: null, sentenceId: "d1#3", rule: "trigger:位于" }]);
  });
});

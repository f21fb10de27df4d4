import { describe, expect, it } from "vitest";
import { findLevelBodies } from "../../../ingest/operations/names/level-bodies.ts";

const names = (text: string) => findLevelBodies(text).map((c) => text.slice(c.start, c.end));

describe("findLevelBodies", () => {
  it("reads a place's own bodies named by level", () => {
    expect(names("在区人大、区政协的监督支持下，我代表县人民政府向大会报告工作")).toEqual(["区人大", "区政协", "县人民政府"]);
    expect(names("提请省人大常委会审议")).toEqual(["省人大常委会"]);
  });
  it("leaves levels inside longer words alone", () => {
    expect(names("全市政府投资项目")).toEqual([]);
    expect(names("省人大代表和区政协委员")).toEqual([]);
  });
});

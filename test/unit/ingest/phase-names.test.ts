import { describe, expect, it } from "vitest";
import { findNumberedLines, withPhase } from "../../../ingest/operations/names/phase-names.ts";

describe("findNumberedLines", () => {
  it("reads metro lines with their phase or extension", () => {
    const text = "推进轨道交通12号线、5号线二期和3号线东延建设，全长25公里。";
    expect(findNumberedLines(text).map((c) => text.slice(c.start, c.end))).toEqual(["轨道交通12号线", "5号线二期", "3号线东延"]);
  });
});

describe("withPhase", () => {
  it("extends a project over the phase after it", () => {
    const text = "青禾水厂二期工程开工";
    const m = withPhase(text, { start: 0, end: 4, surface: "青禾水厂", type: "Project" as const }, text.length);
    expect(m.surface).toBe("青禾水厂二期工程");
  });
  it("leaves a park's stage alone", () => {
    const text = "青禾产业园一期投入运营";
    expect(withPhase(text, { start: 0, end: 5, surface: "青禾产业园", type: "Platform" as const }, text.length).surface).toBe("青禾产业园");
  });
  it("leaves other types and other words alone", () => {
    const text = "青木集团二期融资";
    expect(withPhase(text, { start: 0, end: 4, surface: "青木集团", type: "Enterprise" as const }, text.length).surface).toBe("青木集团");
  });
});

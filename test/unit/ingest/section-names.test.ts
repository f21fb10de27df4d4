import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { emptyLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

/** Mentions of one sentence as "Type:surface" (made-up routes). */
const names = (text: string): string[] => findMentions(sentences(text), emptyLexicon()).map((m) => `${m.type}:${m.surface}`);

describe("route sections named by their ends", () => {
  it("reads the route, the two places and 段 as one project", () => {
    expect(names("开工建设青禾高铁潍坊至烟台段")).toEqual(["Project:青禾高铁潍坊至烟台段"]);
    expect(names("改扩建青禾高速潍坊至烟台段，建成通车")).toEqual(["Project:青禾高速潍坊至烟台段"]);
  });

  it("leaves a span of time or a range of numbers alone", () => {
    expect(names("2024年至2025年完成改造")).toEqual([]);
  });
});

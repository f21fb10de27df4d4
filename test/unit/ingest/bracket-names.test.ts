import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { emptyLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const EMPTY = emptyLexicon();

/** Mentions of one sentence as "Type:surface" (made-up names). */
function names(text: string): string[] {
  return findMentions(sentences(text), EMPTY).map((m) => `${m.type}:${m.surface}`);
}

describe("names across a bracket", () => {
  it("joins a branch's place to the body's name, and a unit after it", () => {
    expect(names("青禾理工大学（烟台）新增博士点5个")).toContain("Institution:青禾理工大学（烟台）");
    expect(names("支持青禾理工大学（烟台）材料学院建设")).toContain("Institution:青禾理工大学（烟台）材料学院");
  });

  it("keeps a qualifier the name carries, and leaves asides out", () => {
    expect(names("青禾康复中心（以下简称中心）投入使用，建成青禾铁路（东段）")).toEqual(["Platform:青禾康复中心", "Project:青禾铁路（东段）"]);
  });

  it("keeps a bracket of places inside a name found by its head, whatever the places", () => {
    expect(names("建设国家青年人才创新创业（烟台）基地")).toEqual(["Platform:国家青年人才创新创业（烟台）基地"]);
  });

  it("reads a brand with a place set into it when the rest ends in a head", () => {
    expect(names("增强西部（青禾）科学城创新资源集聚能力")).toContain("Platform:西部（青禾）科学城");
  });
});

import { describe, expect, it } from "vitest";
import { matchNamesQuery } from "../../../src/api/queries/match-names.ts";
import { relatedQuery } from "../../../src/api/queries/related.ts";
import { relationPattern } from "../../../src/api/queries/relation-pattern.ts";
import { shortestPathQuery } from "../../../src/api/queries/shortest-path.ts";
import type { RelationType } from "../../../src/graph/contract.ts";

describe("query builders", () => {
  it("keep user text out of the query text: it travels as parameters", () => {
    const hostile = "x'}) DETACH DELETE n //";
    const query = matchNamesQuery(hostile, ["Project"], 5);
    expect(query.cypher).not.toContain(hostile);
    expect(query.params).toMatchObject({ text: hostile, lower: hostile.toLowerCase(), types: ["Project"] });
  });

  it("write only contract relation types and bounded hop counts into the text", () => {
    expect(relationPattern(["SERVES", "PART_OF"])).toBe("SERVES|PART_OF");
    expect(() => relationPattern(["MENTIONED_IN" as RelationType])).toThrow(/not a relation type/);
    expect(relatedQuery("e-1", ["LEADS"], 2, 10).cypher).toContain("[:LEADS]-{1,2}");
    expect(() => relatedQuery("e-1", ["LEADS"], 11, 10)).toThrow(RangeError);
  });

  it("never follow mentions or values in a path", () => {
    const { cypher } = shortestPathQuery("a", "b", 4);
    expect(cypher).not.toMatch(/MENTIONED_IN|HAS_VALUE|MEASURES|IN_DOCUMENT|HAS_MILESTONE/);
    expect(cypher).toContain("-{1,4}(b)");
  });
});

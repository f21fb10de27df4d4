import { describe, expect, it } from "vitest";
import { explainQuery, leadingKeyword, trimStatement } from "../../../src/cypher-tools/query-text.ts";

describe("query text", () => {
  it("finds the first keyword after comments", () => {
    expect(leadingKeyword("// a question\n/* more */\n  match (n) return n")).toBe("MATCH");
    expect(leadingKeyword("PROFILE MATCH (n) RETURN n")).toBe("PROFILE");
    expect(leadingKeyword("// only a comment")).toBe("");
  });

  it("drops trailing semicolons", () => {
    expect(trimStatement("RETURN 1;\n ;  \n")).toBe("RETURN 1");
  });

  it("puts EXPLAIN on its own line, keeps an EXPLAIN, and turns PROFILE into EXPLAIN in place", () => {
    expect(explainQuery("MATCH (n) RETURN n")).toEqual({ cypher: "EXPLAIN\nMATCH (n) RETURN n", lineShift: 1 });
    expect(explainQuery("EXPLAIN MATCH (n) RETURN n")).toEqual({ cypher: "EXPLAIN MATCH (n) RETURN n", lineShift: 0 });
    const profiled = explainQuery("// hi\nPROFILE MATCH (n) RETURN n");
    expect(profiled).toEqual({ cypher: "// hi\nEXPLAIN MATCH (n) RETURN n", lineShift: 0 });
  });
});

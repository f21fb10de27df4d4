import { describe, expect, it } from "vitest";
import neo4j from "neo4j-driver";
import { toPlainValue } from "../../../src/cypher-tools/plain-value.ts";

describe("toPlainValue", () => {
  it("turns driver values into JSON values", () => {
    const node = new neo4j.types.Node(neo4j.int(1), ["Strategy", "Entity"], { name: "中优战略", n: neo4j.int(3) }, "4:x:1");
    expect(toPlainValue(node)).toEqual({ elementId: "4:x:1", labels: ["Entity", "Strategy"], properties: { name: "中优战略", n: 3 } });
    expect(toPlainValue(neo4j.int("9007199254740993"))).toBe("9007199254740993");
    expect(toPlainValue(new neo4j.types.Date(2024, 1, 5))).toBe("2024-01-05");
    expect(toPlainValue([1, null, { a: undefined }])).toEqual([1, null, { a: null }]);
  });
});

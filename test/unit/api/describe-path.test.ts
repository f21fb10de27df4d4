import { describe, expect, it } from "vitest";
import type { EntityResult } from "../../../src/api/results/entity.ts";
import { describePath, toHop } from "../../../src/api/results/hop.ts";

const e = (id: string, name: string): EntityResult => ({ id, name, type: "Area", aliases: [], en: [] });
const project = e("p", "上新街片区更新项目");
const area = e("a", "魏家庄片区");
const cva = e("c", "济南中央活力区");

describe("describePath", () => {
  it("follows the path from its start, showing each relationship's stored direction", () => {
    const hops = [
      toHop({ from: project, relation: "LOCATED_IN", to: area, year: null }),
      toHop({ from: area, relation: "PART_OF", to: cva, year: null }),
    ];
    expect(describePath(project, hops)).toBe("上新街片区更新项目 —LOCATED_IN→ 魏家庄片区 —PART_OF→ 济南中央活力区");
    expect(describePath(cva, [...hops].reverse())).toBe("济南中央活力区 ←PART_OF— 魏家庄片区 ←LOCATED_IN— 上新街片区更新项目");
  });

  it("is just the name for an empty path", () => {
    expect(describePath(project, [])).toBe("上新街片区更新项目");
  });
});

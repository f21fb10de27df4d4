import { describe, expect, it } from "vitest";
import { extractIndicators } from "../../../ingest/operations/indicators/extract-indicators.ts";
import { metricPhrase } from "../../../ingest/operations/indicators/metric-phrase.ts";
import { TEST_TRIGGERS, indicatorLines, scene } from "../../helpers/fact-fixtures.ts";

/** The phrase read as the metric of the number `number` in `text` (searched as written), or null. */
function phrase(text: string, number: string): string | null {
  const start = text.indexOf(number);
  const found = metricPhrase(text, { start: 0, end: start }, { start, end: start + number.length }, []);
  return found === null ? null : text.slice(found.name.start, found.name.end);
}

describe("metricPhrase", () => {
  it("takes the words between the last separator and the number, without cue words", () => {
    expect(phrase("税收总收入812亿元，增长3%", "812亿元")).toBe("税收总收入");
    expect(phrase("全市常住人口城镇化率达到58%", "58%")).toBe("常住人口城镇化率");
    expect(phrase("新建社区食堂、改造农贸市场46个", "46个")).toBe("改造农贸市场");
    expect(phrase("其中城镇新增就业突破9万人", "9万人")).toBe("城镇新增就业");
    expect(phrase("力争新增出口企业70家", "70家")).toBe("新增出口企业");
    expect(phrase("服务事项拓展至300项", "300项")).toBe("服务事项");
  });

  it("reads no name from a counted list, a number that counts a following noun, or a bare verb", () => {
    expect(phrase("甲公司、乙公司等12家", "12家")).toBeNull();
    expect(phrase("通达30户以上自然村", "30户")).toBeNull();
    expect(phrase("改善300多所学校办学条件", "300")).toBeNull();
    expect(phrase("完成12个", "12个")).toBeNull();
  });
});

describe("extractIndicators with metrics named by the sentence", () => {
  const values = (text: string) => {
    const { sentence, mentions } = scene(text, [["龙溪县", "Area", "county"]]);
    return indicatorLines(extractIndicators(sentence, mentions, TEST_TRIGGERS, "doc", { districtId: "d", documentYear: 2024 }));
  };

  it("reads values whose metric no list knows, and carries the name into a continuing clause", () => {
    expect(values("龙溪县税收总收入812亿元，增长3%")).toEqual(["county 税收总收入 812亿元 2024 actual", "county 税收总收入增长 3% 2024 actual"]);
    expect(values("全县农村自来水普及率96%，新建社区食堂15个")).toEqual([
      "d 农村自来水普及率 96% 2024 actual",
      "d 新建社区食堂 15个 2024 actual",
    ]);
  });

  it("names a share whose 占比 is followed by a cue verb without a whole", () => {
    expect(values("全县优质园占比超过70%")).toEqual(["d 优质园占比 70% 2024 actual"]);
  });

  it("reads nothing from a counted noun", () => {
    expect(values("龙溪县改善300多所学校办学条件")).toEqual([]);
  });
});

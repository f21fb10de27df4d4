import { describe, expect, it } from "vitest";
import { isPlacePrefix, splitPlacePrefix } from "../../../ingest/operations/names/place-prefix.ts";

describe("splitPlacePrefix", () => {
  it.each([
    ["山东未来网络研究院", "未来网络研究院", "province"],
    ["中国济南商埠文化节", "商埠文化节", "city"],
    ["市中区大唐5G项目", "大唐5G项目", "district"],
    ["省体育中心", "体育中心", "province"],
    ["市出版集团", "出版集团", "city"],
    ["未来网络研究院", "未来网络研究院", null],
  ])("%s → %s (%s)", (name, core, level) => {
    expect(splitPlacePrefix(name)).toEqual({ core, level });
  });

  it("takes no prefix from words that only start like one", () => {
    expect(splitPlacePrefix("市中消费季")).toEqual({ core: "市中消费季", level: null });
    expect(splitPlacePrefix("国家级工业设计产业研究院").level).toBeNull();
    expect(splitPlacePrefix("市场监管局").level).toBeNull();
  });

  it("keeps a name that is only a place", () => {
    expect(splitPlacePrefix("山东")).toEqual({ core: "山东", level: null });
    expect(isPlacePrefix("济南市")).toBe(true);
    expect(isPlacePrefix("济南宾馆")).toBe(false);
  });
});

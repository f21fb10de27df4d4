import { describe, expect, it } from "vitest";
import { findDocumentPlace, isPlaceName } from "../../../ingest/operations/place/document-place.ts";

// Made-up places: the rule must hold for any report, not for the ones we have.
describe("findDocumentPlace", () => {
  it("reads the speaker's own government", () => {
    expect(findDocumentPlace("各位代表：\n现在，我代表龙山区人民政府，向大会报告工作，请予审议。")).toBe("龙山区");
  });
  it("takes the full name from the 大会 line when the speaker names only the level", () => {
    const text = "——2030年1月20日在江东省第十五届人民代表大会第三次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。";
    expect(findDocumentPlace(text)).toBe("江东省");
  });
  it("takes it from a title line below page furniture", () => {
    expect(findDocumentPlace("下载\n打印\n2030年江东省政府工作报告\n各位代表：\n现在，我代表省人民政府")).toBe("江东省");
  });
  it("takes it from the byline", () => {
    expect(findDocumentPlace("西川市人民政府市长 张某\n各位代表：")).toBe("西川市");
  });
  it("prefers the title given as metadata", () => {
    expect(findDocumentPlace("我代表市人民政府，向大会报告工作。", "2029年西川市人民政府工作报告")).toBe("西川市");
  });
  it("returns null when the text says no place", () => {
    expect(findDocumentPlace("今年以来，全区上下坚持稳中求进，项目建设加快推进。")).toBeNull();
    expect(findDocumentPlace("我代表区人民政府，向大会报告工作。")).toBeNull();
  });
});

describe("isPlaceName", () => {
  it("rejects bare levels and generic words", () => {
    for (const word of ["区", "全市", "本区", "城区", "辖区", "地区", "自治区"]) expect(isPlaceName(word)).toBe(false);
    for (const word of ["龙山区", "江东省", "西川市", "青禾县"]) expect(isPlaceName(word)).toBe(true);
  });
});

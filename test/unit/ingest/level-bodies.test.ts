import { describe, expect, it } from "vitest";
import { findActingBodies, findLevelBodies } from "../../../ingest/operations/names/level-bodies.ts";
import { buildPieces } from "../../../ingest/operations/names/pieces.ts";
import { tokenize } from "../../../ingest/operations/names/segmenter.ts";

const names = (text: string) => findLevelBodies(text).map((c) => text.slice(c.start, c.end));

describe("findLevelBodies", () => {
  it("reads a place's own bodies named by level", () => {
    expect(names("在区人大、区政协的监督支持下，我代表县人民政府向大会报告工作")).toEqual(["区人大", "区政协", "县人民政府"]);
    expect(names("提请省人大常委会审议")).toEqual(["省人大常委会"]);
  });
  it("reads departments named by their field, with or without a level", () => {
    expect(names("由商务部认定，省商务厅、市交通运输局、区委办公室联合印发")).toEqual(["商务部", "省商务厅", "市交通运输局", "区委办公室"]);
    expect(names("全省财政收入增长，财政局长述职")).toEqual([]);
  });
  it("reads public institutions named by their level and kind", () => {
    expect(names("推进县人民医院、市第三口腔医院和区文化馆建设")).toEqual(["县人民医院", "市第三口腔医院", "区文化馆"]);
    expect(names("县人民医院院长介绍")).toEqual([]);
  });
  it("reads a centre or platform a level runs, not a kind of centre", () => {
    expect(names("建成区级矛盾纠纷调处中心，上线市智慧停车服务平台")).toEqual(["区级矛盾纠纷调处中心", "市智慧停车服务平台"]);
    expect(names("新增省级创新平台5个，建设区域医疗中心和市级以上创新平台")).toEqual([]);
  });
  it("leaves levels inside longer words alone", () => {
    expect(names("全市政府投资项目")).toEqual([]);
    expect(names("省人大代表和区政协委员")).toEqual([]);
  });
  it("reads a body the dictionary knows as an organisation where it acts as an authority", () => {
    const acting = (text: string) => findActingBodies(buildPieces(text, tokenize(text), [])).map((c) => text.slice(c.start, c.end));
    expect(acting("方案经国资委批复后实施")).toEqual(["国资委"]);
    expect(acting("国资委负责人介绍情况")).toEqual([]);
  });
});

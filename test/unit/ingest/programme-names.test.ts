import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { emptyLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const EMPTY = emptyLexicon();

/** Policy, Strategy and Event mentions of one sentence as "Type:surface" (made-up sentences, no real report's names). */
function programmes(text: string): string[] {
  return findMentions(sentences(text), EMPTY)
    .filter((m) => m.type === "Policy" || m.type === "Strategy" || m.type === "Event")
    .map((m) => `${m.type}:${m.surface}`);
}

describe("programme names: the name starts after the verb that governs it", () => {
  it.each([
    ["深入实施老街焕新提质行动，改造街巷120条", ["Policy:老街焕新提质行动"]],
    ["大力实施青山护绿战略和湖区振兴战略", ["Strategy:青山护绿战略", "Strategy:湖区振兴战略"]],
    ["开展“百校结对”专项行动", ["Policy:“百校结对”专项行动"]],
    ["启动山林防火优化提升行动", ["Policy:山林防火优化提升行动"]],
    ["实施银发关怀服务工程、青苗护航成长工程", ["Policy:银发关怀服务工程", "Policy:青苗护航成长工程"]],
    ["扎实推进新一轮菜篮子稳价保供行动", ["Policy:菜篮子稳价保供行动"]],
    ["实施留守老人和困难家庭关爱服务提升计划", ["Policy:留守老人和困难家庭关爱服务提升计划"]],
  ])("%s", (text, expected) => {
    expect(programmes(text)).toEqual(expected);
  });

  it("takes a programme at a clause start only when its head says it is one", () => {
    expect(programmes("全市老旧管网改造三年行动圆满完成")).toEqual([]);
    expect(programmes("老旧管网改造三年行动，全面完成")).toEqual(["Policy:老旧管网改造三年行动"]);
    expect(programmes("河道清淤工程，全面完成")).toEqual([]);
  });

  it("drops a place before a quoted code: the code names the programme", () => {
    expect(programmes("深化东湖街道“街巷管家”改革")).toEqual(["Policy:“街巷管家”改革"]);
  });

  it("rejects kinds and counts of programmes", () => {
    expect(programmes("实施一批重点工程")).toEqual([]);
    expect(programmes("开展专项行动")).toEqual([]);
    expect(programmes("实施三项行动计划")).toEqual([]);
    expect(programmes("落实各项惠企政策")).toEqual([]);
    expect(programmes("深化改革")).toEqual([]);
  });

  it("needs a numbered code before heads that are common nouns", () => {
    expect(programmes("建立健全河湖巡查长效机制")).toEqual([]);
    expect(programmes("构建“1+5+N”文旅政策体系")).toEqual(["Policy:“1+5+N”文旅政策体系"]);
  });

  it("reads a long pilot a verb carries out, not a status granted or a measured one", () => {
    expect(programmes("稳步推进山林碳汇交易综合试点")).toEqual(["Policy:山林碳汇交易综合试点"]);
    expect(programmes("入选国家试点，开展青禾片区12平方公里试点")).toEqual([]);
  });

  it("reads a revival a verb carries out as a strategy", () => {
    expect(programmes("大力推进茶种振兴")).toEqual(["Strategy:茶种振兴"]);
    expect(programmes("严格落实青禾六项规定")).toEqual(["Policy:青禾六项规定"]);
    expect(programmes("认真落实乡村旅游促进法，落实养老服务补贴")).toEqual(["Policy:乡村旅游促进法", "Policy:养老服务补贴"]);
    expect(programmes("推进山林碳汇交易综合试点、海岛生态补偿试点。")).toEqual(["Policy:山林碳汇交易综合试点", "Policy:海岛生态补偿试点"]);
  });

  it("leaves construction works that name a place to the project rule", () => {
    expect(programmes("实施青龙河综合治理工程")).toEqual([]);
  });
});

describe("slogan names: a quoted code in a programme frame, and the shapes of provincial strategies", () => {
  it("reads a quoted code after a verb of carrying out or adhering", () => {
    expect(programmes("深入推行“一窗速办”，群众办事更方便")).toEqual(["Policy:一窗速办"]);
    expect(programmes("坚持“三个优先”，做好“两稳”、“两保”工作")).toEqual(["Strategy:三个优先", "Strategy:两稳", "Strategy:两保"]);
  });

  it("reads a quoted code as a strategy when what follows says it is a requirement, a framework or a model", () => {
    expect(programmes("贯彻“六个着眼”重大要求，完善“大统筹大联动”框架")).toEqual(["Strategy:六个着眼", "Strategy:大统筹大联动"]);
    expect(programmes("推广“青禾飞地”模式，创新“党建+网格”模式")).toEqual(["Strategy:青禾飞地"]);
    expect(programmes("加大“青禾入川”力度，参照“白水模式”推进")).toEqual(["Policy:青禾入川", "Policy:白水模式"]);
    expect(programmes("青禾大学“三个一流”建设稳步推进")).toEqual(["Strategy:三个一流"]);
  });

  it("reads national strategies listed before 等重大战略, but not places listed for them", () => {
    expect(programmes("对接东北振兴、西部陆港开发等重大战略")).toEqual(["Strategy:东北振兴", "Strategy:西部陆港开发"]);
    expect(programmes("加强与青禾、白水等战略对接")).toEqual([]);
  });

  it("leaves quoted phrases without the frame, and words in scare quotes", () => {
    expect(programmes("群众称之为“贴心小院”")).toEqual([]);
    expect(programmes("服务“园内”企业")).toEqual([]);
  });

  it("reads 某某强省 and 美丽某省 as strategies, not a verb before 强省", () => {
    expect(programmes("加快建设冰雪强省，建设美丽湖北、平安湖北")).toEqual(["Strategy:冰雪强省", "Strategy:美丽湖北", "Strategy:平安湖北"]);
    expect(programmes("加快形成强省会格局")).toEqual([]);
  });
});

describe("programme names: more shapes", () => {
  it("reads a reform governed by a verb that opens the clause, but not the reform of a system", () => {
    expect(programmes("深化园区积分制改革")).toEqual(["Policy:园区积分制改革"]);
    expect(programmes("深化行政审批体制改革")).toEqual([]);
  });

  it("reads responsibility systems and sets of measures named by their count", () => {
    expect(programmes("全面推行田长制")).toEqual(["Policy:田长制"]);
    expect(programmes("出台稳就业12条措施")).toEqual(["Policy:稳就业12条措施"]);
  });

  it("reads a quoted code before a kind of programme whatever the verb", () => {
    expect(programmes("“三通两平”任务全面完成")).toEqual(["Strategy:三通两平"]);
    expect(programmes("提供“管家式”服务")).toEqual([]);
  });

  it("leaves works on a site to the project rule", () => {
    expect(programmes("实施青石路综合改造工程")).toEqual([]);
  });
});

describe("programme names: numbered codes", () => {
  it("reads a numbered code before a common-noun head whatever follows, with no other words", () => {
    expect(programmes("围绕“9+3”产业集群建立项目库")).toEqual(["Strategy:“9+3”产业集群"]);
    expect(programmes("落实市委“2+2+6”工作部署和区委要求")).toEqual(["Strategy:“2+2+6”工作部署"]);
  });
});

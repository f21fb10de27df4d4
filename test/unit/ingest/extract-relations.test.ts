import { describe, expect, it } from "vitest";
import { extractRelations } from "../../../ingest/operations/relations/extract-relations.ts";
import { type NameSpec, TEST_TRIGGERS, mentionsIn, relationLines, scene } from "../../helpers/fact-fixtures.ts";

const relations = (text: string, names: readonly NameSpec[], options: Parameters<typeof extractRelations>[4] = {}, heading: string | null = null) => {
  const { sentence, mentions } = scene(text, names, { heading });
  return extractRelations(sentence, mentions, TEST_TRIGGERS, "doc", options);
};
const lines = (...args: Parameters<typeof relations>) => relationLines(relations(...args));

const SZQ: NameSpec = ["市中区", "Area"];
const CVA: NameSpec = ["中央活力区", "Strategy"];

describe("extractRelations: trigger patterns", () => {
  it("reads subject–trigger–object with one fact per enumerated member", () => {
    expect(
      lines("中央活力区引进京东集团、山东大学创新药物研究院和洁源电池项目", [
        CVA,
        ["京东集团", "Enterprise"],
        ["山东大学创新药物研究院", "Institution"],
        ["洁源电池项目", "Project"],
      ]),
    ).toEqual([
      "中央活力区 -INTRODUCED-> 京东集团",
      "中央活力区 -INTRODUCED-> 山东大学创新药物研究院",
      "中央活力区 -INTRODUCED-> 洁源电池项目",
    ]);
  });

  it("carries a leading subject clause into the clauses that follow", () => {
    expect(
      lines("市中区依托山东未来网络研究院，引进了科大讯飞、商汤科技", [
        SZQ,
        ["山东未来网络研究院", "Institution"],
        ["科大讯飞", "Enterprise"],
        ["商汤科技", "Enterprise"],
      ]),
    ).toEqual(["市中区 -INTRODUCED-> 商汤科技", "市中区 -INTRODUCED-> 科大讯飞", "市中区 -RELIES_ON-> 山东未来网络研究院"]);
  });

  it("emits nothing from co-occurrence without a trigger", () => {
    expect(lines("市中区和科大讯飞都在济南，京东集团也很活跃", [SZQ, ["科大讯飞", "Enterprise"], ["京东集团", "Enterprise"]])).toEqual([]);
  });

  it("emits nothing for a negated trigger", () => {
    expect(lines("市中区尚未引进科大讯飞", [SZQ, ["科大讯飞", "Enterprise"]])).toEqual([]);
  });

  it("does not reach an object across a clause boundary", () => {
    expect(lines("市中区加快引进，科大讯飞表示欢迎", [SZQ, ["科大讯飞", "Enterprise"]])).toEqual([]);
  });

  it("ignores trigger words inside names", () => {
    expect(lines("山东能源互联网产业集聚区与科大讯飞", [["山东能源互联网产业集聚区", "Strategy"], ["科大讯飞", "Enterprise"]])).toEqual([]);
  });

  it("rejects arguments of the wrong type", () => {
    expect(lines("数字经济引进现代金融", [["数字经济", "Industry"], ["现代金融", "Industry"]])).toEqual([]);
    expect(lines("数字经济发展迅速", [["数字经济", "Industry"]])).toEqual([]);
  });

  it("never relates an entity to itself", () => {
    expect(lines("市中区依托市中的区位优势", [SZQ, ["市中", "Area", "市中区"]])).toEqual([]);
  });

  it("reads the 将X引入Y construction in reverse", () => {
    // Real sentence, doc 000.
    expect(
      lines("将育英教育集团和南上山教育集团等优质教育资源引入济南中央活力区，提升推动城乡教育高位均衡发展", [
        ["育英教育集团", "Institution"],
        ["南上山教育集团", "Institution"],
        ["济南中央活力区", "Strategy"],
      ]),
    ).toEqual(["济南中央活力区 -INTRODUCED-> 南上山教育集团", "济南中央活力区 -INTRODUCED-> 育英教育集团"]);
  });

  it("reads a pivot: the object of 引进 is the subject of 落户", () => {
    expect(lines("市中区引进京东集团落户中央活力区", [SZQ, CVA, ["京东集团", "Enterprise"]])).toEqual([
      "市中区 -INTRODUCED-> 京东集团",
      "京东集团 -LOCATED_IN-> 中央活力区",
    ].sort());
  });

  it("does not make the object of 依托 the actor of the next verb", () => {
    const facts = relations("依托山东大学打造科创园区", [["山东大学", "Institution"], ["科创园区", "Platform"]]);
    expect(relationLines(facts)).toEqual(["科创园区 -RELIES_ON-> 山东大学"]);
  });

  it("reads LOCATED_IN both ways round", () => {
    expect(lines("推动法国鲁昂高等电子工程学院山东校区落地市中", [["法国鲁昂高等电子工程学院山东校区", "Institution"], ["市中", "Area", "市中区"]])).toEqual([
      "市中区 -INTRODUCED-> 法国鲁昂高等电子工程学院山东校区",
      "法国鲁昂高等电子工程学院山东校区 -LOCATED_IN-> 市中区",
    ]);
    expect(lines("中央活力区今年新落地京东产业园", [CVA, ["京东产业园", "Platform"]])).toEqual(["中央活力区 -INTRODUCED-> 京东产业园", "京东产业园 -LOCATED_IN-> 中央活力区"]);
  });

  it("takes an unsaid place from a place named earlier in the sentence", () => {
    expect(
      lines("加快中央活力区产业导入，推动工业4.0产业基地、京东产业园等优质项目尽快落地", [
        CVA,
        ["工业4.0产业基地", "Project"],
        ["京东产业园", "Platform"],
      ]),
    ).toEqual(["京东产业园 -LOCATED_IN-> 中央活力区", "工业4.0产业基地 -LOCATED_IN-> 中央活力区"]);
  });

  it("reads headquarters from 总部 after a name or inside it", () => {
    expect(lines("京东集团总部落户中央活力区", [CVA, ["京东集团", "Enterprise"]])).toEqual([
      "中央活力区 -INTRODUCED-> 京东集团",
      "京东集团 -HEADQUARTERED_IN-> 中央活力区",
      "京东集团 -LOCATED_IN-> 中央活力区",
    ]);
    expect(lines("国家管网集团山东总部落户市中区", [SZQ, ["国家管网集团山东总部", "Enterprise"]])).toEqual([
      "国家管网集团山东总部 -HEADQUARTERED_IN-> 市中区",
      "国家管网集团山东总部 -LOCATED_IN-> 市中区",
      "市中区 -INTRODUCED-> 国家管网集团山东总部",
    ]);
  });

  it("reads PROMOTES from an area to enumerated industries", () => {
    expect(lines("市中区聚焦现代金融、数字经济两大主导产业", [SZQ, ["现代金融", "Industry"], ["数字经济", "Industry"]])).toEqual([
      "市中区 -PROMOTES-> 数字经济",
      "市中区 -PROMOTES-> 现代金融",
    ]);
  });

  it("reads BUILDS, including the nominalized 推进X建设", () => {
    expect(lines("中央商埠区加快建设济南宾馆、上新街项目", [["中央商埠区", "Strategy"], ["济南宾馆", "Project"], ["上新街", "Project"]])).toEqual([
      "中央商埠区 -BUILDS-> 上新街",
      "中央商埠区 -BUILDS-> 济南宾馆",
    ]);
    expect(lines("市中区稳步推进上新街项目建设", [SZQ, ["上新街", "Project"]])).toEqual(["市中区 -BUILDS-> 上新街"]);
  });

  it("reads SERVES from a project to a strategy", () => {
    expect(lines("上新街项目服务中央商埠区战略", [["上新街", "Project"], ["中央商埠区", "Strategy"]])).toEqual(["上新街 -SERVES-> 中央商埠区"]);
  });

  it("reads a passive 由X运营 with the agent as actor", () => {
    expect(lines("山东科创大厦由山东未来集团运营", [["山东科创大厦", "Platform"], ["山东未来集团", "Enterprise"]])).toEqual([
      "山东未来集团 -OPERATES-> 山东科创大厦",
    ]);
  });
});

describe("extractRelations: partners, leaders, hosts", () => {
  it("reads PARTNERS_WITH after 与, and not between parties that merely signed", () => {
    expect(lines("市中区与山东大学签署共建协议", [SZQ, ["山东大学", "Institution"]])).toEqual(["市中区 -PARTNERS_WITH-> 山东大学"]);
    expect(lines("科大讯飞、商汤科技签约落地", [["科大讯飞", "Enterprise"], ["商汤科技", "Enterprise"]])).toEqual([]);
  });

  it("reads 联合X with the carried subject", () => {
    expect(
      lines("市中区抓好信息通信网，联合中国移动、中国联通等运营商", [SZQ, ["中国移动", "Enterprise"], ["中国联通", "Enterprise"]]),
    ).toEqual(["市中区 -PARTNERS_WITH-> 中国移动", "市中区 -PARTNERS_WITH-> 中国联通"]);
  });

  it("reads LEADS from a person to an organisation", () => {
    expect(lines("张伟带领山东未来网络研究院团队攻关", [["张伟", "Person"], ["山东未来网络研究院", "Institution"]])).toEqual([
      "张伟 -LEADS-> 山东未来网络研究院",
    ]);
    // Real sentence, doc 003: the person is named in the clause before.
    expect(
      lines("斯坦福与伯克利联合实验室访问学者林萍萍就选择了市中，于山东未来网络研究院担任可扩展平台中心负责人", [
        ["林萍萍", "Person"],
        ["市中", "Area", "市中区"],
        ["山东未来网络研究院", "Institution"],
        ["可扩展平台中心", "Institution"],
      ]),
    ).toEqual(["林萍萍 -LEADS-> 可扩展平台中心"]);
  });

  it("reads a title before a name", () => {
    expect(lines("建新社区居民紧紧握住社区书记李梓涵的手", [["建新社区", "Area"], ["李梓涵", "Person"]])).toEqual(["李梓涵 -LEADS-> 建新社区"]);
  });

  it("reads HOSTS from the platform whichever side it stands on", () => {
    expect(lines("科大讯飞、商汤科技入驻山东科创大厦", [["科大讯飞", "Enterprise"], ["商汤科技", "Enterprise"], ["山东科创大厦", "Platform"]])).toEqual([
      "山东科创大厦 -HOSTS-> 商汤科技",
      "山东科创大厦 -HOSTS-> 科大讯飞",
    ]);
    expect(lines("山东科创大厦投入使用，科大讯飞签约入驻", [["山东科创大厦", "Platform"], ["科大讯飞", "Enterprise"]])).toEqual([
      "山东科创大厦 -HOSTS-> 科大讯飞",
    ]);
  });

  it("reads 入驻 into an area (not a building) as LOCATED_IN", () => {
    // Real sentence, doc 004.
    expect(
      lines("中央活力区实施一体规划，设计方案基本形成，育英中学、南上山街小学、省妇幼保健院等优质教育、医疗资源签约入驻，生态园林景观初步成型", [
        CVA,
        ["育英中学", "Institution"],
        ["南上山街小学", "Institution"],
        ["省妇幼保健院", "Institution"],
      ]),
    ).toEqual(["南上山街小学 -LOCATED_IN-> 中央活力区", "省妇幼保健院 -LOCATED_IN-> 中央活力区", "育英中学 -LOCATED_IN-> 中央活力区"]);
  });
});

describe("extractRelations: fallbacks", () => {
  it("takes the subject from the heading, and says so in the rule", () => {
    const { sentence, mentions } = scene("引进科大讯飞等头部企业", [["科大讯飞", "Enterprise"]], { heading: "（二）中央活力区建设" });
    const heading = mentionsIn({ ...sentence, text: "（二）中央活力区建设" }, [CVA]);
    const facts = extractRelations(sentence, mentions, TEST_TRIGGERS, "doc", { headingMentions: heading });
    expect(relationLines(facts)).toEqual(["中央活力区 -INTRODUCED-> 科大讯飞"]);
    expect(facts[0]?.evidence.rule).toBe("heading:引进");
  });

  it("lets 依托X, 打造Y make Y rely on X when no subject is named", () => {
    // Real sentence, doc 002.
    expect(
      lines("依托济南国际创新设计产业园，加快打造国家级工业设计产业研究院，着力构建“设计+”价值提升体系", [
        ["济南国际创新设计产业园", "Platform"],
        ["国家级工业设计产业研究院", "Institution"],
      ]),
    ).toEqual(["国家级工业设计产业研究院 -RELIES_ON-> 济南国际创新设计产业园"]);
  });

  it("attributes a subjectless 引进 to the district only when given its id", () => {
    const names: NameSpec[] = [["玲珑轮胎", "Enterprise"], ["中石油", "Enterprise"]];
    expect(lines("近年来累计引进玲珑轮胎、中石油等重点企业", names)).toEqual([]);
    const facts = relations("近年来累计引进玲珑轮胎、中石油等重点企业", names, { districtId: "D" });
    expect(relationLines(facts)).toEqual(["D -INTRODUCED-> 中石油", "D -INTRODUCED-> 玲珑轮胎"]);
    expect(facts[0]?.evidence.rule).toBe("district:引进");
  });

  it("reads a governor's byline as leading the government named before the title", () => {
    const names: NameSpec[] = [["江东省人民政府", "Institution"], ["张某", "Person"]];
    expect(lines("江东省人民政府省长 张某", names)).toEqual(["张某 -LEADS-> 江东省人民政府"]);
  });

  it("reads the report's place as the host of an event it holds", () => {
    const names: NameSpec[] = [["第三届青禾马拉松", "Event"]];
    expect(lines("成功举办第三届青禾马拉松", names, { districtId: "D" })).toEqual(["D -HOSTS-> 第三届青禾马拉松"]);
    expect(lines("成功举办第三届青禾马拉松", names)).toEqual([]);
  });

  it("reads no pairs from a list on each side of the verb", () => {
    const names: NameSpec[] = [["青木集团", "Enterprise"], ["远帆集团", "Enterprise"], ["海洋装备", "Industry"], ["量子传感", "Industry"]];
    expect(lines("依托青木集团、远帆集团等龙头企业，发展海洋装备、量子传感等产业", names)).not.toContainEqual(expect.stringContaining("RELIES_ON"));
  });

  it("attributes a subjectless 培育 of industries to the report's place", () => {
    const names: NameSpec[] = [["海洋装备", "Industry"], ["量子传感", "Industry"]];
    expect(lines("大力培育海洋装备、量子传感等新兴产业", names)).toEqual([]);
    expect(lines("大力培育海洋装备、量子传感等新兴产业", names, { districtId: "D" })).toEqual(["D -PROMOTES-> 海洋装备", "D -PROMOTES-> 量子传感"]);
  });

  it("reads an arrival with no place named as the report's place bringing it in", () => {
    const options = { districtId: "D" };
    expect(lines("青禾大学研究院等一批优质机构落户", [["青禾大学研究院", "Institution"]], options)).toContainEqual("D -INTRODUCED-> 青禾大学研究院");
    expect(lines("远帆数据中心在本省落地", [["远帆数据中心", "Platform"]], options)).toEqual(["D -INTRODUCED-> 远帆数据中心"]);
    // A place named in the sentence is where it arrives, not necessarily the report's place's doing.
    expect(lines("青木产业园加快建设，远帆数据中心签约落地", [["青木产业园", "Area"], ["远帆数据中心", "Platform"]], options)).not.toContainEqual(
      "D -INTRODUCED-> 远帆数据中心",
    );
  });

  it("gives a nominal 建设 with nobody named to the report's place, also after 获批", () => {
    const options = { districtId: "D" };
    expect(lines("青禾深地实验中心获批建设", [["青禾深地实验中心", "Platform"]], options)).toEqual(["D -BUILDS-> 青禾深地实验中心"]);
    expect(lines("加快推进远帆物流枢纽建设", [["远帆物流枢纽", "Project"]], options)).toEqual(["D -BUILDS-> 远帆物流枢纽"]);
  });

  it("has the report's place build a zone when no territory is named", () => {
    const options = { districtId: "D" };
    expect(lines("加快建设青禾湾国际合作区", [["青禾湾国际合作区", "Area"]], options)).toEqual(["D -BUILDS-> 青禾湾国际合作区"]);
    expect(lines("加快建设青禾湾国际合作区", [["青禾湾国际合作区", "Area"]])).toEqual([]);
  });

  it("prefers the report's place to a name in the section heading as the actor", () => {
    const names: NameSpec[] = [["远帆集团", "Enterprise"]];
    expect(lines("集聚了远帆集团等一批龙头企业", names, { districtId: "D" }, "一、“十四五”时期工作回顾")).toEqual(["D -INTRODUCED-> 远帆集团"]);
  });

  it("reads places as partners, also when the list after 与 opens with a name we do not know", () => {
    const options = { districtId: "D" };
    expect(lines("推进与青禾县共建特色产业园", [["青禾县", "Area"]], options)).toEqual(["D -PARTNERS_WITH-> 青禾县"]);
    expect(lines("加强与某某湾、青禾经济区等战略对接", [["青禾经济区", "Area"]], options)).toEqual(["D -PARTNERS_WITH-> 青禾经济区"]);
  });

  it("does not read a verb ending in 与 as a list joiner", () => {
    const names: NameSpec[] = [["青禾研究院", "Institution"], ["远帆创新中心", "Platform"]];
    expect(lines("推动青禾研究院深度参与远帆创新中心建设", names, { districtId: "D" })).toEqual(["青禾研究院 -BUILDS-> 远帆创新中心"]);
  });

  it("reads 共同 as partnering only with a partner after 与", () => {
    expect(lines("与青禾市共同打造增长极", [["青禾市", "Area"]], { districtId: "D" })).toEqual(["D -PARTNERS_WITH-> 青禾市"]);
    expect(lines("共同打造青禾经济区", [["青禾经济区", "Area"]], { districtId: "D" })).not.toContainEqual(expect.stringContaining("PARTNERS_WITH"));
  });

  it("reads a line extended to a place as serving it", () => {
    expect(lines("推进5号线二期延伸至青禾区", [["5号线二期", "Project"], ["青禾区", "Area"]])).toEqual(["5号线二期 -SERVES-> 青禾区"]);
  });

  it("gives the report's place the act when the sentence opens on an industry, not an actor", () => {
    const names: NameSpec[] = [["海洋装备", "Industry"], ["青禾招商大会", "Event"]];
    expect(lines("海洋装备加快壮大，成功举办青禾招商大会", names, { districtId: "D" })).toContainEqual("D -HOSTS-> 青禾招商大会");
    const actor: NameSpec[] = [["远帆集团", "Enterprise"], ["青禾招商大会", "Event"]];
    expect(lines("远帆集团加快壮大，成功举办青禾招商大会", actor, { districtId: "D" })).not.toContainEqual("D -HOSTS-> 青禾招商大会");
  });

  it("reads 打造 an industry's cluster as promoting the industry", () => {
    expect(lines("加快打造海洋装备产业高地", [["海洋装备", "Industry"]], { districtId: "D" })).toEqual(["D -PROMOTES-> 海洋装备"]);
  });

  it("files what a sentence about an industry brings in under that industry", () => {
    expect(
      lines("在数字经济方面，市中区积极打造人工智能示范区，引进科大讯飞、商汤科技等多家头部企业", [
        SZQ,
        ["数字经济", "Industry"],
        ["人工智能示范区", "Platform"],
        ["科大讯飞", "Enterprise"],
        ["商汤科技", "Enterprise"],
      ]),
    ).toEqual([
      "人工智能示范区 -BELONGS_TO-> 数字经济",
      "商汤科技 -BELONGS_TO-> 数字经济",
      "市中区 -BUILDS-> 人工智能示范区",
      "市中区 -INTRODUCED-> 商汤科技",
      "市中区 -INTRODUCED-> 科大讯飞",
      "科大讯飞 -BELONGS_TO-> 数字经济",
    ]);
  });
});

describe("extractRelations: guards", () => {
  it("does not place one settler in another settler named earlier (real sentence, doc 002)", () => {
    expect(
      lines("中软国际人工智能创新中心、首创·富恒数字创新产业中心签约落地，山东未来网络研究院确定落地", [
        ["中软国际人工智能创新中心", "Platform"],
        ["首创·富恒数字创新产业中心", "Platform"],
        ["山东未来网络研究院", "Institution"],
      ]),
    ).toEqual([]);
  });

  it("does not take an earlier place when the verb has an object of its own", () => {
    expect(lines("聚焦中央活力区建设，推动法国鲁昂学院山东校区落地市中", [CVA, ["法国鲁昂学院山东校区", "Institution"]])).toEqual([]);
  });

  it("does not read 在…领导下 as a person leading", () => {
    expect(
      lines("以习近平同志为核心的党中央，在市委、市政府的坚强领导下，取得成绩", [["习近平", "Person"], ["市委", "Institution"], ["市政府", "Institution"]]),
    ).toEqual([]);
  });

  it("does not give the district a partner when someone else is the party", () => {
    const options = { districtId: "D" };
    expect(lines("林萍萍带领团队攻关，与博上科技联合为三一重工建设超级工厂", [["林萍萍", "Person"], ["博上科技", "Enterprise"], ["三一重工", "Enterprise"]], options)).toEqual([]);
    expect(lines("深化企业与山大、济大等高校技术合作", [["山大", "Institution"], ["济大", "Institution"]], options)).toEqual([]);
    expect(lines("与山东大学签署共建协议", [["山东大学", "Institution"]], options)).toEqual(["D -PARTNERS_WITH-> 山东大学"]);
  });

  it("skips an adjunct after 在 as the object", () => {
    expect(lines("市中区助力更多人才在中央活力区建设的舞台上建功立业", [SZQ, CVA], {})).toEqual([]);
  });
});

describe("extractRelations: facts", () => {
  it("fills evidence and the year of the clause", () => {
    const { sentence, mentions } = scene("2022年，市中区引进科大讯飞", [SZQ, ["科大讯飞", "Enterprise"]], { index: 7 });
    expect(extractRelations(sentence, mentions, TEST_TRIGGERS, "004")).toEqual([
      {
        type: "INTRODUCED",
        fromId: "市中区",
        toId: "科大讯飞",
        year: 2022,
        evidence: { documentId: "004", sentenceIndex: 7, quote: "2022年，市中区引进科大讯飞", rule: "trigger:引进" },
      },
    ]);
    expect(relations("市中区引进科大讯飞", [SZQ, ["科大讯飞", "Enterprise"]])[0]?.year).toBeNull();
  });

  it("states nothing in captions and headings, and ignores other sentences' mentions", () => {
    const { sentence, mentions } = scene("市中区引进科大讯飞", [SZQ, ["科大讯飞", "Enterprise"]], { isAside: true });
    expect(extractRelations(sentence, mentions, TEST_TRIGGERS, "doc")).toEqual([]);
    const body = { ...sentence, isAside: false, index: 3 };
    expect(extractRelations(body, mentions, TEST_TRIGGERS, "doc")).toEqual([]);
  });
});

describe("extractRelations: corpus sentences", () => {
  it("001: a strategy builds two projects; the next clause has no trigger", () => {
    expect(
      lines("中央商埠区加快建设济南宾馆、上新街项目，有序推进经四小纬二、中山公园、万紫巷等项目，万字会旧址等文保建筑修缮工作推进实施", [
        ["中央商埠区", "Strategy"],
        ["济南宾馆", "Project"],
        ["上新街", "Project"],
        ["经四小纬二", "Project"],
        ["中山公园", "Project"],
        ["万紫巷", "Project"],
        ["万字会旧址", "Project"],
      ]),
    ).toEqual(["中央商埠区 -BUILDS-> 上新街", "中央商埠区 -BUILDS-> 济南宾馆"]);
  });

  it("001: regional headquarters of the district, filed under the framed industry", () => {
    const facts = relations(
      "在能源互联方面，2023年以来，市中区新引进能源类企业61家，全区能源类企业总数累计达到218家，其中国网山东电力、国家管网集团山东总部、中石油山东分公司等区域性总部企业64家",
      [SZQ, ["能源互联", "Industry"], ["国网山东电力", "Enterprise"], ["国家管网集团山东总部", "Enterprise"], ["中石油山东分公司", "Enterprise"]],
    );
    expect(relationLines(facts)).toEqual([
      "中石油山东分公司 -BELONGS_TO-> 能源互联",
      "中石油山东分公司 -HEADQUARTERED_IN-> 市中区",
      "国家管网集团山东总部 -BELONGS_TO-> 能源互联",
      "国家管网集团山东总部 -HEADQUARTERED_IN-> 市中区",
      "国网山东电力 -BELONGS_TO-> 能源互联",
      "国网山东电力 -HEADQUARTERED_IN-> 市中区",
    ]);
    expect(facts.every((f) => f.year === 2023)).toBe(true);
  });

  it("003: enterprises settling under an industry topic, with no place named", () => {
    expect(
      lines("能源互联集聚壮大，今年新落地国家管网集团山东总部、榆济管道公司等能源类企业15家", [
        ["能源互联", "Industry"],
        ["国家管网集团山东总部", "Enterprise"],
        ["榆济管道公司", "Enterprise"],
      ]),
    ).toEqual(["国家管网集团山东总部 -BELONGS_TO-> 能源互联", "榆济管道公司 -BELONGS_TO-> 能源互联"]);
  });
});

import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import type { LexiconIndex } from "../../../ingest/operations/names/lexicon.ts";
import type { Mention } from "../../../ingest/model.ts";
import { emptyLexicon, fixtureLexicon, sentences } from "./fixtures/lexicon-fixture.ts";

const EMPTY = emptyLexicon();
const FIXTURE = fixtureLexicon();

/** Mentions of one sentence as "Type:surface". */
function names(text: string, lexicon: LexiconIndex = EMPTY): string[] {
  return findMentions(sentences(text), lexicon).map((m) => `${m.type}:${m.surface}`);
}

/** The single mention found in `text`, or a failure listing what was found. */
function only(text: string, lexicon: LexiconIndex = EMPTY): Mention {
  const found = findMentions(sentences(text), lexicon);
  expect(found.map((m) => m.surface)).toHaveLength(1);
  return found[0] as Mention;
}

describe("findMentions: lexicon", () => {
  it("takes the longest match and never an overlapping shorter one", () => {
    const mention = only("围绕打造济南中央活力区，提升品质", FIXTURE);
    expect(mention).toMatchObject({ surface: "济南中央活力区", type: "Strategy", source: "lexicon", canonical: "济南中央活力区" });
  });

  it("gives offsets in the sentence and canonical names for aliases", () => {
    const [mention] = findMentions(sentences("坚持以中央活力区战略引领"), FIXTURE);
    expect(mention).toMatchObject({ sentenceIndex: 0, start: 3, end: 8, surface: "中央活力区", canonical: "济南中央活力区" });
  });

  it("does not match English names in Chinese text, but does match a Latin alias as a word", () => {
    expect(names("Central Vitality Area建设", FIXTURE)).toEqual([]);
    expect(names("上拉全区GDP增速2.6个百分点", FIXTURE)).toEqual(["Indicator:GDP"]);
  });

  it("keeps the sentence index of each sentence", () => {
    const found = findMentions(sentences("山东大学", "英雄山路"), FIXTURE);
    expect(found.map((m) => [m.sentenceIndex, m.surface])).toEqual([
      [0, "山东大学"],
      [1, "英雄山路"],
    ]);
  });
});

describe("findMentions: names by their head, for reports the lexicon has never seen", () => {
  it.each([
    ["市中区引进青岛海纳科技有限公司，落户鲁南数字产业园。", ["Enterprise:青岛海纳科技有限公司", "Platform:鲁南数字产业园"]],
    ["组建泉城智能制造研究院", ["Institution:泉城智能制造研究院"]],
    ["引进山东中轨铁投城市建设发展有限公司等亿元以上项目142个", ["Enterprise:山东中轨铁投城市建设发展有限公司"]],
    ["今年引进国家石油天然气管网集团有限公司山东省分公司等重点项目", ["Enterprise:国家石油天然气管网集团有限公司山东省分公司", "Enterprise:国家石油天然气管网集团有限公司"]],
    ["培植发展了山东安可区块链产业发展研究院", ["Institution:山东安可区块链产业发展研究院"]],
    ["依托济南国际创新设计产业园，加快打造", ["Platform:济南国际创新设计产业园"]],
    ["核心载体龙玺大厦封顶", ["Platform:龙玺大厦"]],
    ["中科5G产业园一期投入运营", ["Platform:中科5G产业园"]],
    ["打造商埠1904街区", ["Area:商埠1904街区"]],
    ["稳妥推进二七片区城市更新", ["Area:二七片区"]],
    ["首创·富恒数字创新产业中心签约落地", ["Platform:首创·富恒数字创新产业中心"]],
    ["国家科技领军人才创新创业(济南)基地投入使用", ["Platform:国家科技领军人才创新创业(济南)基地"]],
    ["中软国际人工智能创新中心签约落地", ["Platform:中软国际人工智能创新中心"]],
    ["新建历下区实验小学", ["Institution:历下区实验小学"]],
    ["启动省体育中心更新", ["Platform:省体育中心"]],
    ["与山东大学签署共建协议", ["Institution:山东大学"]],
    ["斯坦福与伯克利联合实验室访问学者", ["Platform:斯坦福与伯克利联合实验室"]],
    ["引进中建八局山东分公司", ["Enterprise:中建八局山东分公司"]],
    ["与华夏银行签署协议", ["Enterprise:华夏银行"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("cuts the left edge at verbs of building and bringing in", () => {
    expect(names("加快建设泉城数字研究院")).toEqual(["Institution:泉城数字研究院"]);
    expect(names("推动中移铁通智慧产业园等项目尽快落地")).toEqual(["Project:中移铁通智慧产业园"]);
  });

  it("leaves an organisation before a thing of its own out of that thing's name", () => {
    expect(names("海纳研究院航天信息区块链平台入选")).toEqual(["Institution:海纳研究院", "Platform:航天信息区块链平台"]);
  });

  it("reads projects with a name before 项目 or 工程", () => {
    expect(names("市中区引进洁源新能源电池项目")).toEqual(["Project:洁源新能源电池项目"]);
    expect(names("实施英雄山路景观亮化提升工程")).toEqual(["Project:英雄山路景观亮化提升工程"]);
  });

  it("reads events with their edition or year (resolution keeps the series' name as an alias)", () => {
    expect(names("举办第四届济南玉符河文化旅游节")).toEqual(["Event:第四届济南玉符河文化旅游节"]);
    expect(names("举办2024市中消费季")).toEqual(["Event:2024市中消费季"]);
    expect(names("举办中国北方（济南·市中）花卉盆景博览会")).toEqual(["Event:中国北方（济南·市中）花卉盆景博览会"]);
  });

  it("finds names in captions too", () => {
    const [caption] = sentences("山东大学国家大学科技园");
    const found = findMentions([{ ...(caption as NonNullable<typeof caption>), isAside: true }], EMPTY);
    expect(found.map((m) => m.surface)).toEqual(["山东大学国家大学科技园"]);
  });
});

describe("findMentions: a unit named after its parent organisation", () => {
  it("keeps the parent inside the unit's name", () => {
    expect(names("加快青禾理工大学海洋学院建设")).toEqual(["Institution:青禾理工大学海洋学院", "Institution:青禾理工大学"]);
    expect(names("远帆控股集团华南总部落户")).toContain("Enterprise:远帆控股集团");
    expect(names("青禾医学科学院肿瘤医院烟台医院开诊")).toContain("Institution:青禾医学科学院肿瘤医院烟台医院");
  });

  it("does not take a bare place or a short head as the parent", () => {
    expect(names("加快青禾理工大学海洋学院建设").filter((n) => n.endsWith(":大学"))).toEqual([]);
    expect(names("推进青禾大学城建设")).not.toContain("Institution:青禾大学");
  });
});

describe("findMentions: descriptions are not names", () => {
  it.each([
    "该中心",
    "服务中心",
    "建成一批产业园",
    "建成3个产业园",
    "建成社区党群服务中心20处",
    "新增科技孵化器2家",
    "打造全市唯一的教师成长基地",
    "坚持以人民为中心的发展思想",
    "获评“国家智慧健康养老示范基地”",
    "获评国家生态文明建设示范区",
    "积极打造国家级人工智能创新应用示范区",
    "加快实施清洁取暖工程",
    "新增集体经济项目11个",
    "头号民生工程",
    "中心城区基础教育设施",
    "做大总部经济",
    "新增金融业区域总部4家",
    "打造望岳路等花景街区21条",
    "推进数字经济创新中心建设",
    "选派36名第一书记到村引项目",
    "落成智能电网、电能智慧应用两大技术创新中心",
    "第十九届人民代表大会第二次会议",
    "开展集团化办学",
    "开工建设24所中小学",
    "搭建平台载体",
    // Kinds of bodies and projects, with made-up places: a country-level designation, a class, a pilot.
    "建设国家区域医疗保障中心",
    "引导保险公司和上市公司参与",
    "实施青禾零碳试点项目",
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe("findMentions: quoted names", () => {
  it("reads 《…》 as a policy only when the title says so", () => {
    expect(only("落实《济南市促进数字经济发展若干政策》")).toMatchObject({ type: "Policy", source: "quoted", surface: "济南市促进数字经济发展若干政策" });
    expect(names("实景剧《英雄山》、红色京剧《邓恩铭》成功展演")).toEqual([]);
  });

  it("reads a short quoted name ending in a head, and prefers the quote over the head rule", () => {
    expect(only("打造“泉城数谷产业园”")).toMatchObject({ type: "Platform", source: "quoted", surface: "泉城数谷产业园" });
  });

  it("reads quoted programmes and article sets as policies", () => {
    expect(names("实施“城郊学校教育质量提升三年行动”")).toEqual(["Policy:城郊学校教育质量提升三年行动"]);
    expect(names("率先出台“关心关爱11条”")).toEqual(["Policy:关心关爱11条"]);
    expect(names("认真落实“双减”政策")).toEqual(["Policy:“双减”政策"]);
    expect(names("有序推进“金审三期”项目建设")).toEqual(["Project:金审三期"]);
  });

  it("rejects slogans, honours and nicknames in quotes", () => {
    expect(names("“四大中心”")).toEqual([]);
    expect(names("具有“最美星空隧道”之称")).toEqual([]);
    expect(names("研究拿出更多行业“滴灌型”政策措施")).toEqual([]);
  });
});

describe("findMentions: people", () => {
  it.each([
    ["紧紧握住社区书记李梓涵的手", "李梓涵"],
    ["去年，王建国带领团队攻关", "王建国"],
    ["访问学者林萍萍就选择了市中", "林萍萍"],
    ["林萍萍表示：“…”", "林萍萍"],
    ["记者 杜春娜", "杜春娜"],
    ["是以习近平同志为核心的党中央", "习近平"],
    ["青禾大学教授周明远当选院士", "周明远"],
  ])("%s", (text, person) => {
    expect(names(text)).toEqual([`Person:${person}`]);
  });

  it("needs a clear cue and a surname", () => {
    expect(names("选派36名第一书记到村")).toEqual([]);
    expect(names("居民刘奶奶说")).toEqual([]);
    expect(names("7次书记圆桌会解决具体问题")).toEqual([]);
  });

  it("reads a foreign person by office or honour, and the country by its head's office", () => {
    expect(names("智利总统博里奇到访")).toEqual(["Area:智利", "Person:博里奇"]);
    expect(names("菲尔兹奖得主陶哲轩等发表演讲")).toEqual([]);
  });
});

describe("findMentions: enumerations", () => {
  it("reads the leading industries of a list", () => {
    expect(names("聚焦现代金融、数字经济、能源互联、都市工业、高端商贸五大主导产业")).toEqual([
      "Industry:现代金融",
      "Industry:数字经济",
      "Industry:能源互联",
      "Industry:都市工业",
      "Industry:高端商贸",
    ]);
    expect(names("加快布局元宇宙、区块链等新兴数字产业")).toEqual(["Industry:元宇宙", "Industry:区块链"]);
  });

  it("reads sub-sectors from lists closed by 等…产业, and leaves lists of clauses alone", () => {
    expect(names("着力打造汽车制造、电力装备等重点产业链")).toEqual(["Industry:汽车制造", "Industry:电力装备"]);
    expect(names("坚持巩固提升传统产业、强力突破新兴产业、谋划布局未来产业")).toEqual([]);
  });

  it("reads enterprises, projects and areas from lists closed by 等", () => {
    expect(names("发挥超意兴、金春禧等餐饮龙头企业带动作用")).toEqual(["Enterprise:超意兴", "Enterprise:金春禧"]);
    expect(names("机床一厂、文庄、大庙屯等15个安置项目")).toEqual(["Project:机床一厂", "Project:文庄", "Project:大庙屯"]);
    expect(names("兴隆、白马山等片区完成征收")).toEqual(["Area:兴隆", "Area:白马山"]);
    expect(names("重点盯引世界500强、中国500强等企业项目")).toEqual([]);
    expect(names("在仓储配送、票务代理等领域引育一批领军企业")).toEqual([]);
    expect(names("引导远帆重工、青禾电子等央企集团增资扩产")).toEqual(["Enterprise:远帆重工", "Enterprise:青禾电子"]);
    expect(names("支持甲乙科技、丙丁智能等企业拓展无人配送、智慧仓储等应用场景")).toEqual(["Enterprise:甲乙科技", "Enterprise:丙丁智能"]);
  });

  it("reads the members of a list closed by a kind of site or settlement as areas", () => {
    expect(names("加强石榴坪、青檀岭等遗址保护")).toEqual(["Area:石榴坪", "Area:青檀岭"]);
    expect(names("串联白鹭湾、金鸡岭和松风峪等5座水库")).toEqual(["Area:白鹭湾", "Area:金鸡岭", "Area:松风峪"]);
    expect(names("碳排放强度、能源、环境等指标完成国家下达任务")).toEqual([]);
  });

  it("reads a single member before a closer that counts the members", () => {
    expect(names("推进青禾里棚改等8个项目")).toEqual(["Project:青禾里棚改"]);
    expect(names("打通松柏三街等8条断头路")).toEqual(["Project:松柏三街"]);
    expect(names("推进青禾里棚改等项目")).toEqual([]);
    expect(names("开展妇女体检、重点人群筛查等项目")).not.toContain("Project:筛查");
  });
});

describe("findMentions: lexicon and patterns together", () => {
  it("drops a pattern name inside a lexicon name", () => {
    expect(findMentions(sentences("培植发展了山东未来网络研究院"), FIXTURE).map((m) => [m.source, m.surface])).toEqual([
      ["lexicon", "山东未来网络研究院"],
    ]);
  });

  it("lets a longer pattern name contain a lexicon name, and keeps a different entity inside as a nested mention", () => {
    const found = findMentions(sentences("依托山东大学国家大学科技园"), FIXTURE);
    expect(found.map((m) => [m.source, m.type, m.surface, m.start])).toEqual([
      ["pattern", "Platform", "山东大学国家大学科技园", 2],
      ["lexicon", "Institution", "山东大学", 2],
    ]);
  });

  it("does not nest the same thing, a place prefix or an industry word", () => {
    expect(names("全面完成上新街项目", FIXTURE)).toEqual(["Project:上新街项目"]);
    expect(names("山东数字经济产业园获评", FIXTURE)).toEqual(["Platform:山东数字经济产业园"]);
  });

  it("never starts a name with the district itself", () => {
    expect(names("③市中区大唐5G项目航拍图", FIXTURE)).toEqual(["Area:市中区", "Project:大唐5G项目"]);
  });

  it("returns spans that match the sentence text", () => {
    const text = "市中区引进国家管网集团山东总部、科大讯飞，依托未来网络研究院，举办2024市中消费季。";
    for (const m of findMentions(sentences(text), FIXTURE)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe("findMentions: the party after 与 in a partner frame", () => {
  it("reads the party as a name, a place when it looks like one", () => {
    expect(names("与青禾社共建国际传播中心")).toContain("Institution:青禾社");
    expect(names("与远帆县共建3个产业园")).toContain("Area:远帆县");
    expect(names("与青禾科技联合攻关")).toContain("Enterprise:青禾科技");
  });

  it("reads no kind of party", () => {
    expect(names("深化与企业合作")).toEqual([]);
    expect(names("与全区群众共同奋斗")).toEqual([]);
  });
});

describe("findMentions: type from the list a name stands in", () => {
  it("reads buildings and parks counted among projects as projects", () => {
    expect(names("推动远帆大厦、青禾数字产业园等优质项目尽快落地")).toEqual(["Project:远帆大厦", "Project:青禾数字产业园"]);
    expect(names("远帆大厦投入使用")).toEqual(["Platform:远帆大厦"]);
  });

  it("does not end an industry before a carrier's head (某某产业总部基地, 产业导入)", () => {
    expect(names("加快青禾区产业导入")).not.toContainEqual(expect.stringMatching(/^Industry:/u));
  });
});

describe("findMentions: parts a territory is divided into", () => {
  it("reads the members of a list closed by N大空间/片区 as areas", () => {
    expect(names("统筹东湖新城区、西山生态区三大空间建设")).toEqual(expect.arrayContaining(["Area:西山生态区"]));
  });
});

describe("findMentions: short quoted programmes", () => {
  it("reads a quoted 某某行动 of four characters when its brand is not a generic word", () => {
    expect(names("扎实推进上市后备资源培育“青禾行动”")).toContain("Policy:青禾行动");
    expect(names("力争“专项计划”落实")).toEqual([]);
  });
});

describe("findMentions: a byline of names", () => {
  it("reads a line of surname-led names alone as people, and no line of words", () => {
    expect(names("王青禾 李远帆 张山")).toEqual(["Person:王青禾", "Person:李远帆", "Person:张山"]);
    expect(names("加快 推进 建设")).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NormalizedText } from "../../../ingest/model.ts";
import { normalizeText } from "../../../ingest/operations/text/normalize-text.ts";

const SEEDS = "/work/shared/seeds";

/** Normalizes and checks that every output character points back to the character it came from. */
function norm(original: string): NormalizedText {
  const n = normalizeText(original);
  expect(n.origin).toHaveLength(n.text.length + 1);
  expect(n.origin[n.text.length]).toBe(original.length);
  const wrong: string[] = [];
  for (let i = 0; i < n.text.length; i++) {
    const ch = n.text.charAt(i);
    const at = n.origin[i] ?? -1;
    const source = original.charAt(at);
    const ok =
      at >= 0 && at <= original.length && (ch === "\n" || (ch === " " ? /\s|\u3000/.test(source) : ch === source || ch === halfWidth(source)));
    if (!ok) wrong.push(`${i}:${ch}<-${at}:${source}`);
  }
  expect(wrong).toEqual([]);
  return n;
}

function halfWidth(ch: string): string {
  const c = ch.charCodeAt(0);
  return c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : ch;
}

const paras = (n: NormalizedText): string[] => n.text.split("\n");
const asides = (n: NormalizedText): string[] => n.asides.map((a) => n.text.slice(a.start, a.end));
const seed = (name: string): string => readFileSync(`${SEEDS}/${name}`, "utf8");

describe("normalizeText: lines and paragraphs", () => {
  it("joins a line break inside a word with no space", () => {
    expect(norm("山东未来网络研\n究院落户市中区。").text).toBe("山东未来网络研究院落户市中区。");
  });

  it("joins every wrapped line of a narrow column", () => {
    const column = "这是一座积淀着精彩与荣光\n的城区，也是一座跃动着生机与\n活力的城区。走在济南市中区这\n片热土上，你会发现变化。";
    expect(norm(column).text).toBe("这是一座积淀着精彩与荣光的城区，也是一座跃动着生机与活力的城区。走在济南市中区这片热土上，你会发现变化。");
  });

  it("separates paragraphs at blank lines, keeping one \\n", () => {
    expect(norm("第一段到此结束。\n\n\n第二段也结束了。").text).toBe("第一段到此结束。\n第二段也结束了。");
  });

  it("starts a new paragraph after a line ending with a sentence end", () => {
    expect(paras(norm("去年完成投资53.8亿元。\n今年计划开工项目36个。"))).toEqual(["去年完成投资53.8亿元。", "今年计划开工项目36个。"]);
    expect(paras(norm("各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。"))).toEqual(["各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议。"]);
  });

  it("keeps a quotation that spans lines in one paragraph", () => {
    expect(norm("他说：“今年要开好局。\n明年要起好步。”").text).toBe("他说：“今年要开好局。明年要起好步。”");
  });

  it("puts one space between Latin words split by a line break, none between digits", () => {
    expect(norm("打造Energy\nInternet产业集\n群，规模突破32\n00亿元。").text).toBe("打造Energy Internet产业集群，规模突破3200亿元。");
  });

  it("joins a paragraph cut by a page break mid-word", () => {
    const text = "市中区高标准推进济南中央活力区、济南中央商埠区、山\n\n东能源互联网产业集聚区三大战略。";
    expect(norm(text).text).toBe("市中区高标准推进济南中央活力区、济南中央商埠区、山东能源互联网产业集聚区三大战略。");
  });

  it("joins across a page break after a comma or an enumeration mark", () => {
    expect(norm("累计招揽省市级人才、\n\n市大赛落地人才400余名。").text).toBe("累计招揽省市级人才、市大赛落地人才400余名。");
  });

  it("does not join a finished paragraph to the next", () => {
    expect(paras(norm("开启新征程，续写新篇章。\n\n站上全新历史起点，面临多重机遇叠加。"))).toHaveLength(2);
  });

  it("handles CRLF and CR line ends, tabs, zero-width characters and a BOM", () => {
    expect(norm("\ufeff第一段\u200b结束。\r\n\r\n第二\t段，\r继续写完。").text).toBe("第一段结束。\n第二 段，继续写完。");
  });

  it("returns empty text for empty or blank input", () => {
    expect(norm("")).toEqual({ text: "", origin: [0], asides: [] });
    expect(norm(" \n\n　\n").text).toBe("");
  });
});

describe("normalizeText: headings stay on their own line", () => {
  it("does not join markdown headings, and drops the markers", () => {
    expect(paras(norm("# 济南市市中区：勇担使命走在前\n## 强化战略引领 紧抓项目突破\n抓项目就是抓发展。"))).toEqual([
      "济南市市中区：勇担使命走在前",
      "强化战略引领 紧抓项目突破",
      "抓项目就是抓发展。",
    ]);
  });

  it("does not join numbered headings", () => {
    const text = "一、2022年工作回顾\n刚刚过去的2022年极不平凡。\n（一）坚持项目为王\n全年新开工项目109个。\n第一章 总则\n本办法适用于全区。";
    expect(paras(norm(text))).toEqual(["一、2022年工作回顾", "刚刚过去的2022年极不平凡。", "（一）坚持项目为王", "全年新开工项目109个。", "第一章 总则", "本办法适用于全区。"]);
  });

  it("starts a new paragraph at a numbered line even after an open line", () => {
    expect(paras(norm("二、2023年总体要求和主要预期目标\n各位代表，今年是开局之年。"))).toEqual(["二、2023年总体要求和主要预期目标", "各位代表，今年是开局之年。"]);
  });

  it("does not join a short title line inside a wrapped column", () => {
    const column = "实施“三大战略”\n聚力突破提升\n步履不停，奋斗不止，未来可\n期。在新的起点上，市中区以\n更大的热忱描绘出宏伟蓝图。";
    expect(paras(norm(column))).toEqual(["实施“三大战略”", "聚力突破提升", "步履不停，奋斗不止，未来可期。在新的起点上，市中区以更大的热忱描绘出宏伟蓝图。"]);
  });

  it("keeps a stack of bare title lines apart when no column width is known", () => {
    expect(paras(norm("加快转型升级\n推进产城融合\n\n这是一座积淀着精彩与荣光的城区。"))).toEqual(["加快转型升级", "推进产城融合", "这是一座积淀着精彩与荣光的城区。"]);
  });

  it("does not join a stand-alone title to the body after a blank line", () => {
    const text = "牢记嘱托走在前 砥砺奋进开新局\n\n新征程活力品质市中再谱新篇\n\n10年风雨兼程，10年拼搏奋进。";
    expect(paras(norm(text))).toEqual(["牢记嘱托走在前 砥砺奋进开新局", "新征程活力品质市中再谱新篇", "10年风雨兼程，10年拼搏奋进。"]);
  });

  it("does not join an unfinished paragraph to a heading that follows it", () => {
    const text = "交出了一份厚重提气的高质量答卷\n\n## 新的征程\n\n市中区将继续努力。";
    expect(paras(norm(text))).toEqual(["交出了一份厚重提气的高质量答卷", "新的征程", "市中区将继续努力。"]);
  });

  it("keeps a '#topic#' hashtag as text", () => {
    expect(norm("#两会#代表委员热议发展。").text).toBe("#两会#代表委员热议发展。");
  });
});

describe("normalizeText: digits and full-width characters", () => {
  it("glues digits that OCR spaced out", () => {
    expect(norm("增加至2 0 2 1年的1 0 8 . 5亿元。").text).toBe("增加至2021年的108.5亿元。");
    expect(norm("从2012年的558 . 5亿元增长。").text).toBe("从2012年的558.5亿元增长。");
    expect(norm("拆迁居民1 . 15万户。").text).toBe("拆迁居民1.15万户。");
    expect(norm("增长228 %，位居前列。").text).toBe("增长228%，位居前列。");
  });

  it("glues a spaced number broken across lines", () => {
    expect(norm("收入增加至2 0\n2 1年的水平。").text).toBe("收入增加至2021年的水平。");
  });

  it("does not glue separate numbers", () => {
    expect(norm("2021 2022两年，3年5个项目，第1批12个。").text).toBe("2021 2022两年，3年5个项目，第1批12个。");
  });

  it("turns full-width digits, letters, percent and point into ASCII", () => {
    expect(norm("ＧＤＰ增长６．５％，达到１３００亿元。").text).toBe("GDP增长6.5%，达到1300亿元。");
  });

  it("closes up letter-spaced titles but keeps spaces between words", () => {
    expect(norm("政 府 工 作 报 告").text).toBe("政府工作报告");
    expect(norm("牢记嘱托走在前 砥砺奋进开新局").text).toBe("牢记嘱托走在前 砥砺奋进开新局");
  });

  it("closes up letter-spacing that starts mid-word after a line join", () => {
    const column = "围绕市委确立的“六个现代化强\n省 会 ”目 标 任 务 ，科 学 制 定\n“21234”工作体系，明确提出目\n标。";
    expect(norm(column).text).toBe("围绕市委确立的“六个现代化强省会”目标任务，科学制定“21234”工作体系，明确提出目标。");
  });

  it("removes spaces beside Chinese punctuation and collapses runs of spaces", () => {
    expect(norm("市中区 ， 济南市   历下区。").text).toBe("市中区，济南市 历下区。");
  });
});

describe("normalizeText: markdown", () => {
  it("removes bold markers", () => {
    expect(norm("**发展品质更好**——数字经济全面起势。").text).toBe("发展品质更好——数字经济全面起势。");
  });

  it("removes heading markers, including closing hashes", () => {
    expect(norm("### 打造有“温度”的城区 ###\n\n正文。").text).toBe("打造有“温度”的城区\n正文。");
  });
});

describe("normalizeText: captions and bylines", () => {
  it("records caption and byline lines as asides, each its own paragraph", () => {
    const text = [
      "记者 杜春娜 通讯员 孙化鹏",
      "市中区加快建设济南宾馆。",
      "图为建设中的济南宾馆。",
      "▲上新街夜景",
      "本报记者 张三",
      "（记者 李四）",
      "（王五 摄）",
      "文/片 记者 杜春娜",
      "李猛 裴梦雪 孙化鹏",
      "区长  鞠正江",
      "项目计划年内开街运营。",
    ].join("\n");
    const n = norm(text);
    expect(asides(n)).toEqual(["记者 杜春娜 通讯员 孙化鹏", "图为建设中的济南宾馆。", "▲上新街夜景", "本报记者 张三", "（记者 李四）", "（王五 摄）", "文/片 记者 杜春娜", "李猛 裴梦雪 孙化鹏", "区长 鞠正江"]);
    expect(paras(n)).toContain("项目计划年内开街运营。");
    expect(paras(n)).toContain("市中区加快建设济南宾馆。");
  });

  it("does not take a sentence that starts with 记者 for a byline", () => {
    expect(norm("记者了解到，市中区今年将新建学校6所。").asides).toEqual([]);
  });

  it("records a ①…⑥ caption list at the end as asides", () => {
    const n = norm("市中区生态环境持续改善，营商环境不断优化，城市品质全面提升。\n\n①市中区鸟瞰图  \n②中心城区大大提升了居住品质\n\n③生态宜居市中区");
    expect(asides(n)).toEqual(["①市中区鸟瞰图", "②中心城区大大提升了居住品质", "③生态宜居市中区"]);
  });

  it("records short unmarked captions after the last paragraph as asides", () => {
    const body = "市中区将坚定不移贯彻新发展理念，更加聚焦人民群众普遍关心关注的民生问题，一件一件抓落实。";
    const n = norm(`${body}\n\n市中全景图。\n\n百年大观园恢复夜经济。\n\n山东大学国家大学科技园`);
    expect(asides(n)).toEqual(["市中全景图。", "百年大观园恢复夜经济。", "山东大学国家大学科技园"]);
  });

  it("rejoins a paragraph cut by marked captions and moves the captions after it", () => {
    const text = "此外，市中区举办“潮燃大商埠—中国济南商\n\n图为商埠夜景。\n\n（张三 摄）\n\n埠文化节”，推动商埠客流量齐涨。\n\n## 下一节";
    const n = norm(text);
    expect(paras(n)).toEqual(["此外，市中区举办“潮燃大商埠—中国济南商埠文化节”，推动商埠客流量齐涨。", "图为商埠夜景。", "（张三 摄）", "下一节"]);
    expect(asides(n)).toEqual(["图为商埠夜景。", "（张三 摄）"]);
  });

  it("rejoins a paragraph cut by a displaced lead paragraph and unmarked captions set off by wide gaps", () => {
    const text = [
      "队伍建设上，实施“经纬雁阵”计划。阵地提升上，全面提升阵地",
      "",
      "2023年已过半，市中区始终把推动高质量发展作为根本任务。",
      "",
      "",
      "",
      "小庄村的文化广场丰富了群众的文化生活。",
      "",
      "服务体系，集中攻坚解决场所不达标、布局不合理问题，让群众时刻感受到党组织就在身边。",
    ].join("\n");
    const n = norm(text);
    expect(paras(n)).toEqual([
      "队伍建设上，实施“经纬雁阵”计划。阵地提升上，全面提升阵地服务体系，集中攻坚解决场所不达标、布局不合理问题，让群众时刻感受到党组织就在身边。",
      "2023年已过半，市中区始终把推动高质量发展作为根本任务。",
      "小庄村的文化广场丰富了群众的文化生活。",
    ]);
    expect(asides(n)).toEqual(["小庄村的文化广场丰富了群众的文化生活。"]);
  });

  it("takes short lines after an ordinary gap for headings, not captions, and joins the adjacent paragraph", () => {
    const text = "市中区处处生机勃发、处处\n\n活力四射，聚势成峰阔步新时代。\n\n实施“三大战略”\n聚力突破提升\n\n步履不停，奋斗不止，未来可期。";
    const n = norm(text);
    expect(paras(n)).toEqual(["市中区处处生机勃发、处处活力四射，聚势成峰阔步新时代。", "实施“三大战略”", "聚力突破提升", "步履不停，奋斗不止，未来可期。"]);
    expect(n.asides).toEqual([]);
  });
});

describe("normalizeText: the seed texts' quirks", () => {
  it("000: column breaks inside names, spaced digits, page-break continuations", () => {
    const n = norm(seed("000_44d75e046109d3ee.txt"));
    expect(n.text).toContain("培植发展了山东未来网络研究院、安可区块链研究院");
    expect(n.text).toContain("从2012年的558.5亿元连续跨越六个百亿大关，达到了2021年的1161.7亿元");
    expect(n.text).toContain("增加至2021年的108.5亿元，增长228%");
    expect(n.text).toContain("北部老城区累计拆迁居民1.15万户");
    expect(n.text).toContain("“中国城区高质量发展百强区”“中国创新百强区”行列；");
    expect(n.text).toContain("以新型城市化为主线，大力实施老城更新");
    expect(n.text).toContain("今年市中区列出为民办实事22件");
    expect(paras(n)).toContain("实施“三大战略”");
    expect(paras(n)).toContain("聚力突破提升");
    expect(asides(n)).toEqual(["市中全景图。", "百年大观园恢复夜经济。", "山东大学国家大学科技园"]);
  });

  it("001: markdown headings, and the paragraph cut by captions (…中国济南商 / 埠文化节)", () => {
    const n = norm(seed("001_ef7e7b1f7dc22885.txt"));
    expect(n.text).toContain("举办“潮燃大商埠—中国济南商埠文化节”，串联老商埠“三园六巷十八景”，推动商埠客流量、商圈消费量齐涨。");
    expect(n.text).not.toContain("#");
    expect(paras(n)).toContain("强化战略引领 紧抓项目突破");
    expect(asides(n)).toEqual(["记者 杜春娜 通讯员 孙化鹏", "济南市市中区全景", "山东大学国家大学科技园", "社区环境大变样，群众幸福感提升。"]);
    expect(n.text).toContain("持续加快四级医保公共服务体系，建成省市级示范标准村卫生室10个");
  });

  it("002: bold markers and the ①…⑥ captions at the end", () => {
    const n = norm(seed("002_1431c5b773d9c6de.txt"));
    expect(n.text).not.toContain("*");
    expect(paras(n).some((p) => p.startsWith("发展品质更好——数字经济"))).toBe(true);
    expect(asides(n)).toContain("李猛 裴梦雪 孙化鹏");
    expect(asides(n).filter((a) => /^[①-⑥]/.test(a))).toHaveLength(6);
    expect(n.text).toContain("见证着市中区“发展品质更好”的有力实践");
  });

  it("003: paragraphs split across page breaks mid-word (山 / 东能源…, 上 / 市资源企业)", () => {
    const n = norm(seed("003_59933a9ea9d10ab9.txt"));
    expect(n.text).toContain("济南中央商埠区、山东能源互联网产业集聚区三大战略");
    expect(n.text).toContain("储备上市资源企业49家");
    expect(n.text).toContain("全面提升阵地服务体系，集中攻坚");
    expect(asides(n)).toContain("小庄村的文化广场丰富了群众的文化生活。");
  });

  it("004: letter-spaced title, numbered sections never joined", () => {
    const n = norm(seed("004_48c22894fe31d916.txt"));
    expect(paras(n)[0]).toBe("政府工作报告");
    expect(paras(n)).toContain("一、2022年工作回顾");
    expect(paras(n)).toContain("二、2023年总体要求和主要预期目标");
    expect(paras(n).filter((p) => /^（[一二三四五六七八]）/.test(p))).toHaveLength(19);
    expect(asides(n)).toContain("区长 鞠正江");
  });
});

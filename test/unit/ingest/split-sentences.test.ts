import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NormalizedText, Sentence } from "../../../ingest/model.ts";
import { normalizeText } from "../../../ingest/operations/text/normalize-text.ts";
import { splitSentences } from "../../../ingest/operations/text/split-sentences.ts";

const SEEDS = "/work/shared/seeds";

/** Normalized text that is already clean: every character is its own origin. */
function plain(text: string, asides: Array<[number, number]> = []): NormalizedText {
  return { text, origin: [...Array.from(text, (_, i) => i), text.length], asides: asides.map(([start, end]) => ({ start, end })) };
}

const texts = (sentences: readonly Sentence[]): string[] => sentences.map((s) => s.text);
const split = (text: string): string[] => texts(splitSentences(plain(text)));

describe("splitSentences: boundaries", () => {
  it("splits after 。！？；", () => {
    expect(split("市中区经济稳中向好。投资增长5%！还有什么？就业稳定；民生改善。")).toEqual(["市中区经济稳中向好。", "投资增长5%！", "还有什么？", "就业稳定；", "民生改善。"]);
  });

  it("splits at paragraph breaks even without punctuation", () => {
    expect(split("第一段没有句号\n第二段也没有")).toEqual(["第一段没有句号", "第二段也没有"]);
  });

  it("splits at a colon only where a paragraph ends", () => {
    expect(split("主要预期目标是：地区生产总值增长6%。")).toEqual(["主要预期目标是：地区生产总值增长6%。"]);
    expect(split("各位代表：\n现在，我代表区人民政府报告工作。")).toEqual(["各位代表：", "现在，我代表区人民政府报告工作。"]);
  });

  it("keeps runs of end marks and closing brackets with their sentence", () => {
    expect(split("真的吗？！当然。（完）")).toEqual(["真的吗？！", "当然。", "（完）"]);
    expect(split("这是一句话。）另一句。")).toEqual(["这是一句话。）", "另一句。"]);
  });

  it("splits half-width ! ? ; too, but not the decimal point", () => {
    expect(split("增长6.5%!再创新高?是的;完成。")).toEqual(["增长6.5%!", "再创新高?", "是的;", "完成。"]);
  });

  it("trims whitespace and drops empty or punctuation-only pieces", () => {
    const sentences = splitSentences(plain("  第一句。  第二句。 \n\n……\n 。 \n第三句"));
    expect(texts(sentences)).toEqual(["第一句。", "第二句。", "第三句"]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it("returns nothing for empty text", () => {
    expect(splitSentences(plain(""))).toEqual([]);
  });
});

describe("splitSentences: quotations", () => {
  it("does not split inside a short quotation", () => {
    expect(split("他说：“今年开好局。明年起好步！”会场响起热烈掌声，代表们备受鼓舞。")).toEqual(["他说：“今年开好局。明年起好步！”", "会场响起热烈掌声，代表们备受鼓舞。"]);
  });

  it("keeps a short attribution with the quotation it follows", () => {
    expect(split("“未来我们会继续招募5G专业人才，助力企业转型。”林萍萍表示。去年，团队建成了工厂。")).toEqual([
      "“未来我们会继续招募5G专业人才，助力企业转型。”林萍萍表示。",
      "去年，团队建成了工厂。",
    ]);
  });

  it("splits after a quotation that ends a sentence when a new sentence follows", () => {
    expect(split("林萍萍表示：“我们可以踏踏实实在这里工作。”去年，林萍萍带领团队打造工业级5G专网，与博上科技联合建设了工厂。")).toEqual([
      "林萍萍表示：“我们可以踏踏实实在这里工作。”",
      "去年，林萍萍带领团队打造工业级5G专网，与博上科技联合建设了工厂。",
    ]);
  });

  it("does not split at the end of a quotation that ends mid-sentence", () => {
    expect(split("获评“国家智慧健康养老示范基地”，成效明显。")).toEqual(["获评“国家智慧健康养老示范基地”，成效明显。"]);
  });

  it("splits a long quotation at its sentence ends", () => {
    const long = "“" + "市中区坚持以人民为中心的发展思想，持续改善民生。".repeat(5) + "”";
    const sentences = split(long);
    expect(sentences).toHaveLength(5);
    expect(sentences.join("")).toBe(long);
  });

  it("is not thrown off by an unmatched opening quote", () => {
    expect(split("开启新征程。“秉承这样的思路，市中区将对标“五个济南”新要求。勇做挑山工。")).toEqual([
      "开启新征程。",
      "“秉承这样的思路，市中区将对标“五个济南”新要求。",
      "勇做挑山工。",
    ]);
  });
});

describe("splitSentences: spans and origins", () => {
  it("gives spans into the normalized text", () => {
    const n = plain("  甲乙。\n丙丁；戊。");
    for (const s of splitSentences(n)) expect(n.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("maps spans back to the original through origin", () => {
    const original = "增加至2 0 2 1年的1 0 8 . 5亿元。\n\n## 标题\n\n**发展**更好。";
    const sentences = splitSentences(normalizeText(original));
    expect(sentences.map((s) => original.slice(s.originalStart, s.originalEnd))).toEqual(["增加至2 0 2 1年的1 0 8 . 5亿元。", "标题", "发展**更好。"]);
    expect(texts(sentences)).toEqual(["增加至2021年的108.5亿元。", "标题", "发展更好。"]);
  });

  it("maps a sentence joined across a line break to the whole original stretch", () => {
    const original = "山东未来网络研\n究院落户市中区。";
    const [s] = splitSentences(normalizeText(original));
    expect(s).toMatchObject({ text: "山东未来网络研究院落户市中区。", originalStart: 0, originalEnd: original.length });
  });
});

describe("splitSentences: headings and asides", () => {
  it("gives each sentence the nearest heading above, and marks headings as asides", () => {
    const sentences = splitSentences(normalizeText("## 强化战略引领 紧抓项目突破\n\n抓项目就是抓发展。谋项目就是谋未来。\n\n## 民生福祉稳步增进\n\n民生支出占82%。"));
    expect(sentences.map((s) => [s.text, s.heading, s.isAside])).toEqual([
      ["强化战略引领 紧抓项目突破", null, true],
      ["抓项目就是抓发展。", "强化战略引领 紧抓项目突破", false],
      ["谋项目就是谋未来。", "强化战略引领 紧抓项目突破", false],
      ["民生福祉稳步增进", "强化战略引领 紧抓项目突破", true],
      ["民生支出占82%。", "民生福祉稳步增进", false],
    ]);
  });

  it("recognises numbered headings: 一、 （一） 第一章", () => {
    const sentences = splitSentences(plain("一、2022年工作回顾\n刚刚过去的一年极不平凡。\n（一）坚持项目为王\n全年新开工项目109个。\n第一章 总则\n本办法适用于全区。"));
    expect(sentences.filter((s) => s.isAside).map((s) => s.text)).toEqual(["一、2022年工作回顾", "（一）坚持项目为王", "第一章 总则"]);
    expect(sentences.filter((s) => !s.isAside).map((s) => s.heading)).toEqual(["一、2022年工作回顾", "（一）坚持项目为王", "第一章 总则"]);
  });

  it("takes the lead sentence of a numbered paragraph as its heading", () => {
    const sentences = splitSentences(plain("（二）着力抓经济、促发展，经济运行稳中向好。经济总量稳居全市前列；实现一般公共预算收入89.23亿元。"));
    expect(sentences.map((s) => [s.text, s.heading, s.isAside])).toEqual([
      ["（二）着力抓经济、促发展，经济运行稳中向好。", null, true],
      ["经济总量稳居全市前列；", "（二）着力抓经济、促发展，经济运行稳中向好", false],
      ["实现一般公共预算收入89.23亿元。", "（二）着力抓经济、促发展，经济运行稳中向好", false],
    ]);
  });

  it("treats a short title-like paragraph as a heading, but not a short sentence or a dateline", () => {
    const sentences = splitSentences(plain("坚持党建引领\n开启新征程，续写新篇章。\n——2023年1月5日在区人民代表大会上\n市中区全面贯彻新时代党的组织路线。"));
    expect(sentences.map((s) => s.isAside)).toEqual([true, false, false, false]);
    expect(sentences[3]?.heading).toBe("坚持党建引领");
  });

  it("marks captions and bylines as asides without making them headings", () => {
    const text = "坚持党建引领\n记者 杜春娜\n市中区全面贯彻新时代党的组织路线。\n图为社区网格员";
    const sentences = splitSentences(plain(text, [[7, 13], [32, 39]]));
    expect(sentences.map((s) => [s.text, s.heading, s.isAside])).toEqual([
      ["坚持党建引领", null, true],
      ["记者 杜春娜", "坚持党建引领", true],
      ["市中区全面贯彻新时代党的组织路线。", "坚持党建引领", false],
      ["图为社区网格员", "坚持党建引领", true],
    ]);
  });
});

/** Original and sentence text compared without whitespace and with the normalizer's repairs undone. */
function canonical(text: string): string {
  return text
    .replace(/\s|\*\*|#/g, "")
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Where origin jumps over original text that is not in the sentence (a paragraph rejoined across captions). */
function jumps(original: string, n: NormalizedText, s: Sentence): number[] {
  const out: number[] = [];
  for (let i = s.start + 1; i < s.end; i++) {
    const skipped = original.slice((n.origin[i - 1] ?? 0) + 1, n.origin[i] ?? 0);
    if (canonical(skipped) !== "") out.push(i);
  }
  return out;
}

describe("splitSentences on the seed texts", () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();
  const results = new Map(
    files.map((f) => {
      const original = readFileSync(`${SEEDS}/${f}`, "utf8");
      const n = normalizeText(original);
      return [f.slice(0, 3), { original, n, sentences: splitSentences(n) }] as const;
    }),
  );
  const get = (id: string): NonNullable<ReturnType<typeof results.get>> => {
    const r = results.get(id);
    if (r === undefined) throw new Error(`seed ${id} missing`);
    return r;
  };

  it("covers all five seeds", () => {
    expect([...results.keys()]).toEqual(["000", "001", "002", "003", "004"]);
  });

  it("maps every sentence back to the original text it came from", () => {
    for (const [id, { original, n, sentences }] of results) {
      expect(sentences.length, id).toBeGreaterThan(40);
      const rejoined: string[] = [];
      for (const s of sentences) {
        expect(s.originalStart).toBeLessThan(s.originalEnd);
        const cuts = jumps(original, n, s);
        if (cuts.length > 0) rejoined.push(s.text);
        // Piece by piece: the original between origin jumps is exactly the sentence, modulo repairs.
        const pieces = [s.start, ...cuts, s.end];
        let rebuilt = "";
        for (let k = 0; k + 1 < pieces.length; k++) {
          const from = n.origin[pieces[k] ?? 0] ?? 0;
          const to = (n.origin[(pieces[k + 1] ?? 0) - 1] ?? 0) + 1;
          rebuilt += original.slice(from, to);
        }
        expect(canonical(rebuilt), `${id} #${s.index}`).toBe(canonical(s.text));
        if (cuts.length === 0) expect(canonical(original.slice(s.originalStart, s.originalEnd)), `${id} #${s.index}`).toBe(canonical(s.text));
      }
      // Only the two paragraphs cut by photo captions are read out of order.
      const expected = { "001": ["中国济南商埠文化节"], "003": ["全面提升阵地服务体系"] }[id] ?? [];
      expect(rejoined.length, id).toBe(expected.length);
      expected.forEach((needle, k) => expect(rejoined[k]).toContain(needle));
    }
  });

  it("keeps every sentence inside one paragraph and never empty", () => {
    for (const { sentences } of results.values()) {
      for (const s of sentences) {
        expect(s.text).not.toMatch(/\n/);
        expect(s.text.trim()).toBe(s.text);
        expect(s.text).toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it("000: the spaced-out figures come out as one sentence each", () => {
    const { sentences } = get("000");
    expect(texts(sentences)).toContain("地区生产总值实现翻倍增长，从2012年的558.5亿元连续跨越六个百亿大关，达到了2021年的1161.7亿元；");
    expect(sentences.find((s) => s.text.includes("1.15万户"))?.heading).toBe("推进产城融合");
  });

  it("001: the rejoined sentence lies under its markdown heading", () => {
    const s = get("001").sentences.find((x) => x.text.includes("中国济南商埠文化节"));
    expect(s?.heading).toBe("强化战略引领 紧抓项目突破");
    expect(s?.isAside).toBe(false);
  });

  it("002: captions ①…⑥ are asides", () => {
    const captions = get("002").sentences.filter((s) => /^[①-⑥]/.test(s.text));
    expect(captions).toHaveLength(6);
    expect(captions.every((s) => s.isAside)).toBe(true);
  });

  it("003: the page-break continuations are single sentences", () => {
    const all = texts(get("003").sentences);
    expect(all.some((t) => t.includes("储备上市资源企业49家"))).toBe(true);
    expect(all.some((t) => t.includes("济南中央商埠区、山东能源互联网产业集聚区三大战略"))).toBe(true);
  });

  it("004: numbered sections head their sentences", () => {
    const { sentences } = get("004");
    expect(sentences.find((s) => s.text.includes("预计地区生产总值可达1300亿元"))?.heading).toBe("（二）着力抓经济、促发展，经济运行稳中向好");
    expect(sentences.find((s) => s.text.includes("地区生产总值增长6%"))?.heading).toBe("二、2023年总体要求和主要预期目标");
    expect(sentences[0]).toMatchObject({ text: "政府工作报告", isAside: true, heading: null });
  });
});

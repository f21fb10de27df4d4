/**
 * Forty questions on the corpus texts (ingest/data/corpus), written before the evidence-first answerer and kept
 * unchanged since: the measure of how `ask` does on phrasings nobody wrote a template for. Judged exactly, the
 * way the dev-set scorer judges: a list holds every expected name and nothing else; a number matches within 0.5 %
 * (and its year when both give one); a count is an item whose value is the number; a negative is a refusal.
 * Each expected name lists the spellings accepted for it (the text's, the graph's canonical name).
 */

/** The kinds of question measured. */
export type PhrasingKind = "list" | "lookup" | "numeric" | "count" | "multihop" | "negative";

/** One question and its answer. */
export interface PhrasingCase {
  readonly q: string;
  readonly kind: PhrasingKind;
  readonly lang: "zh" | "en";
  /** Lists and lookups: every name, each with its accepted spellings. */
  readonly names?: readonly (readonly string[])[];
  /** Numbers: the value and, when the text ties it to one, the year. */
  readonly value?: { readonly value: number; readonly year?: number };
  /** Counts: the number. */
  readonly count?: number;
}

const INDUSTRIES_FIVE = [["现代金融"], ["数字经济"], ["能源互联"], ["都市工业"], ["高端商贸"]];
const TALENT_PLATFORMS = [["山东大学国家大学科技园"], ["山东未来网络研究院"]];
const GLOBAL_500 = [["阿里巴巴"], ["SAP"]];
const LAB = [["斯坦福与伯克利联合实验室"]];

export const PHRASINGS: readonly PhrasingCase[] = [
  // Lists
  { q: "市中区聚焦的五大主导产业分别是什么？", kind: "list", lang: "zh", names: INDUSTRIES_FIVE },
  { q: "2020年提出的三大新兴主导产业包括哪些？", kind: "list", lang: "zh", names: [["数字经济"], ["现代金融"], ["科技文创"]] },
  {
    q: "2023年上半年新落地了哪些能源类企业？",
    kind: "list",
    lang: "zh",
    names: [["国家管网集团山东总部", "国家石油天然气管网集团有限公司山东省分公司"], ["榆济管道公司"]],
  },
  { q: "市中区依托哪些优质平台载体吸引人才？", kind: "list", lang: "zh", names: TALENT_PLATFORMS },
  {
    q: "文化产业发展依托哪些龙头企业？",
    kind: "list",
    lang: "zh",
    names: [["省出版集团", "山东出版集团"], ["市出版集团"], ["新华书店"], ["省体育产业集团"], ["舜风传媒"]],
  },
  { q: "市中区加强了与哪些世界500强企业的链接合作？", kind: "list", lang: "zh", names: GLOBAL_500 },
  { q: "中央商埠区加快建设了哪两个项目？", kind: "list", lang: "zh", names: [["济南宾馆", "济南宾馆项目"], ["上新街项目", "上新街片区更新项目"]] },
  {
    q: "招才引智中引进了哪些重点企业和机构？",
    kind: "list",
    lang: "zh",
    names: [["玲珑轮胎"], ["山东大学创新药物研究院"], ["中石油", "中石油山东分公司"]],
  },
  { q: "Which platforms does Shizhong rely on to attract talent?", kind: "list", lang: "en", names: TALENT_PLATFORMS },
  { q: "Which Fortune Global 500 companies did the district strengthen ties with?", kind: "list", lang: "en", names: GLOBAL_500 },
  // Lookups
  { q: "2021年被市中区定为什么年？", kind: "lookup", lang: "zh", names: [["有效落实年"]] },
  { q: "林萍萍在哪个机构担任负责人？", kind: "lookup", lang: "zh", names: [["山东未来网络研究院"]] },
  { q: "哪家券商成为全省首个登陆A股的券商？", kind: "lookup", lang: "zh", names: [["中泰证券"]] },
  { q: "市中区养老服务获评了什么称号？", kind: "lookup", lang: "zh", names: [["国家智慧健康养老示范基地"]] },
  { q: "济南能源互联网产业研究院是哪个战略区组建的？", kind: "lookup", lang: "zh", names: [["山东能源互联网产业集聚区"]] },
  { q: "哪个平台成为济南市第二个国家级双跨平台？", kind: "lookup", lang: "zh", names: [["火石工业互联网平台"]] },
  { q: "Who heads the scalable platform center at the Shandong Future Network Research Institute?", kind: "lookup", lang: "en", names: [["林萍萍"]] },
  { q: "Which securities firm was the first in the province to list on the A-share market?", kind: "lookup", lang: "en", names: [["中泰证券"]] },
  // Numbers
  { q: "2023年市中区新增策划储备项目总投资多少亿元？", kind: "numeric", lang: "zh", value: { value: 1082.6, year: 2023 } },
  { q: "2021年一般公共预算收入是多少？", kind: "numeric", lang: "zh", value: { value: 108.5, year: 2021 } },
  { q: "一季度金融业增加值实现了多少亿元？", kind: "numeric", lang: "zh", value: { value: 69.6 } },
  { q: "累计建成5G基站多少处？", kind: "numeric", lang: "zh", value: { value: 4262 } },
  { q: "2023年1-11月份民生支出占总支出的比重是多少？", kind: "numeric", lang: "zh", value: { value: 82 } },
  { q: "城乡低保标准提高到每人每月多少元？", kind: "numeric", lang: "zh", value: { value: 1045 } },
  { q: "What was the general public budget revenue in 2021?", kind: "numeric", lang: "en", value: { value: 108.5, year: 2021 } },
  { q: "How much annual investment did the district complete in 2023?", kind: "numeric", lang: "en", value: { value: 53.8, year: 2023 } },
  // Counts
  { q: "市中区聚焦的主导产业一共有几个？", kind: "count", lang: "zh", count: 5 },
  { q: "全区一共有多少个街道？", kind: "count", lang: "zh", count: 17 },
  { q: "2023年新开工纳统重点项目有多少个？", kind: "count", lang: "zh", count: 109 },
  { q: "市中区策划包装了几个文旅项目？", kind: "count", lang: "zh", count: 3 },
  { q: "How many community party-mass service centers does the district have?", kind: "count", lang: "en", count: 116 },
  // Multi-hop: the inner clause names the anchor of the outer one
  { q: "组建济南能源互联网产业研究院的那个集聚区，有多少个能源互联网重点项目加快建设？", kind: "multihop", lang: "zh", count: 14 },
  { q: "火石工业互联网平台所在的战略区组建了哪个研究院？", kind: "multihop", lang: "zh", names: [["济南能源互联网产业研究院"]] },
  { q: "在山东未来网络研究院担任负责人的学者，是哪个实验室的访问学者？", kind: "multihop", lang: "zh", names: LAB },
  {
    q: "The scholar who heads a center at the Shandong Future Network Research Institute was a visiting scholar at which lab?",
    kind: "multihop",
    lang: "en",
    names: LAB,
  },
  // Negatives: the documents do not say
  { q: "市中区2023年引进了哪些外资银行？", kind: "negative", lang: "zh" },
  { q: "济南宾馆项目的总投资是多少？", kind: "negative", lang: "zh" },
  { q: "林萍萍毕业于哪所大学？", kind: "negative", lang: "zh" },
  { q: "Which airports serve the Central Vitality Area?", kind: "negative", lang: "en" },
  { q: "市中区有多少个机场？", kind: "negative", lang: "zh" },
];

/** The answer's parts the judge reads. */
export interface JudgedAnswer {
  readonly answered: boolean;
  readonly items: readonly { readonly name: string | null; readonly value: number | null; readonly year: number | null }[];
}

const norm = (s: string | null | undefined) => String(s ?? "").replace(/[\s\u3000"“”「」《》()（）·・\-—_]/g, "").toLowerCase();

/** True when the answer is exactly right. */
export function judgePhrasing(c: PhrasingCase, a: JudgedAnswer): boolean {
  if (c.kind === "negative") return !a.answered || a.items.length === 0;
  if (c.value) {
    const want = c.value;
    return a.items.some((i) => i.value !== null && Math.abs(i.value - want.value) <= Math.abs(want.value) * 0.005 + 1e-9 && (i.year === null || want.year === undefined || i.year === want.year));
  }
  if (c.count !== undefined) return a.items.some((i) => i.value !== null && i.value === c.count);
  const names = (c.names ?? []).map((n) => new Set(n.map(norm)));
  const got = a.items.map((i) => norm(i.name)).filter((n) => n.length > 0);
  if (got.length === 0) return false;
  return names.every((n) => got.some((g) => n.has(g))) && got.every((g) => names.some((n) => n.has(g)));
}

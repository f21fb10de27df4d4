/**
 * The word lists the programme rule (programme-names.ts) rests on: heads that end the name of a policy
 * programme or a strategy, verbs that govern such a name, and the openings of descriptions. They are
 * general vocabulary of Chinese policy writing, counted on unannotated reports, not names of any report.
 */
import type { EntityType } from "../../../src/graph/contract.ts";

/** A programme head: the word a programme name ends in, the type it gives, and the shortest specific part before it. */
export interface ProgrammeHead {
  readonly text: string;
  readonly type: EntityType;
  readonly minCore: number;
  /** Heads that are ordinary nouns too (体系, 机制, 政策): a name needs a numbered code before them (“1+N”政策体系). */
  readonly needsCode: boolean;
  /** Heads that need no code when a verb governs a long enough core (推进|某某某某试点). */
  readonly codeUnlessGoverned?: boolean;
}

const head = (text: string, type: EntityType, minCore = 3, needsCode = false, codeUnlessGoverned = false): ProgrammeHead => ({
  text,
  type,
  minCore,
  needsCode,
  codeUnlessGoverned,
});

/** Heads of programme names, longest first so that 行动计划 wins over 计划 at the same end. */
export const PROGRAMME_HEADS: readonly ProgrammeHead[] = [
  head("行动计划", "Policy"),
  head("行动方案", "Policy"),
  head("实施方案", "Policy"),
  head("工作方案", "Policy"),
  head("总体方案", "Policy"),
  head("专项治理", "Policy"),
  head("专项整治", "Policy"),
  head("行动", "Policy"),
  // 工程 is also plain "works" (清洁取暖工程, 绿化工程): a programme's name says more than its activity.
  head("工程", "Policy", 5),
  head("计划", "Policy"),
  head("攻坚战", "Policy"),
  head("战役", "Policy"),
  head("新政", "Policy", 2),
  head("政策", "Policy", 2, true),
  head("改革", "Policy", 4),
  // A pilot is a status a place is granted as often as a programme (入选…试点): numbered ones are names, and
  // long ones a verb carries out.
  head("试点", "Policy", 4, true, true),
  head("规划", "Policy", 4),
  head("条例", "Policy", 4),
  head("促进法", "Policy", 2),
  head("保护法", "Policy", 2),
  head("补贴", "Policy", 2),
  head("保险", "Policy", 4),
  head("办法", "Policy", 4),
  head("规定", "Policy", 4),
  head("规则", "Policy", 4),
  head("纲要", "Policy", 4),
  head("战略", "Strategy", 3),
  head("振兴", "Strategy", 2),
  head("体系", "Policy", 2, true),
  head("机制", "Policy", 2, true),
  head("制度", "Policy", 2, true),
  head("产业集群", "Strategy", 1, true),
  head("产业体系", "Strategy", 1, true),
  head("发展格局", "Strategy", 1, true),
  head("工作部署", "Strategy", 1, true),
  head("工作安排", "Strategy", 1, true),
  head("格局", "Strategy", 1, true),
].sort((a, b) => b.text.length - a.text.length);

/**
 * Heads that name a programme on their own, at a clause start with no verb before them: a span of
 * years or a special campaign (燃气安全专项整治三年行动, 夜间消费专项行动) is always a programme.
 */
export const STRONG_HEAD = /(?:[一二三四五六七八九十两]年行动(?:计划|方案)?|[一二三四五六七八九十两]年(?:建设|提升|攻坚|发展)(?:计划|方案)|专项行动|行动计划|行动方案|攻坚行动|提升行动|专项治理|专项整治)$/u;

/**
 * Verbs that take a programme as their object (实施|…行动, 深入推进|…战略). The name starts right after
 * the last of them in its clause. Verbs that often sit inside programme names (提升, 深化, 建设, 发展,
 * 优化) are left out on purpose: 园区改革深化提升行动 is one name.
 */
export const GOVERNING_VERBS: readonly string[] = [
  "实施", "开展", "推进", "推动", "启动", "落实", "出台", "制定", "印发", "发布", "编制", "部署", "推行", "推广", "组织",
  "打好", "打赢", "执行", "实行", "推出", "贯彻", "坚持", "抓好", "做好", "用好", "争取", "申报", "承担", "纳入",
  "入选", "获批", "开启", "打响", "探索", "践行", "创建", "列入", "深化实施", "启动实施", "组织实施", "贯彻落实", "全面落实",
];

/** Adverbs and manner words between a verb and its object or before the verb (深入, 全面, 扎实): never the start of a name. */
export const LEADING_ADVERBS: ReadonlySet<string> = new Set([
  "深入", "全面", "扎实", "持续", "大力", "加快", "积极", "继续", "着力", "稳步", "有序", "稳妥", "进一步", "全力",
  "切实", "认真", "统筹", "高质量", "高标准", "深度", "纵深", "广泛", "率先", "首次", "正式", "好", "了", "起",
]);

/**
 * Verbs that take a reform or mechanism as object (深化|“放管服”改革, 完善|…机制) but also sit inside
 * names (园区改革深化提升行动): dropped only at a name's left edge, never used to find it.
 */
export const LEADING_VERBS: ReadonlySet<string> = new Set([
  "深化", "完善", "建立", "健全", "建立健全", "构建", "拓展", "对接", "聚焦", "完成", "新增", "谋划", "发展",
  "大力发展", "加强", "强化", "扩大", "巩固", "打造", "形成", "围绕", "依托", "用足", "用好",
  "即", "打", "足", "抓", "搞好", "深入推进", "加快推进", "全面推进", "持续推进",
]);

/** Words of scope or sequence before a programme name (新一轮, 首个): the programme is the same without them. */
export const SCOPE_WORDS: ReadonlySet<string> = new Set(["新一轮", "新一批", "首个", "首批", "国家", "本轮", "本次"]);

/** Words the subject of a clause is made of (我们, 全省, 今年): dropped from a name's left edge. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  "我们", "我省", "我市", "我区", "全省", "全市", "全区", "全县", "全国", "今年", "去年", "明年", "年内", "同时", "此外",
  "其中", "要", "将", "并", "还", "也", "又", "更",
]);

/** Openings of a description, not a name: a count or a quantity (一批, 三项, 各类, 一系列). */
export const COUNTED_START =
  /^(?:[0-9]+|[一二两三四五六七八九十百千几多若干]+)(?:项|个|大|批|类|条|种|场|处|家|所|轮|方面)|^(?:一批|一系列|各项|各类|系列|相关|有关|多项|这些|此类|这项|该项|上述|重大|重点|专项|配套|综合|常态化|全方位)$/u;

/** Cores that are kinds of programme, whatever their length (专项攻坚, 重点领域): they say what kind, not which. */
export const GENERIC_CORES: ReadonlySet<string> = new Set([
  "专项攻坚", "重点领域", "关键领域", "重要领域", "体制机制", "各领域", "全领域", "配套政策", "支持政策", "扶持政策",
  "一揽子", "一揽子政策", "增量政策", "存量政策", "宏观政策", "财政政策", "货币政策", "产业政策", "就业政策",
  "民生工程", "民心工程", "重点工程", "重大工程", "专项计划", "年度计划", "工作计划", "投资计划", "实施计划",
  "集中行动", "专项行动", "联合行动", "实际行动", "系列行动", "攻坚行动", "改革试点", "综合试点", "国家试点",
  "国家重大发展", "国家重大", "重大发展", "区域协调发展", "国家发展", "改革创新", "深层次改革", "全面深化改革", "综合改革", "配套改革", "重点改革", "系统集成改革",
]);

/** What may follow a programme name: the clause goes on with punctuation, a conjunction or a particle. */
export const PROGRAMME_FOLLOWER = /^(?:$|[，。、；：！？）)”》\s]|和|与|及|等|为|的|中|取得|见效|成效)/u;

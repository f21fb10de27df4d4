/**
 * More name heads for organisations, carriers and works, as reports of any place use them: government bodies
 * and public institutions (…人民政府, …委员会, …博物馆, …幼儿园), platforms and venues (…平台, …驿站, …城),
 * infrastructure works (…大道, …铁路, …口岸, …电厂, …绿道, N号线) and company short forms (…创投, …资本, …人寿).
 * Heads that also end ordinary phrases (平台, 城, 路, 资本) require a proper part before them: a place or brand
 * the dictionary does not know as an ordinary word (see hasProperPiece), so 服务平台 and 社会资本 stay out.
 */
import type { EntityType } from "../../../src/graph/contract.ts";

/** A head and what a name ending in it needs. */
export interface HeadRule {
  readonly text: string;
  readonly type: EntityType;
  /** Minimum characters before the head. */
  readonly minLeft: number;
  /** True when the part before the head must hold a proper piece (a place, a brand, digits or Latin letters). */
  readonly proper: boolean;
}

const head = (text: string, type: EntityType, minLeft = 2, proper = false): HeadRule => ({ text, type, minLeft, proper });
const properHead = (text: string, type: EntityType, minLeft = 2): HeadRule => head(text, type, minLeft, true);

/** Heads of bodies of government, the party and public service, typed Institution. */
const INSTITUTIONS: readonly HeadRule[] = [
  head("人民政府", "Institution"),
  head("人大常委会", "Institution"),
  head("委员会", "Institution", 3),
  head("领导小组", "Institution", 3),
  head("指挥部", "Institution", 3),
  head("管理局", "Institution"),
  head("监管局", "Institution"),
  properHead("局", "Institution", 3),
  head("监管所", "Institution"),
  head("检察院", "Institution"),
  head("法院", "Institution"),
  head("仲裁院", "Institution"),
  head("交易所", "Institution"),
  head("学会", "Institution"),
  head("协会", "Institution"),
  head("商会", "Institution"),
  head("联合会", "Institution"),
  head("基金会", "Institution"),
  head("党委", "Institution", 4),
  head("博物馆", "Institution"),
  head("博物院", "Institution"),
  head("纪念馆", "Institution"),
  head("美术馆", "Institution"),
  head("科技馆", "Institution"),
  head("图书馆", "Institution"),
  head("幼儿园", "Institution"),
  head("学校", "Institution"),
  head("高中", "Institution"),
  head("职校", "Institution"),
  head("中专", "Institution"),
  head("研究生院", "Institution"),
  head("医学院", "Institution"),
  head("中医院", "Institution", 1),
  head("总医院", "Institution"),
  head("日报", "Institution"),
  head("电视台", "Institution"),
  head("研究会", "Institution"),
  head("促进中心", "Institution"),
  head("疾控中心", "Institution", 1),
];

/** Heads of carriers, platforms and venues, typed Platform. */
const PLATFORMS: readonly HeadRule[] = [
  properHead("平台", "Platform", 3),
  head("分中心", "Platform"),
  head("驿站", "Platform"),
  head("书吧", "Platform"),
  properHead("热线", "Platform"),
  head("交易中心", "Platform"),
  head("交易市场", "Platform"),
  head("物流园", "Platform"),
  head("生态园", "Platform"),
  head("科学园", "Platform"),
  head("科学城", "Platform"),
  head("科教城", "Platform"),
  head("智造园", "Platform"),
  head("分园", "Platform"),
  properHead("城", "Platform", 2),
  properHead("智谷", "Platform", 1),
  properHead("大模型", "Platform", 2),
];

/** Heads of infrastructure and public works, typed Project. */
const WORKS: readonly HeadRule[] = [
  properHead("大道", "Project", 2),
  properHead("路", "Project", 2),
  properHead("高架", "Project", 2),
  properHead("大桥", "Project", 2),
  properHead("机场", "Project", 2),
  properHead("车站", "Project", 2),
  properHead("水库", "Project", 2),
  properHead("码头", "Project", 2),
  properHead("快速路", "Project", 2),
  properHead("高速", "Project", 2),
  properHead("铁路", "Project", 2),
  properHead("城际", "Project", 2),
  properHead("通道", "Project", 2),
  properHead("连接线", "Project", 2),
  properHead("立交", "Project", 2),
  properHead("枢纽", "Project", 2),
  properHead("口岸", "Project", 2),
  properHead("电厂", "Project", 2),
  properHead("水厂", "Project", 2),
  properHead("净化厂", "Project", 2),
  properHead("调蓄池", "Project", 2),
  properHead("绿道", "Project", 2),
  properHead("步道", "Project", 2),
  properHead("花园", "Project", 2),
  properHead("综合体", "Project", 2),
  properHead("试验场", "Project", 2),
  properHead("体育场", "Project", 2),
  properHead("球场", "Project", 2),
  properHead("剧院", "Project", 2),
];

/** Parks are places: things are located in them, and planners look them up as areas. */
const GROUNDS: readonly HeadRule[] = [properHead("公园", "Area", 2), properHead("湿地公园", "Area", 2)];

/** Heads of companies' short names and funds, typed Enterprise. */
const COMPANIES: readonly HeadRule[] = [
  properHead("创投", "Enterprise", 2),
  properHead("资本", "Enterprise", 2),
  properHead("人寿", "Enterprise", 2),
  properHead("证券", "Enterprise", 2),
  properHead("保险", "Enterprise", 2),
  properHead("母基金", "Enterprise", 2),
];

/** Every head of this module. */
export const ORGANISATION_HEADS: readonly HeadRule[] = [...INSTITUTIONS, ...PLATFORMS, ...WORKS, ...GROUNDS, ...COMPANIES];

/**
 * Words that say which class of body a name belongs to, not which one (三甲|医院, 公办|幼儿园, 义务教育|学校):
 * before a head they make a description, as the generic words of vocabulary.ts do.
 */
export const CLASS_WORDS: readonly string[] = [
  "三级", "二级", "三甲", "公办", "民办", "公立", "区属", "市属", "省属", "县级", "市县级", "县域", "义务教育", "基础教育",
  "普通", "普通高中", "中职", "高职", "高专", "高职高专", "研究型", "卓越", "托幼", "托育", "一体化", "老年", "智慧",
  "标杆", "先进", "配送", "分拨", "仓储", "检验", "检测", "检验检测", "认证", "综治", "融媒体", "社康", "公共法律",
  "文明实践", "概念验证", "中试", "验证", "算力", "先进算力", "保税", "集散", "重要", "最大", "新",
  "上市", "保险", "跨国", "央企", "紧密型",
];

/**
 * Verbs that govern the phrase after them and that the dictionary does not tag as verbs (建强|…热线, 办好|…大学):
 * a name never starts with them.
 */
export const GOVERNING_VERBS: readonly string[] = [
  "代表", "实现", "引导", "鼓励", "建强", "建好", "办好", "抓好", "做好", "用好", "管好", "守好", "织密", "筹办", "提请", "释放", "导入", "接入", "挖掘",
  "打破", "推出", "投用", "清理", "面向", "当选",
];

/**
 * The words that tell what a question asks, in Chinese and English, as data. Chinese cues match as
 * substrings; English cues match whole words. Every list is read on the folded question with the
 * recognised names blanked out, so a cue inside a name ("产业集聚区") never counts.
 */
import { RELATION_TYPES, type EntityType, type EventStatus, type RelationType } from "../../graph/contract.ts";

/** A cue list in both languages. */
export interface Cues {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** A family of relation cues: the words, the relationship types they mean, and who sits at each end. */
export interface RelationCue extends Cues {
  readonly id: string;
  readonly relations: readonly RelationType[];
  /** Types that usually sit at the start (`from`) and at the end (`to`) of the relationship. */
  readonly fromTypes: readonly EntityType[];
  readonly toTypes: readonly EntityType[];
  /** Which end the asked-about entity is when it stands before the cue (it is the sentence's subject). */
  readonly subjectEnd: "from" | "to";
  /** True when direction means nothing (partners). */
  readonly symmetric?: boolean;
  /** English verb for the interpretation, e.g. "serve". */
  readonly verb: string;
}

const ALL: readonly EntityType[] = [
  "Strategy", "Area", "Project", "Enterprise", "Institution", "Industry", "Platform", "Person", "Event", "Policy",
];
const PLACES: readonly EntityType[] = ["Area", "Strategy", "Platform"];
const ORGS: readonly EntityType[] = ["Enterprise", "Institution"];

/** Relation cues, most specific first (a longer cue found at the same place wins anyway). */
export const RELATION_CUES: readonly RelationCue[] = [
  {
    id: "serves",
    relations: ["SERVES"],
    zh: ["服务于", "服务", "助力", "支撑", "支持", "赋能", "配套", "服从于"],
    en: ["serve", "serves", "served", "serving", "support", "supports", "supported", "supporting", "contribute to", "contributes to", "contributed to"],
    fromTypes: ["Project", "Platform", "Enterprise", "Institution", "Event", "Policy", "Area"],
    toTypes: ["Strategy", "Area"],
    subjectEnd: "from",
    verb: "serve",
  },
  {
    id: "introduced",
    relations: ["INTRODUCED"],
    zh: ["引进", "引入", "招引", "集聚", "聚集", "吸引", "招商", "引来", "招来", "落地"],
    en: ["introduce", "introduced", "introducing", "attract", "attracts", "attracted", "attracting", "bring in", "brought in", "draw in", "drawn in", "drew in", "gather", "gathered", "cluster", "clustered", "lure", "lured", "recruit", "recruited"],
    fromTypes: ["Area", "Strategy", "Platform"],
    toTypes: ["Enterprise", "Institution", "Project", "Person"],
    subjectEnd: "from",
    verb: "introduce",
  },
  {
    id: "promotes",
    relations: ["PROMOTES"],
    zh: ["主导产业", "重点产业", "优势产业", "发展", "培育", "壮大", "聚焦", "做强", "做大", "扶持"],
    en: ["promote", "promotes", "promoted", "promoting", "develop", "develops", "developed", "developing", "foster", "fosters", "fostered", "grow", "grows", "nurture", "nurtures", "focus on", "focuses on", "leading industries", "pillar industries"],
    fromTypes: ["Strategy", "Area", "Platform"],
    toTypes: ["Industry"],
    subjectEnd: "from",
    verb: "promote",
  },
  {
    id: "builds",
    relations: ["BUILDS"],
    zh: ["建设", "推进", "打造", "实施", "建成", "开工", "组建", "兴建", "新建", "开发", "落成", "在建", "推动", "谋划", "启动"],
    en: ["build", "builds", "built", "building", "construct", "constructs", "constructed", "constructing", "develop", "develops", "developing", "advance", "advances", "advancing", "push forward", "pushing forward", "carry out", "carrying out", "implement", "implements", "implementing", "under way", "underway"],
    fromTypes: ["Strategy", "Area", "Enterprise", "Institution", "Platform"],
    toTypes: ["Project", "Platform", "Institution"],
    subjectEnd: "from",
    verb: "build",
  },
  {
    id: "belongs",
    relations: ["BELONGS_TO", "PART_OF", "LOCATED_IN"],
    zh: ["属于", "隶属", "归属", "归于"],
    en: ["belong to", "belongs to", "belonged to", "belonging to", "part of", "fall under", "falls under"],
    fromTypes: ALL,
    toTypes: ["Industry", ...PLACES],
    subjectEnd: "from",
    verb: "belong to",
  },
  {
    id: "locatedIn",
    relations: ["LOCATED_IN", "PART_OF"],
    zh: ["位于", "坐落", "座落", "落户", "地处", "设在", "落在"],
    en: ["located in", "located at", "situated in", "lie in", "lies in", "based in", "settled in", "sits in", "sit in"],
    fromTypes: ALL,
    toTypes: PLACES,
    subjectEnd: "from",
    verb: "lie in",
  },
  {
    id: "contains",
    relations: ["PART_OF", "LOCATED_IN"],
    zh: ["包括", "包含", "下辖", "涵盖", "组成", "范围内", "区内", "内有", "里面", "内部", "境内"],
    en: ["include", "includes", "included", "including", "contain", "contains", "comprise", "comprises", "consist of", "consists of", "made up of", "within", "inside"],
    fromTypes: ALL,
    toTypes: PLACES,
    subjectEnd: "to",
    verb: "lie in",
  },
  {
    id: "reliesOn",
    relations: ["RELIES_ON"],
    zh: ["依托于", "依托", "依靠", "依赖", "借助", "凭借"],
    en: ["rely on", "relies on", "relied on", "relying on", "depend on", "depends on", "depended on", "build on", "builds on", "built on", "based on", "leverage", "leverages", "leveraged", "draw on", "draws on"],
    fromTypes: ALL,
    toTypes: ALL,
    subjectEnd: "from",
    verb: "rely on",
  },
  {
    id: "headquartered",
    relations: ["HEADQUARTERED_IN"],
    zh: ["总部"],
    en: ["headquarters", "headquartered", "hq"],
    fromTypes: ORGS,
    toTypes: PLACES,
    subjectEnd: "from",
    verb: "have headquarters in",
  },
  {
    id: "operates",
    relations: ["OPERATES"],
    zh: ["运营", "经营", "运行", "管理"],
    en: ["operate", "operates", "operated", "operating", "run", "runs", "ran", "manage", "manages", "managed"],
    fromTypes: [...ORGS, "Area", "Person"],
    toTypes: ["Platform", "Project"],
    subjectEnd: "from",
    verb: "operate",
  },
  {
    id: "partners",
    relations: ["PARTNERS_WITH"],
    zh: ["合作", "签约", "签署", "携手", "共建", "结对", "伙伴"],
    en: ["partner", "partners", "partnered", "partnering", "cooperate", "cooperates", "cooperated", "cooperation", "collaborate", "collaborates", "collaborated", "signed", "sign", "signs"],
    fromTypes: ALL,
    toTypes: ALL,
    subjectEnd: "from",
    symmetric: true,
    verb: "partner with",
  },
  {
    id: "hosts",
    relations: ["HOSTS"],
    zh: ["入驻", "进驻", "入住", "承载"],
    en: ["host", "hosts", "hosted", "house", "houses", "housed", "move into", "moved into", "tenant", "tenants"],
    fromTypes: ["Platform", "Project", "Area"],
    toTypes: ORGS,
    subjectEnd: "from",
    verb: "host",
  },
  {
    id: "leads",
    relations: ["LEADS"],
    zh: ["负责人", "带头人", "领头人", "领导", "带领", "负责", "掌舵", "主任", "书记", "区长", "主持", "牵头", "领衔", "率领"],
    en: ["lead", "leads", "led", "leading", "head", "heads", "headed", "in charge", "chief", "director", "leader", "leaders", "boss", "run by"],
    fromTypes: ["Person"],
    toTypes: ALL.filter((t) => t !== "Person"),
    subjectEnd: "from",
    verb: "lead",
  },
];

/**
 * "X有哪些企业" with no verb, X a place: anything tied to X or its sub-areas by any relationship (and, for a
 * strategy named after an industry, that industry's members). Chosen by the parser, never by a word.
 */
export const HAS_CUE: RelationCue = {
  id: "has",
  relations: [...RELATION_TYPES],
  zh: [],
  en: [],
  fromTypes: ALL,
  toTypes: ALL,
  subjectEnd: "from",
  symmetric: true,
  verb: "have",
};

/** "Where is X". */
export const LOCATION_CUES: Cues = {
  zh: ["在哪里", "在哪儿", "在哪", "哪里", "何处", "什么地方", "什么位置", "位置", "哪个片区", "哪个区", "在什么"],
  en: ["where", "location", "whereabouts"],
};

/** A project's (or a number's) history. */
export const TIMELINE_CUES: Cues = {
  zh: ["进展", "进度", "这几年", "近几年", "几年来", "历年", "历程", "怎么样了", "如何了", "怎样了", "情况如何", "演变", "时间线", "时间表", "什么时候", "何时", "哪一年", "哪年", "各年", "变化", "走势", "趋势", "推进情况", "建设情况", "现状", "状态", "里程碑"],
  en: ["progress", "progressed", "over the years", "timeline", "history", "what became of", "what happened to", "status", "when", "milestone", "milestones", "evolve", "evolved", "over time", "trend", "changed", "change", "year by year", "each year"],
};

/** How two named things connect (needs two of them). */
export const PATH_CUES: Cues = {
  zh: ["什么关系", "何关系", "关系", "联系", "关联", "连接", "纽带", "有关", "相关"],
  en: ["connect", "connected", "connection", "connections", "relationship", "relationships", "relation", "related", "link", "linked", "links", "between"],
};

/** What a thing is tied to. */
export const NEIGHBOUR_CUES: Cues = {
  zh: ["有关", "相关", "关联", "涉及", "关系", "联系", "关于", "介绍", "是谁", "是什么", "概况", "情况", "有哪些", "有什么"],
  en: ["related to", "relate to", "relates to", "associated with", "connected to", "connected with", "linked to", "involve", "involves", "involved", "involving", "about", "tell me about", "who is", "what is", "overview", "describe", "connections of"],
};

/** "Related to": asks for loose ties too (things named in one sentence). */
export const RELATED_CUES: Cues = {
  zh: ["有关", "相关", "关联", "涉及", "关系", "联系", "有联系"],
  en: ["related to", "relate to", "relates to", "associated with", "connected to", "connected with", "linked to", "involve", "involves", "involved", "involving"],
};

/** Asking who or what a named thing is ("林萍萍是谁", "who is …"): the question word is not a type filter. */
export const IDENTITY_CUES: Cues = {
  zh: ["是谁", "是什么", "是哪"],
  en: ["who is", "who was", "who's", "what is", "what was", "what's"],
};

/** Words with no content of their own: whatever else is left in a question is a name the graph does not know. */
export const FILLER_WORDS: Cues = {
  zh: ["分别", "的", "了", "有", "是", "在", "和", "与", "及", "或", "都", "共", "一共", "总共", "全部", "所有", "目前", "现在", "正在", "已经", "这", "那", "个", "家", "项", "位", "名", "些", "哪", "还", "被", "由", "到", "对", "从", "把", "给", "将", "为", "之", "其", "各", "等", "中", "里", "上", "下", "过", "着", "及其", "以及", "或者", "还是", "能", "会", "要", "可以"],
  en: ["the", "a", "an", "of", "in", "on", "and", "or", "to", "for", "by", "with", "at", "from", "into", "is", "was", "are", "were", "be", "been", "being", "did", "does", "do", "has", "have", "had", "its", "it", "there", "all", "every", "any", "this", "that", "these", "those", "me", "i", "you", "we", "they", "their", "our", "my", "s", "many", "much", "more", "some", "graph", "documents", "document", "say", "says", "over", "up", "so", "far", "now", "currently", "still", "also", "one", "ones", "kind", "kinds", "according"],
};

/** "How many". */
export const COUNT_CUES: Cues = {
  zh: ["多少个", "多少家", "多少项", "多少位", "多少名", "多少处", "几个", "几家", "几项", "几位", "数量", "总数", "多少"],
  en: ["how many", "number of", "count"],
};

/** A question asks for a list or a value. */
export const QUESTION_CUES: Cues = {
  zh: ["哪些", "什么", "哪几", "有哪", "列出", "列举", "哪个", "哪家", "哪一", "多少", "是谁", "谁", "如何", "怎么", "怎样", "吗", "呢"],
  en: ["which", "what", "list", "name", "show", "give", "who", "how", "tell"],
};

/** A number the documents aim at rather than report. */
export const TARGET_CUES: Cues = {
  zh: ["目标", "预计", "力争", "计划", "预期", "将达到", "规划"],
  en: ["target", "targets", "goal", "goals", "expected", "planned", "aim", "aims", "forecast"],
};

/** Milestone words: a project's steps, as the documents and people say them. */
export const STATUS_CUES: Readonly<Record<EventStatus, Cues>> = {
  planned: { zh: ["规划", "策划", "谋划", "筹建"], en: ["planned", "plan", "plans"] },
  signed: { zh: ["签约", "签订"], en: ["signed"] },
  relocation_done: { zh: ["征收完成", "拆迁完成", "完成征收", "完成拆迁", "腾空"], en: ["relocation", "relocated", "demolition"] },
  started: { zh: ["开工", "动工", "破土", "启动建设"], en: ["started", "start", "starts", "began", "begin", "broke ground", "groundbreaking"] },
  under_construction: { zh: ["加快建设", "推进建设", "施工", "建设中"], en: ["under construction"] },
  completed: { zh: ["完工", "竣工", "建成", "完成", "封顶"], en: ["completed", "complete", "finished", "finish", "done"] },
  opened: { zh: ["开街", "开业", "开放", "开市", "投用", "投入使用", "通车", "开园"], en: ["opened", "open", "opening", "opens"] },
  in_operation: { zh: ["运营", "投产", "达产", "运行", "营业"], en: ["in operation", "operating", "operational", "running"] },
};

/** "不属于", "not", "除了": the parser answers what is, never what is not. */
export const NEGATION_CUES: Cues = {
  zh: ["不属于", "不是", "不在", "不服务", "不包括", "没有", "并非", "除了", "以外", "之外", "未被", "不被"],
  en: ["not", "n't", "except", "excluding", "other than", "without", "apart from", "besides"],
};

/** Comparisons and superlatives, which need arithmetic over the graph the parser does not do. */
export const COMPARISON_CUES: Cues = {
  zh: ["最大", "最多", "最高", "最少", "最低", "最早", "最晚", "最快", "最慢", "哪个先", "哪个更", "谁先", "谁更", "相比", "比较", "对比", "高于", "低于", "多于", "少于", "排名", "排行", "年比"],
  en: ["most", "largest", "biggest", "highest", "lowest", "fewest", "least", "earliest", "compare", "compared", "comparison", "more than", "less than", "earlier than", "later than", "rank", "ranking", "versus", "vs"],
};

/** Years given relative to today: the parser cannot know which year the asker means. */
export const RELATIVE_TIME_CUES: Cues = {
  zh: ["去年", "今年", "明年", "前年", "后年", "本年", "上年"],
  en: ["last year", "this year", "next year"],
};

/** Which documents say something. */
export const DOCUMENT_CUES: Cues = {
  zh: ["哪份文件", "哪些文件", "哪篇", "哪些文章", "哪份报告", "哪些报告", "哪些文档", "文件", "文档", "报道", "提到", "提及", "出处", "来源"],
  en: ["document", "documents", "report", "reports", "article", "articles", "mention", "mentions", "mentioned", "source", "sources"],
};

/** Kinds of document a question may narrow to. */
export const DOCUMENT_KIND_CUES: Readonly<Record<"government_work_report" | "news_feature", Cues>> = {
  government_work_report: { zh: ["政府工作报告", "工作报告"], en: ["government work report", "work report"] },
  news_feature: { zh: ["新闻", "特稿", "专题报道"], en: ["news", "feature", "features", "article", "articles"] },
};

/** Politeness and particles, stripped before reading (they change nothing). */
export const FILLER_CUES: Cues = {
  zh: ["请问", "麻烦", "帮我", "想知道", "告诉我", "一下"],
  en: ["please", "could you", "can you", "i want to know", "tell me"],
};

/** Every cue list: words that ask something rather than name something. */
export const ALL_CUES: readonly Cues[] = [
  ...RELATION_CUES,
  LOCATION_CUES,
  TIMELINE_CUES,
  PATH_CUES,
  NEIGHBOUR_CUES,
  RELATED_CUES,
  IDENTITY_CUES,
  COUNT_CUES,
  QUESTION_CUES,
  TARGET_CUES,
  FILLER_CUES,
  ...Object.values(STATUS_CUES),
  NEGATION_CUES,
  COMPARISON_CUES,
  RELATIVE_TIME_CUES,
  DOCUMENT_CUES,
  ...Object.values(DOCUMENT_KIND_CUES),
];

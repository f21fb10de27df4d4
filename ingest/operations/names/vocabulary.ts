/**
 * The word lists the name patterns rest on. They are domain knowledge, not tuning knobs: each list says
 * what a word does at a name's boundary. Changing one changes precision on every report, so keep the
 * unit tests in test/unit/ingest/find-mentions.test.ts passing when editing.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import { EVENT_SUFFIXES } from "./event-vocabulary.ts";
import { CLASS_WORDS, GOVERNING_VERBS, ORGANISATION_HEADS } from "./organisation-heads.ts";

/** A name head: the word a name ends in, the type it gives, and how long the part before it must be. */
export interface NameSuffix {
  readonly text: string;
  readonly type: EntityType;
  /** Minimum characters before the suffix: generic heads such as 工程 need a longer specific part. */
  readonly minLeft: number;
  /** True when the part before the head must hold a proper piece (place, brand, digits): 城, 平台, 资本. */
  readonly proper?: boolean;
}

const suffix = (text: string, type: EntityType, minLeft = 2): NameSuffix => ({ text, type, minLeft });

/** Name heads, longest first so that 有限公司 wins over 公司 and 教育集团 over 集团 at the same end. */
export const NAME_SUFFIXES: readonly NameSuffix[] = [
  // Organisations.
  suffix("股份有限公司", "Enterprise"),
  suffix("有限责任公司", "Enterprise"),
  suffix("有限公司", "Enterprise"),
  suffix("分公司", "Enterprise"),
  suffix("分行", "Enterprise"),
  suffix("支行", "Enterprise"),
  suffix("公司", "Enterprise"),
  suffix("教育集团", "Institution"),
  suffix("集团", "Enterprise"),
  suffix("银行", "Enterprise"),
  suffix("总部", "Enterprise"),
  suffix("研究院", "Institution"),
  suffix("研究所", "Institution"),
  suffix("研究中心", "Institution"),
  // Laboratories are innovation platforms in policy prose (国家重点实验室 are counted among 创新平台).
  suffix("实验室", "Platform"),
  suffix("大学", "Institution"),
  suffix("学院", "Institution"),
  suffix("校区", "Institution"),
  { ...suffix("医院", "Institution"), proper: true },
  suffix("保健院", "Institution"),
  suffix("中学", "Institution"),
  suffix("小学", "Institution"),
  suffix("分社", "Institution"),
  suffix("总站", "Institution"),
  // Carriers and parks.
  suffix("产业园", "Platform"),
  suffix("科技园", "Platform"),
  suffix("工业园", "Platform"),
  suffix("软件园", "Platform"),
  suffix("创业园", "Platform"),
  { ...suffix("园区", "Platform"), proper: true },
  { ...suffix("基地", "Platform"), proper: true },
  suffix("孵化器", "Platform"),
  suffix("加速器", "Platform"),
  suffix("众创空间", "Platform"),
  suffix("大厦", "Platform"),
  suffix("广场", "Platform"),
  suffix("商城", "Platform"),
  suffix("互联网平台", "Platform"),
  suffix("区块链平台", "Platform"),
  { ...suffix("中心", "Platform"), proper: true },
  // Areas.
  suffix("集聚区", "Area"),
  suffix("核心区", "Area"),
  suffix("示范区", "Area"),
  suffix("试验区", "Area"),
  suffix("街区", "Area"),
  suffix("片区", "Area"),
  suffix("街道", "Area"),
  // Projects: the part before must be long enough to be a name (上新街项目), not a kind (民生工程).
  suffix("项目", "Project", 3),
  suffix("旧址", "Project"),
  suffix("隧道", "Project"),
  suffix("工程", "Project", 3),
  // Events: only heads that are events in every context; a bare 节 is also 春节, 环节, 节能.
  suffix("文化节", "Event"),
  suffix("旅游节", "Event"),
  suffix("艺术节", "Event"),
  suffix("音乐节", "Event"),
  suffix("购物节", "Event"),
  suffix("网购节", "Event"),
  suffix("美食节", "Event"),
  suffix("啤酒节", "Event"),
  suffix("电影节", "Event"),
  suffix("博览会", "Event"),
  suffix("交易会", "Event"),
  suffix("展览会", "Event"),
  suffix("洽谈会", "Event"),
  suffix("推介会", "Event"),
  suffix("大会", "Event"),
  suffix("论坛", "Event"),
  suffix("峰会", "Event"),
  suffix("运动会", "Event"),
  suffix("马拉松", "Event"),
  suffix("消费季", "Event"),
  suffix("嘉年华", "Event"),
  ...EVENT_SUFFIXES,
  ...ORGANISATION_HEADS,
].sort((a, b) => b.text.length - a.text.length);

/** Heads of a unit of a larger organisation: the parent's name is part of theirs (某某能源集团|山东总部). */
export const UNIT_HEADS: ReadonlySet<string> = new Set(["分公司", "总部", "分社", "总站", "校区", "分院", "分行", "支行", "医院", "研究院", "学院"]);

/** Heads of organisations: a known name ending in one is a separate owner before most other names. */
export const ORGANISATION_HEAD = /(?:公司|集团|研究院|研究所|实验室|学院|医院|银行|中心)$/u;

/**
 * Words never inside a name: function words, verbs of building and bringing in, adverbs, qualifiers,
 * and category nouns (载体, 企业…) that end the phrase before a name. The left edge of a name is the
 * first of these met walking left from its head.
 */
export const HARD_STOPS: ReadonlySet<string> = new Set([
  // function words and pronouns
  "的", "地", "得", "了", "着", "过", "和", "与", "及", "以及", "暨", "或", "或者", "并", "并且", "而", "在", "于", "为", "对",
  "向", "从", "把", "被", "将", "由", "以", "等", "等等", "是", "也", "都", "又", "还", "就", "才", "再", "已", "已经",
  "正", "正在", "其", "其中", "之", "所", "各", "每", "该", "此", "这", "那", "本", "其他", "各类", "各种", "这里", "如",
  "例如", "诸如", "包括", "我们", "我区", "全区", "全市", "全省", "全国", "辖区", "区内", "驻区", "今年", "去年", "明年",
  "目前", "如今", "同时", "此外", "近年来", "以来", "下一步", "当前", "其次", "首先", "最", "更", "较",
  // verbs of building, bringing in, supporting — the usual words right before a name
  "引进", "引入", "招引", "落户", "落地", "打造", "依托", "推进", "推动", "实施", "组建", "加快", "加速", "启动", "发挥",
  "培植", "培育", "建成", "新建", "开工", "支持", "成立", "设立", "举办", "开展", "承办", "加强", "完善", "聚焦", "围绕",
  "入驻", "签约", "签署", "携手", "优化", "做强", "做活", "做大", "做优", "做实", "担任", "涌现", "拥有", "位于",
  "坐落", "成为", "获评", "获批", "入选", "列为", "评为", "荣获", "授予", "创建", "申报", "晋升", "助力", "带动",
  "带领", "依靠", "借助", "通过", "利用", "招商", "引育", "盘活", "投入", "使用", "完成", "统筹", "布局", "谋划",
  "策划", "包装", "争创", "参与", "对接", "服务于", "形成", "构建", "融入", "深耕", "筹建", "规划", "启用", "开放",
  "开业", "运行", "揭牌", "挂牌", "建立", "巩固", "拓展", "提高", "增强", "扩大", "壮大", "集聚", "汇聚", "吸引",
  "选派", "联系", "合作", "共建", "共享", "全面完成", "开街", "营业", "达到", "突破", "入围", "跨入", "命名",
  "作为", "落成", "提交", "改扩建", "到", "书记", "指", "考取", "打卡", "实化", "做大做强", "大力发展", "加快发展", "积极发展", "重点发展", "以上", "以下", "左右", "备案", "认定",
  // adverbs and manner words
  "积极", "全力", "大力", "有序", "稳步", "稳妥", "着力", "全面", "持续", "深入", "深化", "不断", "努力", "力争",
  "确保", "争取", "主动", "进一步", "高标准", "高质量", "高水平", "高效", "加大", "扎实", "率先", "先后", "相继",
  "正式", "顺利", "成功", "基本", "即将", "尽快", "逐步", "重点", "优先", "集中", "全速", "有效", "切实", "认真",
  // qualifiers: a level or rank is not part of a name (国家级工业设计产业研究院 is a goal, not a thing)
  "国家级", "省级", "市级", "区级", "省市级", "省市", "市级以上", "省级以上", "国家和省", "全国性", "区域性", "首家",
  "首个", "第一", "唯一", "一批", "一个", "一些", "一系列", "多家", "多个", "部分", "所有", "相关", "一流", "一体",
  // category nouns that end the phrase before a name (…核心载体龙玺大厦)
  "载体", "平台", "企业", "机构", "单位", "项目", "工程", "品牌", "地标", "高地", "名片", "资源", "优势", "龙头",
  "头部", "重点项目", "重大项目", "主体", "领域", "行业", "板块", "团队", "组织", "场景", "设施", "村", "负责人",
  "居民", "群众",
  ...GOVERNING_VERBS,
]);

/**
 * Verbs that may also sit inside a name (山东安可区块链产业发展研究院, …城市建设发展有限公司). Walking left,
 * such a word ends the name only when the word before it is itself a boundary (加快建设|能源…研究院).
 */
export const SOFT_VERBS: ReadonlySet<string> = new Set([
  "建设", "发展", "开发", "投资", "服务", "管理", "设计", "研究", "创新", "促进", "孵化", "转化", "保护", "治理", "改造",
  "提升", "更新", "示范", "实践", "运营", "联合", "创业", "引领", "培训", "推广", "交流", "应用", "研发", "制造",
  "扩展", "改造提升", "升级",
]);

/**
 * Words that say what kind of thing something is, not which one: a name made only of these (plus
 * place prefixes) is a description (数字经济创新中心, 教师成长基地, 日间照料中心), not a name —
 * unless it starts with a place prefix (山东数字经济产业园).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  // qualities and units of any public body or facility (平安, 职能部门, 新时代文明实践, 零碳, 复合型…)
  "平安", "职能", "部门", "职能部门", "街道", "新时代", "文明", "复合型", "监管", "零碳", "大面积", "面积", "康复", "进出口",
  "数字", "经济", "数字经济", "产业", "创新", "科技", "技术", "发展", "服务", "综合", "综合性", "文化", "教育", "成长",
  "教师", "社区", "养老", "照料", "日间", "卫生", "党群", "研发", "金融", "新金融", "能源", "互联网", "能源互联网",
  "人工智能", "转化", "成果", "国际", "工业", "设计", "智慧", "健康", "生态", "绿色", "低碳", "示范", "试点", "重点",
  "特色", "历史", "休闲", "文体", "旅游", "文旅", "商贸", "商业", "消费", "民生", "民心", "安置", "保障", "更新",
  "改造", "提升", "建设", "管理", "治理", "基层", "公共", "政务", "便民", "区域", "总部", "企业", "重大", "优质",
  "高端", "现代", "新型", "新兴", "大数据", "数据", "云", "平台", "网络", "信息", "通信", "电力", "设备", "装备",
  "制造", "智能", "新能源", "医疗", "医药", "生物", "康养", "人才", "青年", "创业", "孵化", "众创", "空间", "海外",
  "国内", "中外", "地方", "城市", "城区", "城乡", "乡村", "农村", "农业", "花卉", "集体", "资产", "收益", "扶贫",
  "基建", "新", "老", "老旧", "低效", "传统", "美丽", "和美", "样板", "公益", "志愿", "融合", "协同", "一体化",
  "标准化", "规范化", "集聚", "产业集聚", "集群", "生活", "固废", "转运", "环保", "垃圾", "分类", "污水", "处理",
  "交通", "枢纽", "物流", "商务", "楼宇", "办公", "产业链", "供应链", "创新链", "科创", "双创", "投资", "基金",
  "资本", "政府", "机关", "学校", "学生", "未成年人", "素质", "素质教育", "实践", "爱国主义", "红色", "非遗",
  "传承", "保护", "修复", "河道", "景观", "亮化", "路网", "道路", "住宅", "安置房", "租赁", "住房", "保障性", "体育",
  "运动", "会展", "电商", "直播", "跨境", "外贸", "法治", "应急", "安全", "中医", "中医药", "药物", "妇幼", "保健",
  "儿童", "老年", "老年人", "残疾人", "就业", "社保", "医保", "专业", "职业", "技能", "培训", "研究", "工程", "项目",
  "基地", "中心", "科技产业", "产业发展", "技术创新", "科研", "研发中心", "成长型", "跨国", "工作", "示范性",
  "多层", "数字化", "智能化", "绿色化", "品质", "活力", "特色化", "精品", "示范点", "主题", "文创", "创意", "引育",
  "引领", "带动", "改革", "实验", "育人", "全环境", "立德树人", "教育集团", "产业园", "科技园", "区", "级", "类",
  "金融类", "能源类", "行业", "领军", "领军人才", "高层次", "优秀", "年轻", "干部", "党建", "党员", "组织",
  "示范区", "龙头", "头部", "链主", "民营", "中小", "中小企业", "外资", "出海", "战略", "促进", "推进", "运营",
  "头号", "重磅", "智造", "助企", "展示", "民生工程", "民心工程", "应用",
  ...CLASS_WORDS,
]);

/** Whole names that are descriptions even though a pattern fits them. */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  "服务中心", "该中心", "数据中心", "研究中心", "创新中心", "产业园", "科技园", "孵化器", "总部", "总部大厦", "文化广场",
  "电力研究院", "大学科技园", "产业基地", "示范基地",
]);

/** Words right before a name that make it a title conferred, not a thing (获评“国家智慧健康养老示范基地”). */
export const HONOR_CUES: readonly string[] = [
  "获评", "评为", "评选为", "荣获", "授予", "入选", "跨入", "列为", "命名为", "获批", "创建", "创成", "晋升", "申报",
  "争创", "入围",
];

/** A head followed by one of these is a modifier, not the end of a name (总部经济, 中心城区, 工程示范点). */
export const NON_HEAD_FOLLOWERS: readonly string[] = [
  "企业", "经济", "城市", "城区", "党建", "战略", "模式", "体系", "理念", "精神", "品牌", "示范点", "试点", "项目", "化",
];

/**
 * A count closing the phrase right after a head (花景街区21条，科技孵化器2家。) means a kind of thing is
 * being counted. A count followed by a noun (科技园21个楼座) counts something else and does not reject.
 */
export const COUNT_AFTER =
  /^\s*(?:[0-9０-９.]+|[一二两三四五六七八九十百千万几多]+)\s*(?:个|家|处|所|座|条|项|名|批|栋|户|类)(?:以上|左右|余|多)?(?:$|[，。、；：！？,;:!?）)\s]|以上)/u;

/** "N大" (两大, 五大) counts kinds: it never starts or sits inside a name. */
export const MAJOR_COUNT = /^[两一二三四五六七八九十几]+大$/u;

/** Ordinals and years before an event name are not part of it (第五届|双品网购节, 2023|市中消费季). */
export const EDITION = /^(?:第[一二三四五六七八九十百0-9]+[届次期]|[0-9]{4}年?)$/u;

/** Names of meetings that are not events in this graph (人民代表大会, 党代会, 全会). */
export const NOT_EVENTS = /代表大会|党代会|全会|人代会|会议|政协/u;

/**
 * The words industry names are recognised by: their heads, and the words before a head that say which kind
 * of industry a sentence means (相关产业, 新兴产业, 规上服务业) rather than which industry. No industry names here.
 */

/** Heads that end an industry's name: 某某服务业, 某某制造业, 某某加工业, 某某旅游业, 某某农业, 某某电商, 某某互联网, 某某产业. */
export const INDUSTRY_HEADS: readonly string[] = ["服务业", "制造业", "加工业", "旅游业", "农业", "电商", "互联网", "产业"];

/**
 * Words before a head that give a scope or a rank, not an industry (规上服务业, 全省制造业, 相关产业): a name
 * made only of these is a description before any head, and they are never the start of a name.
 */
export const INDUSTRY_SCOPES: readonly string[] = [
  "相关", "规上", "规模以上", "全市", "全省", "全区", "全国", "各类", "现有", "本地", "地方", "我省", "我市", "我区", "本省",
  "本市", "本区", "整个", "一批", "十大", "两大", "三大", "四大", "五大", "六大", "七大", "八大", "九大", "多个", "若干", "重要",
  "主要", "核心", "关键", "领先", "龙头", "千亿级", "万亿级", "百亿级", "配套", "上下游", "关联", "首位", "该", "其他", "各",
  "世界级", "全球", "国家", "国际", "国内",
];

/**
 * Words that make a class of industries before 产业 (新兴产业, 战略性新兴产业, 传统产业, 数字产业): a name made
 * only of these and scopes is a description. Before 服务业 and 制造业 they do name a sector (现代服务业).
 */
export const INDUSTRY_CLASSES: readonly string[] = [
  "传统", "新兴", "主导", "优势", "特色", "重点", "支柱", "未来", "战略性", "实体", "县域", "区域", "乡村", "农村", "富民", "前沿",
  "新质", "先导", "基础", "高端", "新", "老", "绿色", "低碳", "中小", "民营", "国有", "外资", "数字", "现代", "先进",
  "高技术", "高新技术", "接续", "替代", "新型", "朝阳", "好", "大", "中国", "国家", "省", "市", "区", "县", "千亿", "万亿",
  "不同", "优质", "幸福", "致富", "民生", "政府", "城市", "城镇", "科技", "高能级", "低成本", "综合", "世界级", "全球", "工业",
  "农业", "服务", "制造",
];

/**
 * Qualities farming is asked to have (绿色农业、质量农业、品牌农业): before 农业 they describe how, while a
 * sector of farming is named by what or where (设施农业, 都市型现代农业).
 */
export const FARMING_QUALITIES: readonly string[] = ["绿色", "质量", "品牌", "科技", "新型", "智慧", "生态", "特色", "高效", "优质", "数字"];

/** Words before 产业 that close a class, so that what precedes them is no industry either (某某新兴产业, 前沿性未来产业). */
export const CLASS_ENDINGS = /(?:新兴|未来|优势|主导|支柱|特色|传统|重点|战略性|[型性级])$/u;

/**
 * Verbs that take an industry as their object (发展|某某经济, 培育|某某经济): 某某经济 is read as a branch of the
 * economy only right after one of them, since 某某经济 is more often a scope (全省经济, 广东经济).
 */
export const ECONOMY_VERBS: ReadonlySet<string> = new Set([
  "发展", "培育", "壮大", "做强", "做优", "做大", "布局", "推动", "促进", "加快", "大力发展", "加快发展", "积极发展", "重点发展",
  "抢抓", "抢占", "聚焦", "深耕", "打造", "拥抱", "提振", "激活",
]);

/**
 * Words before 经济 that name a scope or an owner, not a branch of the economy (民营经济, 县域经济, 实体经济,
 * 全省经济): 某某经济 is an industry only when its first part is none of these.
 */
export const NOT_ECONOMY_BRANCHES: ReadonlySet<string> = new Set([
  "民营", "实体", "县域", "区域", "全省", "全市", "全区", "全国", "国民", "宏观", "世界", "国际", "城市", "集体", "国有", "地方",
  "经济", "市场", "整体", "中国", "国家", "流域", "外向", "开放", "社会", "总部", "楼宇", "城乡", "园区", "口岸", "通道", "枢纽",
  "港口", "镇域", "村级", "家庭", "个体", "非公", "公有", "私营", "外资", "内需", "主体", "法治", "信用",
]);

/**
 * Words ending in 业 that are not industries: enterprises, jobs, trades in general, careers, property.
 * A token ending in 业 names an industry (物流业, 建筑业) only when it ends in none of these.
 */
export const NOT_INDUSTRY_YE = /(?:企业|就业|创业|行业|产业|事业|专业|作业|物业|营业|毕业|职业|学业|伟业|失业|从业|开业|停业|复业|歇业|实业|商业|工业|农业|主业|副业|基业|家业|功业|大业|霸业|偏业|结业|转业|敬业|守业|置业|兴业|立业)$/u;

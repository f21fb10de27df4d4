/**
 * Names the question parser knows besides the graph's own: how people refer to the district and to
 * common metrics in questions (not in policy prose) and words too generic to be a name. Places outside the
 * documents are not listed: they are read from the graph (see `placesOutside` in ask.ts).
 * Data only; the graph stays the source of every fact.
 */

/** Extra surfaces for entities, by canonical name; used only when that entity exists in the graph. */
export const EXTRA_ENTITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  济南市市中区: ["全区", "本区", "我区", "该区", "the district", "district", "shizhong district", "shizhong"],
  济南中央活力区: ["central vitality zone", "vitality area", "中央活力区战略"],
  济南中央商埠区: ["commercial port area", "central commercial port", "商埠区战略"],
  山东能源互联网产业集聚区: ["energy internet cluster", "energy internet industry agglomeration zone", "energy internet industrial cluster"],
  上新街片区更新项目: ["shangxin street project", "shangxinjie", "shangxin street renewal"],
};

/** Extra surfaces for metrics, by canonical metric name. */
export const EXTRA_METRIC_ALIASES: Readonly<Record<string, readonly string[]>> = {
  地区生产总值: ["经济总量", "gdp", "grp", "gross regional product", "economic output", "国内生产总值"],
  一般公共预算收入: ["财政收入", "budget revenue", "public budget revenue"],
  社会消费品零售总额: ["retail sales", "社零"],
  固定资产投资: ["fixed asset investment", "fixed-asset investment"],
  实际使用外资: ["foreign investment", "foreign capital"],
  高新技术企业数量: ["high-tech enterprises", "high tech enterprises", "high-tech companies", "高企"],
  专精特新企业数量: ["srdi enterprises", "specialized and innovative enterprises"],
  四上企业数量: ["four-above enterprises"],
  新增城镇就业: ["new urban jobs", "urban jobs", "urban employment"],
  口袋公园数量: ["pocket parks"],
  城镇居民人均可支配收入: ["disposable income", "per capita disposable income", "per-capita disposable income"],
  地区生产总值增长: ["gdp growth", "economic growth", "经济增长", "gdp增长", "gdp增速", "经济增速"],
  一般公共预算收入增长: ["fiscal revenue growth", "revenue growth"],
};

/** Surfaces never taken as a name even when some entity carries them (type words, generic words). */
export const STOP_SURFACES: ReadonlySet<string> = new Set([
  "项目", "企业", "公司", "集团", "平台", "园区", "产业", "行业", "机构", "人物", "人才", "战略", "片区", "区域", "地区",
  "市中", "全市", "全省", "省会", "城市", "社区", "街道", "政府", "发展", "建设", "服务", "更新", "推进", "哪些", "什么",
  "多少", "进展", "关系", "有关", "相关", "重点项目", "重点企业", "龙头企业", "能源", "能源企业", "科技", "数字", "金融",
  "the", "and", "what", "which", "who", "how", "project", "projects", "company", "companies", "enterprise", "enterprises",
  "industry", "industries", "area", "park", "platform", "people", "person", "year", "years", "many", "much", "was", "is",
  "are", "in", "of", "to", "by", "serve", "serves", "energy", "digital", "finance", "center", "centre", "base", "group",
]);

/** The entity a number is about when the question names none: the district the corpus describes. */
export const DEFAULT_SUBJECT_NAME = "济南市市中区";

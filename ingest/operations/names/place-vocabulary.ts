/**
 * The words place names are recognised by: administrative and geographic heads, and the words that end
 * like a place without naming one. No place names here — a place is found by its head and context.
 */
import type { NameSuffix } from "./vocabulary.ts";

const area = (text: string, minLeft = 2): NameSuffix => ({ text, type: "Area", minLeft });

/**
 * One-character heads of administrative units (省, 市, 县…) and of geographic features (岛, 港, 湾…). With
 * one character the head alone says too little (城市, 地区, 入海), so the part before it must be one word the
 * segmenter knows as a place or does not know at all, never a generic word.
 */
export const SINGLE_PLACE_HEADS: ReadonlySet<string> = new Set(["省", "市", "县", "区", "镇", "乡", "村", "州", "岛", "港", "湾"]);

/**
 * One-character heads of settlements and natural features (村, 庄, 峪, 河, 山, 湖…) that end a word the segmenter
 * found as one unknown or proper word (某某村, 某某峪): the word as a whole is a place.
 */
export const FEATURE_HEAD = /[村庄峪河山岭湖岛洲湾街巷寨屯沟坡泉峡江溪潭塘]$/u;

/** Administrative heads a place is also called without (X市 → X), so its short form can be found. */
export const SHORTENED_HEADS = /^(.{2,4}?)(?:省|市|县|区)$/u;

/**
 * Heads of two or more characters that end an area's name: sub-districts and communities, new districts
 * and zones, belts and corridors, city clusters, science cities, old towns and parks. Their left edge is
 * found like any other head's (see suffix-names.ts); the heads the general list already holds (片区, 街道,
 * 示范区…) are not repeated.
 */
export const PLACE_HEADS: readonly NameSuffix[] = [
  area("社区"),
  area("新区"),
  area("湾区"),
  area("港区"),
  area("库区"),
  area("合作区"),
  area("综保区"),
  area("保税区"),
  area("自贸区"),
  area("自贸片区"),
  area("开发区"),
  area("高新区"),
  area("经济区"),
  area("先行区"),
  area("先导区"),
  area("协同区"),
  area("功能区"),
  area("聚集区"),
  area("经济带"),
  area("产业带"),
  area("创新带"),
  area("科创带"),
  area("走廊"),
  area("经济圈"),
  area("都市圈"),
  area("科创圈"),
  area("城市群"),
  area("科学城"),
  area("科技城"),
  area("科教城"),
  area("高铁新城"),
  area("新城"),
  area("古城"),
  area("古镇"),
  area("古村"),
  area("新村"),
  area("国家公园"),
  area("湿地"),
  area("商圈"),
  area("流域"),
  area("平原"),
  area("盆地"),
].sort((a, b) => b.text.length - a.text.length);

/**
 * Words before a one-character head that make a kind of place, not a place (东部地区, 全市, 城市, 山区,
 * 中心城区): directions, sizes, pronouns, rank words and common nouns the segmenter may tag as places.
 */
export const NOT_PLACE_PARTS: ReadonlySet<string> = new Set([
  "东部", "西部", "南部", "北部", "中部", "东北", "西北", "东南", "西南", "中西", "南北", "东西", "周边", "沿海", "沿边", "内陆",
  "中心", "城市", "城镇", "乡村", "农村", "山区", "县城", "城区", "市区", "郊区", "新", "老", "大", "小", "全", "本", "该", "各",
  "我", "辖", "特大", "大城", "都市", "宜居", "文明", "国家", "中国", "中华", "全国", "全省", "全市", "省会", "地级", "县级",
  "中华人民共和国", "海洋", "海关", "开发", "示范", "试点", "重点", "特色", "美丽", "和美", "宜业", "智慧", "数字", "枢纽",
  "串联", "并联", "惠及", "深度", "普及", "入海", "入市", "开港", "开园", "上楼", "扎根", "林田", "深化", "研发", "中试", "技改", "创投", "通航",
]);

/**
 * Words of direction, rank or quality in front of an area's head that describe which kind of area, not which
 * one (北向|某某走廊, 高品质|历史文化街区, 周边|片区): an area's name starts after them.
 */
export const AREA_QUALIFIERS = /^(?:[东西南北]向|[东西南北中]部|周边|周围|历史性|高品质|高水平|国际化|现代化|特色|先行|重点|新一轮|一批|多个)$/u;

/** Verbs that sit inside areas' names (某某绿色发展先行区, 某某创新发展带, 某某城乡融合发展试验区): not a left edge. */
export const AREA_INNER_VERBS: ReadonlySet<string> = new Set([
  "发展", "创新", "融合", "示范", "合作", "协作", "开放", "开发", "保护", "改革", "集成", "同步", "协同", "先行",
]);

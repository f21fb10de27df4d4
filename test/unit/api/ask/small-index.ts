/** A small hand-made name index for the parser's unit tests (names as the lexicon spells them). */
import { buildNameIndex, type EntityRow, type NameIndex } from "../../../../src/api/ask/name-index.ts";

const row = (id: string, type: string, name: string, aliases: string[] = [], en: string[] = [], mentions = 5): EntityRow => ({
  id,
  name,
  type,
  aliases: [...aliases, ...en],
  curatedAliases: aliases,
  en,
  mentions,
  source: "lexicon",
});

/** Entities of the corpus's world, enough for every kind of question. */
export const ROWS: readonly EntityRow[] = [
  row("cva", "Strategy", "济南中央活力区", ["中央活力区", "活力区", "中央活力区战略"], ["Jinan Central Vitality Area", "Central Vitality Area", "CVA"]),
  row("port", "Strategy", "济南中央商埠区", ["中央商埠区", "中央商埠区战略"], ["Jinan Central Commercial Port Area", "Central Commercial Port Area"]),
  row("cluster", "Strategy", "山东能源互联网产业集聚区", ["能源互联网产业集聚区", "能源互联网集聚区"], ["Shandong Energy Internet Industry Cluster", "Energy Internet Industry Cluster"]),
  row("vibrant", "Strategy", "新时代社会主义现代化活力品质强区", ["活力品质强区"], ["Vibrant High-Quality Strong District"]),
  row("district", "Area", "济南市市中区", ["市中区", "济南市中区"], ["Shizhong District", "Shizhong"], 90),
  row("jinan", "Area", "济南市", ["济南"], ["Jinan"], 30),
  row("south", "Area", "南部生态区", [], ["Southern Ecological Zone"]),
  row("shangxin", "Project", "上新街片区更新项目", ["上新街", "上新街项目", "上新街片区"], ["Shangxin Street renewal project", "Shangxin Street"]),
  row("hotel", "Project", "济南宾馆项目", ["济南宾馆"], ["Jinan Hotel project"]),
  row("jd", "Project", "京东产业园", ["京东产业园项目"], ["JD Industrial Park"]),
  row("grid", "Enterprise", "国网山东省电力公司", ["国网山东电力", "国网电力"], ["State Grid Shandong"]),
  row("sap", "Enterprise", "SAP", [], ["SAP"]),
  row("fni", "Institution", "山东未来网络研究院", ["未来网络研究院"], ["Shandong Future Network Research Institute"]),
  row("eiri", "Institution", "济南能源互联网产业研究院", ["能源互联网产业研究院"], ["Jinan Energy Internet Industry Research Institute"]),
  row("lin", "Person", "林萍萍", [], ["Lin Pingping"]),
  row("ju", "Person", "鞠正江", [], ["Ju Zhengjiang"]),
  row("energy", "Industry", "能源互联", ["能源互联网", "能源互联网产业"], ["energy internet"]),
  row("digital", "Industry", "数字经济", [], ["digital economy"]),
  row("park", "Platform", "山东数字经济产业园", ["数字经济产业园"], ["Shandong Digital Economy Industrial Park"]),
  row("gdp", "Indicator", "地区生产总值", ["GDP", "生产总值"], ["GDP", "gross domestic product"]),
  row("noise", "Area", "项目", [], [], 1),
];

/** The index built from ROWS (one pattern-found metric besides). */
export function smallIndex(): NameIndex {
  return buildNameIndex({ entities: ROWS, metrics: ["地区生产总值", "一般公共预算收入增长"] });
}

/**
 * The English side of the evidence answerer: English words → Chinese words (from CC-CEDICT glosses, see
 * data/build-glossary.ts) and Han characters → toneless pinyin (for place and person names written in pinyin).
 * Loaded once, lazily, from data/glossary.json.gz.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

interface GlossaryData {
  readonly en: Record<string, string>;
  readonly py: Record<string, string>;
}

let loaded: GlossaryData | null = null;

function data(): GlossaryData {
  if (loaded) return loaded;
  const file = fileURLToPath(new URL("./data/glossary.json.gz", import.meta.url));
  loaded = JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as GlossaryData;
  return loaded;
}

/** Policy words the dictionary glosses poorly, or that questions use for a report's own wording. */
const EXTRA_EN: Readonly<Record<string, readonly string[]>> = {
  leading: ["龙头", "头部", "领军", "主导"],
  key: ["重点", "重大", "关键"],
  pilot: ["试点"],
  target: ["目标", "预期"],
  expected: ["预期", "预计"],
  growth: ["增长", "增速"],
  gdp: ["地区生产总值", "生产总值", "GDP"],
  output: ["产值", "产量", "增加值"],
  job: ["就业"],
  new: ["新增", "新建"],
  attract: ["引进", "吸引", "招引", "引入"],
  introduce: ["引进", "引入", "招引"],
  build: ["建设", "建成", "共建", "打造"],
  cultivate: ["培育", "发展", "壮大"],
  strengthen: ["壮大", "加强", "做强"],
  company: ["企业", "公司"],
  enterprise: ["企业"],
  firm: ["企业", "公司"],
  project: ["项目", "工程"],
  head: ["负责人", "主任"],
  renewal: ["更新", "改造"],
  regeneration: ["更新", "改造"],
  district: ["区"],
  province: ["省"],
  city: ["城市"],
  // The economy and its figures, as work reports write them.
  tax: ["税收", "税费", "纳税"],
  revenue: ["收入", "税收", "营收"],
  fiscal: ["财政"],
  budget: ["预算"],
  grain: ["粮食"],
  import: ["进口", "进出口"],
  export: ["出口", "进出口"],
  trade: ["贸易", "外贸", "进出口"],
  investment: ["投资"],
  retail: ["零售"],
  consumer: ["消费品", "消费"],
  consumption: ["消费"],
  sale: ["销售", "零售"],
  goods: ["商品", "消费品", "货物"],
  container: ["集装箱"],
  throughput: ["吞吐量"],
  port: ["港口", "港"],
  cargo: ["货物", "货邮"],
  passenger: ["旅客", "客运"],
  population: ["人口", "常住人口"],
  resident: ["居民"],
  income: ["收入"],
  disposable: ["可支配"],
  urban: ["城镇", "城市"],
  rural: ["农村", "乡村"],
  employment: ["就业"],
  unemployment: ["失业"],
  industrial: ["工业", "产业"],
  manufacturing: ["制造业", "制造"],
  "value-added": ["增加值"],
  "high-tech": ["高新技术", "高技术"],
  research: ["研发", "研究"],
  patent: ["专利"],
  talent: ["人才"],
  hospital: ["医院"],
  university: ["大学", "高校"],
  housing: ["住房", "保障性住房", "安居"],
  affordable: ["保障性"],
  rail: ["轨道交通", "铁路", "轨道"],
  railway: ["铁路", "高铁"],
  metro: ["地铁", "轨道交通"],
  subway: ["地铁"],
  "high-speed": ["高铁", "高速"],
  highway: ["高速公路"],
  airport: ["机场"],
  energy: ["能源"],
  emission: ["排放"],
  tourism: ["旅游", "文旅"],
  tourist: ["游客"],
  share: ["比重", "占比"],
  proportion: ["比重", "占比"],
  phase: ["期"],
  line: ["号线", "线"],
  preliminary: ["前期"],
  complete: ["建成", "完成", "竣工"],
  completed: ["建成", "完成", "竣工"],
  start: ["开工", "启动"],
  construction: ["建设", "施工"],
  upgrade: ["升级"],
  upgraded: ["升级"],
  establish: ["成立", "设立", "组建"],
  established: ["成立", "设立", "组建"],
  "state-owned": ["国有", "国企", "央企"],
  central: ["中央", "央企"],
  private: ["民营"],
  brand: ["品牌"],
  governor: ["省长"],
  mayor: ["市长"],
  future: ["未来"],
  frontier: ["前沿"],
  field: ["领域"],
  zone: ["园区", "片区", "区"],
  region: ["区域", "地区"],
  community: ["社区"],
  testing: ["试验", "检测", "中试"],
  national: ["国家", "全国", "国家级"],
  "national-level": ["国家级"],
  provincial: ["省级", "省"],
  first: ["首个", "首家", "首批", "首"],
  ahead: ["提前", "前瞻", "超前"],
  position: ["定位", "布局"],
};

/** The policy glossary's own words for an English word (they come first). */
export function glossaryWords(word: string): readonly string[] {
  return EXTRA_EN[word] ?? [];
}

/** Chinese words that an English word may stand for, longest first. */
export function chineseFor(word: string): string[] {
  const extra = EXTRA_EN[word] ?? [];
  const dict = (data().en[word] ?? "").split(" ").filter(Boolean);
  return [...new Set([...extra, ...dict])].sort((a, b) => b.length - a.length);
}

/** Toneless pinyin readings of a Han character (empty when unknown). */
export function pinyinOf(ch: string): readonly string[] {
  const readings = data().py[ch];
  return readings ? readings.split(" ") : [];
}

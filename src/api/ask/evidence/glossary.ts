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

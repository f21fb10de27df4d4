/** Words that name a kind of thing ("项目", "companies"): they filter the items of an answer. */
import type { EntityType } from "../../graph/contract.ts";

/** A type word and the entity types it means. */
export interface TypeWord {
  readonly word: string;
  readonly types: readonly EntityType[];
}

const zh = (types: readonly EntityType[], words: readonly string[]) => words.map((word) => ({ word, types }));

/** Chinese type words (matched as substrings). */
export const ZH_TYPE_WORDS: readonly TypeWord[] = [
  ...zh(["Project"], ["项目", "工程"]),
  ...zh(["Enterprise"], ["企业", "公司", "集团", "厂商", "龙头"]),
  ...zh(["Institution"], ["机构", "研究院", "院所", "高校", "学校", "大学", "医院", "单位"]),
  ...zh(["Person"], ["人物", "人员", "人才", "负责人", "人士", "专家", "哪些人", "什么人", "谁"]),
  ...zh(["Industry"], ["产业", "行业", "领域"]),
  ...zh(["Platform"], ["平台", "园区", "载体", "产业园", "基地", "示范区"]),
  ...zh(["Area"], ["片区", "区域", "街道", "社区", "村庄", "地方", "区块"]),
  ...zh(["Strategy"], ["战略"]),
  ...zh(["Event"], ["活动", "节会", "会议", "节庆"]),
  ...zh(["Policy"], ["政策", "措施", "举措", "行动"]),
  ...zh(["Enterprise", "Institution"], ["组织"]),
];

/** English type words (matched as whole words). */
export const EN_TYPE_WORDS: readonly TypeWord[] = [
  ...zh(["Project"], ["project", "projects"]),
  ...zh(["Enterprise"], ["enterprise", "enterprises", "company", "companies", "firm", "firms", "business", "businesses", "corporation", "corporations"]),
  ...zh(["Institution"], ["institution", "institutions", "institute", "institutes", "university", "universities", "school", "schools", "hospital", "hospitals"]),
  ...zh(["Person"], ["person", "people", "persons", "individual", "individuals", "who"]),
  ...zh(["Industry"], ["industry", "industries", "sector", "sectors"]),
  ...zh(["Platform"], ["platform", "platforms", "park", "parks", "hub", "hubs"]),
  ...zh(["Area"], ["area", "areas", "zone", "zones", "subdistrict", "subdistricts", "neighbourhood", "neighborhood"]),
  ...zh(["Strategy"], ["strategy", "strategies"]),
  ...zh(["Event"], ["event", "events", "festival", "festivals"]),
  ...zh(["Policy"], ["policy", "policies", "measure", "measures"]),
  ...zh(["Enterprise", "Institution"], ["organisation", "organisations", "organization", "organizations"]),
];

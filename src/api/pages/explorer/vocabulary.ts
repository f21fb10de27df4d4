/** Chinese (and English) labels and colours of entity types, relation types, milestone statuses and value kinds. */

/** One entity type: its Chinese label and its colour in the graph and legend. */
export interface EntityTypeStyle {
  readonly type: string;
  readonly zh: string;
  readonly color: string;
}

/** The entity types of the graph contract, in legend order. */
export const ENTITY_TYPE_STYLES: readonly EntityTypeStyle[] = [
  { type: "Strategy", zh: "战略", color: "#d62728" },
  { type: "Area", zh: "区域", color: "#2ca02c" },
  { type: "Project", zh: "项目", color: "#1f77b4" },
  { type: "Enterprise", zh: "企业", color: "#ff7f0e" },
  { type: "Institution", zh: "机构", color: "#9467bd" },
  { type: "Industry", zh: "产业", color: "#8c564b" },
  { type: "Platform", zh: "平台/园区", color: "#e377c2" },
  { type: "Person", zh: "人物", color: "#7f7f7f" },
  { type: "Event", zh: "事件", color: "#bcbd22" },
  { type: "Policy", zh: "政策", color: "#17becf" },
  { type: "Indicator", zh: "指标", color: "#393b79" },
];

const UNKNOWN_TYPE: EntityTypeStyle = { type: "Other", zh: "其他", color: "#555555" };

/** The style of an entity type (a neutral grey for types this page does not know). */
export function entityTypeStyle(type: string): EntityTypeStyle {
  return ENTITY_TYPE_STYLES.find((style) => style.type === type) ?? { ...UNKNOWN_TYPE, type };
}

/** Relation types as verbs, read "(from) verb (to)". */
export const RELATION_LABELS: Readonly<Record<string, string>> = {
  LOCATED_IN: "位于",
  PART_OF: "隶属于",
  SERVES: "服务于",
  PROMOTES: "发展产业",
  BELONGS_TO: "属于产业",
  RELIES_ON: "依托",
  INTRODUCED: "引进",
  HEADQUARTERED_IN: "总部位于",
  BUILDS: "建设",
  OPERATES: "运营",
  PARTNERS_WITH: "合作",
  LEADS: "领导",
  HOSTS: "承载入驻",
};

/** The Chinese verb of a relation type (falls back to the type itself). */
export function relationLabel(type: string): string {
  return RELATION_LABELS[type] ?? type;
}

/** Milestone statuses of projects. */
export const MILESTONE_LABELS: Readonly<Record<string, string>> = {
  planned: "规划/谋划",
  signed: "签约",
  relocation_done: "征收/腾迁完成",
  started: "开工",
  under_construction: "在建/推进",
  completed: "竣工/完成",
  opened: "开业/开放",
  in_operation: "运营",
};

/** What a series measures (the Measure enum of the API). */
export const MEASURE_LABELS: Readonly<Record<string, string>> = {
  stock: "累计存量 stock",
  flow: "当期新增 flow",
  rate: "增速 rate",
  share: "占比 share",
  level: "总量 level",
};

/** Kinds of indicator values. */
export const VALUE_KIND_LABELS: Readonly<Record<string, string>> = {
  actual: "实际 actual",
  estimate: "预计 estimate",
  target: "目标 target",
};

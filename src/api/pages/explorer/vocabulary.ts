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

/** Relation types read "(from) —label→ (to)", with the label for the reverse direction. */
export const RELATION_LABELS: Readonly<Record<string, { readonly out: string; readonly in: string }>> = {
  LOCATED_IN: { out: "位于", in: "区域内有" },
  PART_OF: { out: "隶属于", in: "包含" },
  SERVES: { out: "服务于", in: "受其服务" },
  PROMOTES: { out: "发展产业", in: "被发展于" },
  BELONGS_TO: { out: "属于产业", in: "产业包含" },
  RELIES_ON: { out: "依托", in: "被依托" },
  INTRODUCED: { out: "引进", in: "被引进于" },
  HEADQUARTERED_IN: { out: "总部位于", in: "总部所在地" },
  BUILDS: { out: "建设", in: "由其建设" },
  OPERATES: { out: "运营", in: "由其运营" },
  PARTNERS_WITH: { out: "合作", in: "合作" },
  LEADS: { out: "领导", in: "由其领导" },
  HOSTS: { out: "承载/入驻", in: "入驻于" },
};

/** The Chinese reading of a relation type in a direction (falls back to the type itself). */
export function relationLabel(type: string, direction: "out" | "in"): string {
  return RELATION_LABELS[type]?.[direction] ?? type;
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

/** Kinds of indicator values. */
export const VALUE_KIND_LABELS: Readonly<Record<string, string>> = {
  actual: "实际 actual",
  estimate: "预计 estimate",
  target: "目标 target",
};

/** The side panel: the selected entity's type, aliases, relations with evidence, and its timeline or indicator chart. */
import { h } from "./dom.ts";
import { renderEvidence } from "./evidence-list.ts";
import { formatNumber, periodWords, renderChartKey, renderIndicatorChart, seriesTitle } from "./indicator-chart.ts";
import { renderTimeline } from "./timeline-view.ts";
import type { EntityView, MilestoneView, NodeView, RelationView, SeriesLineView } from "./view-model.ts";
import { entityTypeStyle, relationLabel, VALUE_KIND_LABELS } from "./vocabulary.ts";

/** What the panel asks of the page. */
export interface SidePanelActions {
  /** Show another entity (a relation's other end was clicked). */
  open(node: NodeView): void;
}

/** Badge with the type's colour, Chinese label and English name. */
export function typeBadge(type: string): HTMLElement {
  const style = entityTypeStyle(type);
  return h("span", { class: "type-badge" }, h("span", { class: "swatch", style: `background:${style.color}` }), `${style.zh} ${type}`);
}

/** The panel's head and body for an entity; `extra` (timeline, chart) is filled in when it arrives. */
export function renderEntityPanel(entity: EntityView, actions: SidePanelActions, extra: HTMLElement | null): readonly HTMLElement[] {
  return [
    h("h2", { class: "entity-name" }, entity.name),
    typeBadge(entity.type),
    h("h3", {}, `别名 Aliases (${entity.aliases.length})`),
    entity.aliases.length === 0
      ? h("p", { class: "muted" }, "无 none")
      : h("ul", { class: "aliases" }, entity.aliases.map((alias) => h("li", {}, alias))),
    ...(extra === null ? [] : [extra]),
    h("h3", {}, `关系 Relations (${entity.relations.length})`),
    entity.relations.length === 0
      ? h("p", { class: "muted" }, "文件中没有它的关系。The documents state no relation of it.")
      : h("ul", { class: "relations" }, sortRelations(entity.relations).map((relation) => renderRelation(entity, relation, actions))),
  ];
}

/** One relation as a sentence, "中博领创时代 位于 济南中央活力区", the other end clickable, then its evidence. */
function renderRelation(self: EntityView, relation: RelationView, actions: SidePanelActions): HTMLElement {
  const style = entityTypeStyle(relation.other.type);
  const other = h(
    "button",
    { class: "link-button", type: "button", title: `${style.zh} ${relation.other.type}`, onclick: () => actions.open(relation.other) },
    h("span", { class: "swatch", style: `background:${style.color}` }),
    relation.other.name,
  );
  const me = h("strong", {}, self.name);
  const verb = h("span", { class: "relation-type", title: relation.type }, relationLabel(relation.type));
  return h(
    "li",
    { class: "relation", "data-relation": relation.type, "data-other": relation.other.name },
    h(
      "div",
      { class: "relation-head" },
      relation.direction === "out" ? [me, verb, other] : [other, verb, me],
      h("small", { class: "muted" }, `${relation.year === null ? "" : `${relation.year}年 · `}${relation.evidence.length} 条证据`),
    ),
    renderEvidence(relation.evidence, [self.name, ...self.aliases, relation.other.name, ...relation.otherAliases]),
  );
}

function sortRelations(relations: readonly RelationView[]): RelationView[] {
  return [...relations].sort((a, b) => a.type.localeCompare(b.type) || a.other.name.localeCompare(b.other.name, "zh-CN"));
}

/** The section "项目进展 Timeline" of a project. */
export function renderTimelineSection(milestones: readonly MilestoneView[], names: readonly string[]): HTMLElement {
  return h("section", { class: "timeline-section" }, h("h3", {}, "项目进展 Timeline"), renderTimeline(milestones, names));
}

/**
 * The section "指标走势 Indicator" of an indicator: one chart per series (subject, measure, unit, whole years
 * vs parts of years), then every value of the series with its period words and source.
 */
export function renderIndicatorSection(lines: readonly SeriesLineView[], names: readonly string[]): HTMLElement {
  return h(
    "section",
    { class: "indicator-section" },
    h("h3", {}, "指标走势 Actual vs target"),
    lines.length === 0 ? h("p", { class: "muted" }, "没有数值。No values.") : [renderChartKey(), ...lines.map((line) => renderSeriesBlock(line, names))],
  );
}

function renderSeriesBlock(line: SeriesLineView, names: readonly string[]): HTMLElement {
  const chart = renderIndicatorChart(line);
  return h(
    "div",
    { class: `indicator-series series-${line.measure}${line.partial ? " series-partial" : ""}`, "data-measure": line.measure, "data-partial": String(line.partial) },
    h("h4", { class: "series-title" }, seriesTitle(line)),
    chart ?? h("p", { class: "muted" }, "没有带期间的数值。No values with a period."),
    h(
      "table",
      { class: "values" },
      h("thead", {}, h("tr", {}, h("th", {}, "期间"), h("th", {}, "数值"), h("th", {}, "类型"), h("th", {}, "时间依据"))),
      h(
        "tbody",
        {},
        line.points.flatMap((point) => [
          h(
            "tr",
            {},
            h("td", { class: "value-period" }, point.period ?? "—"),
            h("td", {}, `${formatNumber(point.value)} ${point.unit}`),
            h("td", {}, VALUE_KIND_LABELS[point.kind] ?? point.kind),
            h("td", { class: "value-period-words" }, periodWords(point)),
          ),
          h("tr", { class: "values-evidence" }, h("td", { colspan: 4 }, renderEvidence(point.evidence, [...names, formatNumber(point.value)]))),
        ]),
      ),
    ),
  );
}

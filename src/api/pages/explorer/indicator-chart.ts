/**
 * An indicator series as a small SVG chart: actual values as a solid line, targets dashed, estimates hollow,
 * each point with the words that date it. Stock, flow and parts of years are separate series, so separate charts.
 */
import { h, svg } from "./dom.ts";
import type { SeriesLineView, SeriesPointView } from "./view-model.ts";
import { MEASURE_LABELS, VALUE_KIND_LABELS } from "./vocabulary.ts";

const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 18, right: 24, bottom: 28, left: 52 } as const;

const KIND_STYLE: Readonly<Record<string, { readonly color: string; readonly dash: string; readonly fill: boolean }>> = {
  actual: { color: "#1f77b4", dash: "", fill: true },
  target: { color: "#d62728", dash: "5 4", fill: true },
  estimate: { color: "#ff7f0e", dash: "2 3", fill: false },
};

/** The words that place a point in time, shown beside it: the sentence's own, else where the period came from. */
export function periodWords(point: SeriesPointView): string {
  if (!point.periodInferred) return point.periodText;
  return point.periodText === "" ? "按发布日期" : `${point.periodText}（标题）`;
}

/** A series' title: subject, measure, unit, and whether it holds parts of years. */
export function seriesTitle(line: SeriesLineView): string {
  const parts = [line.subject ?? "", MEASURE_LABELS[line.measure] ?? line.measure, line.unit, line.partial ? "季度/月度 partial" : ""];
  return parts.filter((p) => p !== "").join(" · ");
}

/**
 * Renders one series: its periods in time order along the x axis (a series is either whole years or parts
 * of years, never both), the figure the API picked per kind, and the period words beside each point.
 * Null when no point has a period.
 */
export function renderIndicatorChart(line: SeriesLineView): SVGSVGElement | null {
  const drawn = line.points.filter((point): point is SeriesPointView & { period: string } => point.primary && point.period !== null);
  if (drawn.length === 0) return null;
  const periods = [...new Set(drawn.map((point) => point.period))];
  const values = drawn.map((point) => point.value);
  const maxValue = Math.max(...values, 0);
  const minValue = Math.min(...values, 0);
  const x = (period: string): number =>
    MARGIN.left + (periods.length === 1 ? 0.5 : periods.indexOf(period) / (periods.length - 1)) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (value: number): number =>
    HEIGHT - MARGIN.bottom - ((value - minValue) / (maxValue - minValue || 1)) * (HEIGHT - MARGIN.top - MARGIN.bottom);

  const valueTicks = [minValue, (minValue + maxValue) / 2, maxValue];
  const parts: SVGElement[] = [
    svg("line", { x1: MARGIN.left, y1: HEIGHT - MARGIN.bottom, x2: WIDTH - MARGIN.right, y2: HEIGHT - MARGIN.bottom, class: "axis" }),
    svg("line", { x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: HEIGHT - MARGIN.bottom, class: "axis" }),
    ...periods.map((period) => svg("text", { x: x(period), y: HEIGHT - 8, "text-anchor": "middle", class: "tick" }, period)),
    ...valueTicks.map((value) => svg("text", { x: MARGIN.left - 6, y: y(value) + 4, "text-anchor": "end", class: "tick" }, formatNumber(value))),
  ];
  for (const [kind, style] of Object.entries(KIND_STYLE)) {
    const series = drawn.filter((point) => point.kind === kind);
    if (series.length === 0) continue;
    if (series.length > 1) {
      parts.push(
        svg("polyline", {
          points: series.map((point) => `${x(point.period)},${y(point.value)}`).join(" "),
          fill: "none",
          stroke: style.color,
          "stroke-width": 2,
          "stroke-dasharray": style.dash,
          class: `series series-${kind}`,
        }),
      );
    }
    for (const point of series) {
      const words = periodWords(point);
      parts.push(
        svg(
          "circle",
          { cx: x(point.period), cy: y(point.value), r: 4, fill: style.fill ? style.color : "#ffffff", stroke: style.color, "stroke-width": 2, class: `point point-${kind}` },
          svg("title", {}, `${point.period} ${VALUE_KIND_LABELS[kind] ?? kind}: ${formatNumber(point.value)} ${point.unit}（${words}）`),
        ),
        svg("text", { x: x(point.period) + 6, y: y(point.value) - 6, class: "period-label" }, `${formatNumber(point.value)} ${words}`),
      );
    }
  }
  return svg(
    "svg",
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "indicator-chart", role: "img", "aria-label": `指标图 indicator chart: ${seriesTitle(line)}` },
    parts,
  );
}

/** The chart's key: which line is which kind. */
export function renderChartKey(): HTMLElement {
  return h(
    "div",
    { class: "chart-key" },
    Object.entries(KIND_STYLE).map(([kind, style]) =>
      h("span", { class: "chart-key-item" }, h("span", { class: "chart-key-line", style: `border-top: 2px ${style.dash === "" ? "solid" : "dashed"} ${style.color}` }), VALUE_KIND_LABELS[kind] ?? kind),
    ),
  );
}

/** Numbers as planners write them: up to two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, "");
}

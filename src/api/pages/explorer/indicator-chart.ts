/** An indicator's values by year as a small SVG chart: actual values as a solid line, targets dashed, estimates hollow. */
import { h, svg } from "./dom.ts";
import type { SeriesPointView } from "./view-model.ts";
import { VALUE_KIND_LABELS } from "./vocabulary.ts";

const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 16, right: 16, bottom: 28, left: 52 } as const;

const KIND_STYLE: Readonly<Record<string, { readonly color: string; readonly dash: string; readonly fill: boolean }>> = {
  actual: { color: "#1f77b4", dash: "", fill: true },
  target: { color: "#d62728", dash: "5 4", fill: true },
  estimate: { color: "#ff7f0e", dash: "2 3", fill: false },
};

/** The unit most points use: values in different units are not drawn on one axis. */
export function mainUnit(points: readonly SeriesPointView[]): string | null {
  const counts = new Map<string, number>();
  for (const point of points) if (point.year !== null) counts.set(point.unit, (counts.get(point.unit) ?? 0) + 1);
  let best: string | null = null;
  for (const [unit, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = unit;
  return best;
}

/** Renders the chart of the points with a year in the main unit; null when there are none. */
export function renderIndicatorChart(points: readonly SeriesPointView[]): SVGSVGElement | null {
  const unit = mainUnit(points);
  const drawn = points.filter((point): point is SeriesPointView & { year: number } => point.year !== null && point.unit === unit);
  if (drawn.length === 0) return null;
  const years = drawn.map((point) => point.year);
  const values = drawn.map((point) => point.value);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const maxValue = Math.max(...values, 0);
  const minValue = Math.min(...values, 0);
  const x = (year: number): number =>
    MARGIN.left + (maxYear === minYear ? 0.5 : (year - minYear) / (maxYear - minYear)) * (WIDTH - MARGIN.left - MARGIN.right);
  const y = (value: number): number =>
    HEIGHT - MARGIN.bottom - ((value - minValue) / (maxValue - minValue || 1)) * (HEIGHT - MARGIN.top - MARGIN.bottom);

  const yearTicks = [...new Set(years)].sort((a, b) => a - b);
  const valueTicks = [minValue, (minValue + maxValue) / 2, maxValue];
  const parts: SVGElement[] = [
    svg("line", { x1: MARGIN.left, y1: HEIGHT - MARGIN.bottom, x2: WIDTH - MARGIN.right, y2: HEIGHT - MARGIN.bottom, class: "axis" }),
    svg("line", { x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: HEIGHT - MARGIN.bottom, class: "axis" }),
    ...yearTicks.map((year) => svg("text", { x: x(year), y: HEIGHT - 8, "text-anchor": "middle", class: "tick" }, String(year))),
    ...valueTicks.map((value) => svg("text", { x: MARGIN.left - 6, y: y(value) + 4, "text-anchor": "end", class: "tick" }, formatNumber(value))),
    svg("text", { x: MARGIN.left, y: MARGIN.top - 4, class: "tick" }, unit ?? ""),
  ];
  for (const [kind, style] of Object.entries(KIND_STYLE)) {
    const series = drawn.filter((point) => point.kind === kind).sort((a, b) => a.year - b.year);
    if (series.length === 0) continue;
    if (series.length > 1) {
      parts.push(
        svg("polyline", {
          points: series.map((point) => `${x(point.year)},${y(point.value)}`).join(" "),
          fill: "none",
          stroke: style.color,
          "stroke-width": 2,
          "stroke-dasharray": style.dash,
          class: `series series-${kind}`,
        }),
      );
    }
    for (const point of series) {
      parts.push(
        svg(
          "circle",
          { cx: x(point.year), cy: y(point.value), r: 4, fill: style.fill ? style.color : "#ffffff", stroke: style.color, "stroke-width": 2, class: `point point-${kind}` },
          svg("title", {}, `${point.year} ${VALUE_KIND_LABELS[kind] ?? kind}: ${formatNumber(point.value)} ${point.unit}`),
        ),
      );
    }
  }
  return svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "indicator-chart", role: "img", "aria-label": "指标图 indicator chart" }, parts);
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

/** An indicator's values by year as a small SVG chart: actual values as a solid line, targets dashed, estimates hollow. */
import { h, svg } from "./dom.ts";
import type { SeriesPointView } from "./view-model.ts";
import { VALUE_KIND_LABELS } from "./vocabulary.ts";

const WIDTH = 360;
const HEIGHT = 200;
const MARGIN = { top: 18, right: 24, bottom: 28, left: 52 } as const;

const KIND_STYLE: Readonly<Record<string, { readonly color: string; readonly dash: string; readonly fill: boolean }>> = {
  actual: { color: "#1f77b4", dash: "", fill: true },
  target: { color: "#d62728", dash: "5 4", fill: true },
  estimate: { color: "#ff7f0e", dash: "2 3", fill: false },
};

/** The series drawn: one subject in one unit (values of different subjects or units share no axis). */
export interface MainSeries {
  readonly subject: string | null;
  readonly unit: string;
}

/** The subject and unit with the most dated values, or null when no value has a year. */
export function mainSeries(points: readonly SeriesPointView[]): MainSeries | null {
  const counts = new Map<string, { series: MainSeries; count: number }>();
  for (const point of points) {
    if (point.year === null) continue;
    const key = JSON.stringify([point.subject, point.unit]);
    const entry = counts.get(key) ?? { series: { subject: point.subject, unit: point.unit }, count: 0 };
    counts.set(key, { ...entry, count: entry.count + 1 });
  }
  let best: { series: MainSeries; count: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry;
  return best?.series ?? null;
}

/** Renders the chart of the main series' dated points; null when there are none. */
export function renderIndicatorChart(points: readonly SeriesPointView[]): SVGSVGElement | null {
  const series = mainSeries(points);
  if (series === null) return null;
  const unit = series.unit;
  const drawn = points.filter(
    (point): point is SeriesPointView & { year: number } => point.primary && point.year !== null && point.unit === unit && point.subject === series.subject,
  );
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
    svg("text", { x: MARGIN.left, y: MARGIN.top - 4, class: "tick" }, `${series.subject ?? ""} （${unit}）`),
  ];
  for (const [kind, style] of Object.entries(KIND_STYLE)) {
    const line = drawn.filter((point) => point.kind === kind).sort((a, b) => a.year - b.year);
    if (line.length === 0) continue;
    if (line.length > 1) {
      parts.push(
        svg("polyline", {
          points: line.map((point) => `${x(point.year)},${y(point.value)}`).join(" "),
          fill: "none",
          stroke: style.color,
          "stroke-width": 2,
          "stroke-dasharray": style.dash,
          class: `series series-${kind}`,
        }),
      );
    }
    for (const point of line) {
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

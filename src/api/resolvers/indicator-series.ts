/**
 * `indicatorSeries(metric, subject)`: a metric's values by period, actual vs target, with conflicts flagged;
 * one series per subject, measure (stock, flow, rate…), unit and whole years vs parts of years.
 */
import { z } from "zod";
import type { Db } from "../../db/index.ts";
import { nameArg, parseArgs } from "../args.ts";
import { notFound } from "../graphql-errors.ts";
import { indicatorValuesQuery, metricNamesQuery, type IndicatorValueRow } from "../queries/indicator-values.ts";
import { resolveEntity } from "../resolve-name.ts";
import type { EntityResult } from "../results/entity.ts";
import { groupIndicatorLines, groupIndicatorYears, toPoints, type IndicatorLine, type IndicatorYear } from "../results/indicator-years.ts";
import type { FieldResolver } from "./field-resolver.ts";
import { clearBest, requireEntity } from "./require-entity.ts";

const Args = z.object({ metric: nameArg, subject: nameArg.nullish() });

/** The `IndicatorSeries` GraphQL type. */
export interface IndicatorSeries {
  readonly metric: string;
  readonly indicator: EntityResult | null;
  readonly subject: EntityResult | null;
  readonly years: readonly IndicatorYear[];
  readonly series: readonly IndicatorLine[];
  readonly hasConflict: boolean;
}

/** Resolves `indicatorSeries`. */
export const indicatorSeriesResolver: FieldResolver<IndicatorSeries> = async (_parent, args, { db }) => {
  const { metric, subject } = parseArgs(Args, args);
  const [resolved, subjectMatch] = await Promise.all([
    resolveMetric(db, metric),
    subject === null || subject === undefined ? null : requireEntity(db, subject, null, "subject"),
  ]);
  const rows = await db.rows<{ value: IndicatorValueRow }>(
    indicatorValuesQuery(resolved.metric, resolved.indicator?.id ?? null, subjectMatch?.entity.id ?? null),
    "READ",
  );
  const years = groupIndicatorYears(toPoints(rows.map((r) => r.value)));
  return {
    metric: resolved.metric,
    indicator: resolved.indicator,
    subject: subjectMatch?.entity ?? null,
    years,
    series: groupIndicatorLines(years),
    hasConflict: years.some((y) => y.conflict),
  };
};

/**
 * The canonical metric name for what the user typed: an Indicator entity's name, alias or English
 * name first ("GDP" → 地区生产总值), else a metric name stated in the graph that equals or contains it.
 */
async function resolveMetric(db: Db, text: string): Promise<{ metric: string; indicator: EntityResult | null }> {
  const best = clearBest(await resolveEntity(db, text, ["Indicator"], { limit: 1 }), text, "metric");
  if (best !== null && best.matchedBy !== "FULLTEXT") return { metric: best.entity.name, indicator: best.entity };
  const [stated] = await db.rows<{ metric: string }>(metricNamesQuery(text), "READ");
  if (stated !== undefined) return { metric: stated.metric, indicator: null };
  if (best !== null) return { metric: best.entity.name, indicator: best.entity };
  throw notFound(`No indicator or metric matches "${text}". Try \`search(query: "${text}", types: [Indicator])\`.`, "metric");
}

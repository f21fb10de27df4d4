/** `timeline(name)`: a project's milestones by year, and its dated relationships. */
import { z } from "zod";
import { nameArg, parseArgs } from "../args.ts";
import { timelineQuery, type TimelineRow } from "../queries/timeline.ts";
import { resolveEntity } from "../resolve-name.ts";
import { buildTimeline, type Timeline } from "../results/timeline.ts";
import type { FieldResolver } from "./field-resolver.ts";
import { clearBest, requireEntity } from "./require-entity.ts";

const Args = z.object({ name: nameArg });

/**
 * A project matching this well wins over a better match of another type: "上新街" may name a street and
 * the project built there, and only projects have milestones. Partial matches pass, full-text hits do not.
 */
const PROJECT_PREFERENCE_SCORE = 0.5;

/** Resolves `timeline`. */
export const timelineResolver: FieldResolver<Timeline> = async (_parent, args, { db }) => {
  const { name } = parseArgs(Args, args);
  const project = clearBest(await resolveEntity(db, name, ["Project"], { limit: 1 }), name, "name");
  const match = project !== null && project.score >= PROJECT_PREFERENCE_SCORE ? project : await requireEntity(db, name, null, "name");
  const [row] = await db.rows<TimelineRow>(timelineQuery(match.entity.id), "READ");
  return buildTimeline(match.entity, row?.milestones ?? [], row?.relations ?? []);
};

/** The semantic fields' resolvers, one file each, as the resolver map the schema is built with. */
import { entityResolver } from "./entity.ts";
import { indicatorSeriesResolver } from "./indicator-series.ts";
import { pathResolver } from "./path.ts";
import { projectsServingResolver } from "./projects-serving.ts";
import { relatedResolver } from "./related.ts";
import { searchResolver } from "./search.ts";
import { timelineResolver } from "./timeline.ts";

/** Query field → resolver, for the fields declared in schema/graphql/semantic.graphql. */
export const semanticResolvers = {
  Query: {
    entity: entityResolver,
    search: searchResolver,
    projectsServing: projectsServingResolver,
    related: relatedResolver,
    path: pathResolver,
    timeline: timelineResolver,
    indicatorSeries: indicatorSeriesResolver,
  },
} as const;

export type { FieldResolver } from "./field-resolver.ts";

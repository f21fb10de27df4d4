/** Example operations preloaded as playground tabs (placeholder until the schema lands). */
import type { GraphiQLProps } from "graphiql";

type TabDefinition = NonNullable<GraphiQLProps["defaultTabs"]>[number];

/** The tabs a first-time visitor sees. */
export const EXAMPLE_TABS: readonly TabDefinition[] = [
  { query: "query Hello {\n  __typename\n}\n" },
];

/** GraphiQL's fetcher: a JSON POST to the API on the same origin (which also satisfies Apollo's CSRF prevention). */
import type { GraphiQLProps } from "graphiql";
import type { ExecutionResult } from "graphql";

/** The GraphQL endpoint, relative to the page. */
export const GRAPHQL_PATH = "/graphql";

/** Sends one GraphQL request as `application/json` and returns the parsed response. */
export const fetchGraphql: GraphiQLProps["fetcher"] = async (params, options) => {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    if (typeof value === "string") headers[name] = value;
  }
  const response = await fetch(GRAPHQL_PATH, { method: "POST", headers, body: JSON.stringify(params) });
  const text = await response.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 500)}` }] } as unknown as ExecutionResult;
  }
};

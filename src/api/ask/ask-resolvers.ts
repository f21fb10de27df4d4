/** The resolver map of the `ask` field, merged into the server's resolvers. */
import type { Db } from "../../db/index.ts";
import { ask } from "./ask.ts";
import type { AskResult } from "./ask-result.ts";

/** What the `ask` resolver needs from the GraphQL context. */
export interface AskContext {
  readonly db: Db;
}

/** `Query.ask(question)`: answers a plain question from the graph. */
export const askResolvers = {
  Query: {
    ask: (_parent: unknown, args: { readonly question: string }, context: AskContext): Promise<AskResult> => ask(context.db, args.question),
  },
};

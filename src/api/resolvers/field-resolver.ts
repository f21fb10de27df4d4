/** The signature of a semantic field's resolver: arguments arrive unchecked and are parsed at the edge. */
import type { GraphQLResolveInfo } from "graphql";
import type { ApiContext } from "../context.ts";

/** A root field resolver. */
export type FieldResolver<T> = (parent: unknown, args: Record<string, unknown>, context: ApiContext, info: GraphQLResolveInfo) => Promise<T>;

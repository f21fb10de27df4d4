import type { GraphQLError } from "graphql";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { entityTypesArg, intArg, nameArg, parseArgs, relationTypesArg } from "../../../src/api/args.ts";
import { RELATION_TYPES } from "../../../src/graph/contract.ts";

const Args = z.object({ name: nameArg, depth: intArg(1, 4, 1), types: entityTypesArg, relations: relationTypesArg });

function rejection(args: unknown): GraphQLError {
  try {
    parseArgs(Args, args);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error("expected a rejection");
}

describe("parseArgs", () => {
  it("normalises names (NFKC, spaces) and fills defaults", () => {
    expect(parseArgs(Args, { name: "  ＧＤＰ \n 2021 ", depth: null })).toEqual({ name: "GDP 2021", depth: 1, types: null, relations: [...RELATION_TYPES] });
  });

  it("rejects out-of-range numbers and empty names with BAD_USER_INPUT naming the argument", () => {
    expect(rejection({ name: "上新街", depth: 5 })).toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "depth" } });
    expect(rejection({ name: "上新街", depth: 1.5 }).message).toMatch(/depth.*integer/);
    expect(rejection({ name: "   " })).toMatchObject({ message: 'Invalid argument "name": must not be empty.', extensions: { argument: "name" } });
    expect(rejection({ name: "长".repeat(101) }).message).toMatch(/at most 100/);
  });

  it("treats an empty type list as no filter and removes duplicates", () => {
    expect(parseArgs(Args, { name: "x", types: [], relations: ["SERVES", "SERVES"] })).toMatchObject({ types: null, relations: ["SERVES"] });
  });
});

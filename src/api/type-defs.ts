/** The API's type definitions: every schema/graphql/*.graphql file, in name order, parsed with graphql-tag. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DocumentNode } from "graphql";
import { gql } from "graphql-tag";
import { PROJECT_ROOT } from "../config/index.ts";

/** Where the .graphql files live. */
export const TYPE_DEFS_DIR = path.join(PROJECT_ROOT, "schema", "graphql");

/** Reads and parses the files (each file may add to `type Query`; @neo4j/graphql merges them). */
export function loadTypeDefs(dir = TYPE_DEFS_DIR): DocumentNode[] {
  const documents = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => gql(readFileSync(path.join(dir, file), "utf8")));
  // graphql-tag keeps every document it parsed, keyed by its source, for the life of the process: these are
  // parsed once, and the cache would hold their text and tokens (5.5 MB of the API's heap, measured) for nothing.
  gql.resetCaches();
  return documents;
}

/** The cookbook on disk: `cypher/*.cypher` at the project root, one named query per file. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../config/index.ts";
import { KgError } from "../errors/index.ts";
import type { CookbookQuery } from "./cookbook-query.ts";
import { parseCookbookHeader } from "./parse-cookbook-header.ts";

/** Where the cookbook lives. */
export const COOKBOOK_DIR = path.join(PROJECT_ROOT, "cypher");

/** Every cookbook query, sorted by name. */
export async function listCookbook(dir = COOKBOOK_DIR): Promise<CookbookQuery[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  return Promise.all(names.map(async (file) => parseCookbookHeader(file.slice(0, -".cypher".length), await readFile(path.join(dir, file), "utf8"))));
}

/** One query by name; an unknown name lists the ones that exist. */
export async function loadCookbookQuery(name: string, dir = COOKBOOK_DIR): Promise<CookbookQuery> {
  const all = await listCookbook(dir);
  const found = all.find((q) => q.name === name);
  if (found) return found;
  const near = all.filter((q) => q.name.includes(name) || name.includes(q.name)).map((q) => q.name);
  throw new KgError(
    "NOT_FOUND",
    `No cookbook query "${name}".${near.length ? ` Did you mean ${near.join(", ")}?` : ""} See them all with \`npx kg query --list\`.`,
    { name },
  );
}

/**
 * A hash of everything the page bundle is made from: the page sources and the versions of the
 * packages bundled into it. The build records it; the server rebuilds when it no longer matches.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/index.ts";
import { PAGES_BUILD_DIR, PAGES_SOURCE_DIR } from "./page-paths.ts";

/** Packages whose code ends up in the bundle (a new version means a new bundle). */
const BUNDLED_PACKAGES = ["graphiql", "@graphiql/react", "monaco-editor", "monaco-graphql", "react", "react-dom", "cytoscape", "esbuild"];

/** The current fingerprint of the page sources and bundled package versions. */
export async function pagesFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await sourceFiles(PAGES_SOURCE_DIR)) {
    hash.update(path.relative(PAGES_SOURCE_DIR, file)).update("\0").update(await readFile(file)).update("\0");
  }
  for (const name of BUNDLED_PACKAGES) {
    hash.update(`${name}@${await packageVersion(name)}\0`);
  }
  return hash.digest("hex").slice(0, 16);
}

async function sourceFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Skip the bundle and the hidden staging folders of builds in progress.
      if (full !== PAGES_BUILD_DIR && !entry.name.startsWith(".")) found.push(...(await sourceFiles(full)));
    } else if (/\.(tsx?|css|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

async function packageVersion(name: string): Promise<string> {
  try {
    const text = await readFile(path.join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8");
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null && "version" in parsed && typeof parsed.version === "string") {
      return parsed.version;
    }
    return "unknown";
  } catch {
    return "missing";
  }
}

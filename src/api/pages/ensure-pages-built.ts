/**
 * Makes sure the page bundle exists before the server hands it out: builds it when it is missing, and
 * rebuilds it when the page sources or bundled packages changed since (a developer edited a page).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { isKgError } from "../../errors/index.ts";
import type { PagesManifest } from "./build-pages.ts";
import { MANIFEST_FILE } from "./page-paths.ts";
import { pagesFingerprint } from "./pages-fingerprint.ts";

/** What `ensurePagesBuilt` found or did. */
export type EnsurePagesResult =
  | { readonly kind: "fresh"; readonly manifest: PagesManifest }
  | { readonly kind: "built"; readonly manifest: PagesManifest; readonly ms: number }
  /** The bundle is out of date but esbuild is not installed: the old bundle is served. */
  | { readonly kind: "stale"; readonly manifest: PagesManifest; readonly reason: string };

/** Reads `manifest.json` of a build folder, or null when there is no complete build. */
export async function readPagesManifest(buildDir: string): Promise<PagesManifest | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(buildDir, MANIFEST_FILE), "utf8"));
    if (typeof parsed === "object" && parsed !== null && "fingerprint" in parsed && "files" in parsed) {
      return parsed as PagesManifest;
    }
    return null;
  } catch {
    return null;
  }
}

/** Builds the pages into `buildDir` unless an up-to-date build is there already. */
export async function ensurePagesBuilt(buildDir: string): Promise<EnsurePagesResult> {
  const manifest = await readPagesManifest(buildDir);
  if (manifest !== null && manifest.fingerprint === (await pagesFingerprint())) return { kind: "fresh", manifest };
  // Imported lazily: it loads esbuild, a devDependency the server needs only when the bundle is missing.
  const { buildPages } = await import("./build-pages.ts");
  try {
    const report = await buildPages(buildDir);
    return { kind: "built", manifest: report, ms: report.ms };
  } catch (error) {
    if (manifest !== null && isKgError(error, "NOT_FOUND")) return { kind: "stale", manifest, reason: error.message };
    throw error;
  }
}

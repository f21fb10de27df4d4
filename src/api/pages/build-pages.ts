/**
 * Bundles the two browser pages with esbuild into `src/api/pages/build/`, so that nothing is fetched
 * from a CDN at run time (planners work on intranets without internet access):
 *
 *   build/index.html              GraphiQL playground (served at `/`)
 *   build/explore.html            graph explorer (served at `/explore`)
 *   build/assets/playground/…     GraphiQL 5 + React + Monaco (ES modules, code-split: Monaco loads lazily)
 *   build/assets/workers/…        Monaco's web workers (editor, JSON, GraphQL), as classic worker scripts
 *   build/assets/explorer/…       explorer script (cytoscape) and style
 *   build/manifest.json           written last: file list, sizes, source fingerprint
 *
 * esbuild is a devDependency: `npm install` runs this through the `prepare` script, and the server
 * calls it when the bundle is missing or stale.
 */
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Plugin } from "esbuild";
import { KgError } from "../../errors/index.ts";
import { MANIFEST_FILE, PAGES_BUILD_DIR, PAGES_SOURCE_DIR } from "./page-paths.ts";
import { pagesFingerprint } from "./pages-fingerprint.ts";

/** One file of the bundle and its size. */
export interface BundledFile {
  readonly path: string;
  readonly bytes: number;
}

/** What a build wrote, as recorded in `build/manifest.json`. */
export interface PagesManifest {
  readonly fingerprint: string;
  readonly builtAt: string;
  readonly files: readonly BundledFile[];
  readonly totalBytes: number;
}

/** The result of one build. */
export interface PagesBuildReport extends PagesManifest {
  readonly ms: number;
}

const BROWSER_TARGET = ["chrome100", "firefox100", "safari15", "edge100"];

/**
 * `graphiql/style.css` already holds Monaco's styles (and the codicon font as a data URL), so the CSS
 * files monaco-editor imports from its JavaScript are dropped instead of being bundled twice.
 */
const dropMonacoCss: Plugin = {
  name: "drop-monaco-css",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      args.importer.includes(`${path.sep}monaco-editor${path.sep}`) ? { path: args.path, namespace: "dropped-css" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "dropped-css" }, () => ({ contents: "", loader: "css" }));
  },
};

/**
 * Builds both pages into `outDir` (default `src/api/pages/build/`), replacing what was there. The bundle is
 * written to a hidden sibling folder and swapped in at the end, so that a server (or a second build running
 * at the same time, e.g. another test run) never serves a half-written bundle.
 */
export async function buildPages(outDir: string = PAGES_BUILD_DIR): Promise<PagesBuildReport> {
  const started = performance.now();
  const esbuild = await loadEsbuild();
  const fingerprint = await pagesFingerprint();
  const unique = `${process.pid}-${Date.now().toString(36)}`;
  const staging = path.join(path.dirname(outDir), `.build-tmp-${unique}`);
  try {
    const manifest = await buildInto(esbuild, staging, fingerprint);
    const old = path.join(path.dirname(outDir), `.build-old-${unique}`);
    await rename(outDir, old).catch(() => undefined);
    await rename(staging, outDir);
    await rm(old, { recursive: true, force: true });
    return { ...manifest, ms: Math.round(performance.now() - started) };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function buildInto(esbuild: typeof import("esbuild"), outDir: string, fingerprint: string): Promise<PagesManifest> {
  const assets = path.join(outDir, "assets");
  await mkdir(assets, { recursive: true });

  const common = {
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: "none",
    target: BROWSER_TARGET,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
    absWorkingDir: PAGES_SOURCE_DIR,
  } as const;

  try {
    await esbuild.build({
      ...common,
      entryPoints: {
        "editor.worker": path.join(PAGES_SOURCE_DIR, "workers", "editor.worker.ts"),
        "json.worker": path.join(PAGES_SOURCE_DIR, "workers", "json.worker.ts"),
        "graphql.worker": path.join(PAGES_SOURCE_DIR, "workers", "graphql.worker.ts"),
      },
      outdir: path.join(assets, "workers"),
      format: "iife",
    });
    await esbuild.build({
      ...common,
      entryPoints: { playground: path.join(PAGES_SOURCE_DIR, "playground", "main.tsx") },
      outdir: path.join(assets, "playground"),
      format: "esm",
      splitting: true,
      chunkNames: "chunks/[name]-[hash]",
      jsx: "automatic",
      loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "file", ".png": "file" },
      plugins: [dropMonacoCss],
    });
    await esbuild.build({
      ...common,
      entryPoints: { explorer: path.join(PAGES_SOURCE_DIR, "explorer", "main.ts") },
      outdir: path.join(assets, "explorer"),
      format: "esm",
    });
  } catch (error) {
    throw new KgError(
      "INPUT_INVALID",
      `Bundling the playground and explorer pages failed: ${(error as Error).message}. ` +
        "Run `npm install` (it reinstalls esbuild and the page packages), then `npm run build:pages`.",
      { outDir },
      { cause: error },
    );
  }
  await removeEmptyStylesheets(assets);
  await copyFile(path.join(PAGES_SOURCE_DIR, "playground", "index.html"), path.join(outDir, "index.html"));
  await copyFile(path.join(PAGES_SOURCE_DIR, "explorer", "explore.html"), path.join(outDir, "explore.html"));

  const files = await listFiles(outDir, outDir);
  const totalBytes = files.reduce((sum, file) => sum + file.bytes, 0);
  const manifest: PagesManifest = { fingerprint, builtAt: new Date().toISOString(), files, totalBytes };
  await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function loadEsbuild(): Promise<typeof import("esbuild")> {
  try {
    return await import("esbuild");
  } catch (error) {
    throw new KgError(
      "NOT_FOUND",
      "esbuild is not installed, so the playground and explorer pages cannot be bundled. " +
        "Run `npm install` (without --omit=dev), or build the pages on another machine with `npm run build:pages` " +
        "and copy src/api/pages/build/.",
      {},
      { cause: error },
    );
  }
}

/** Lazily loaded Monaco chunks get empty stylesheets (their CSS was dropped above); nothing links them. */
async function removeEmptyStylesheets(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name.endsWith(".css") && (await stat(full)).size === 0) await rm(full);
  }
}

async function listFiles(root: string, dir: string): Promise<BundledFile[]> {
  const found: BundledFile[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(root, full)));
    else found.push({ path: path.relative(root, full).split(path.sep).join("/"), bytes: (await stat(full)).size });
  }
  return found;
}

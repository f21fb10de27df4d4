/** Where the browser pages live: their sources, and the bundle esbuild writes (git-ignored). */
import path from "node:path";
import { PROJECT_ROOT } from "../../config/index.ts";

/** Folder of the page sources (this folder). */
export const PAGES_SOURCE_DIR = path.join(PROJECT_ROOT, "src", "api", "pages");

/** Folder the bundle is written to: HTML at its root, scripts and styles under `assets/`. */
export const PAGES_BUILD_DIR = path.join(PAGES_SOURCE_DIR, "build");

/** URL prefix of the bundled scripts, styles and Monaco workers. */
export const ASSETS_URL_PREFIX = "/assets/";

/** The manifest the build writes last; its presence means the bundle is complete. */
export const MANIFEST_FILE = "manifest.json";

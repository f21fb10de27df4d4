export { buildPages, type BundledFile, type PagesBuildReport, type PagesManifest } from "./build-pages.ts";
export { ensurePagesBuilt, readPagesManifest, type EnsurePagesResult } from "./ensure-pages-built.ts";
export { ASSETS_URL_PREFIX, PAGES_BUILD_DIR, PAGES_SOURCE_DIR } from "./page-paths.ts";
export {
  createPagesHandler,
  PAGE_ROUTES,
  PAGES_CONTENT_SECURITY_POLICY,
  resolvePageFile,
  type PagesHandler,
  type PagesHandlerOptions,
} from "./serve-pages.ts";

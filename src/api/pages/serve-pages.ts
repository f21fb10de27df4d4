/**
 * Serves the bundled pages over plain Node HTTP: `/` (GraphiQL playground), `/explore` (graph explorer)
 * and their files under `/assets/`. Everything comes from the local bundle; the Content-Security-Policy
 * forbids the pages to load anything from another origin, which keeps them honest about working offline.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { ensurePagesBuilt, type EnsurePagesResult } from "./ensure-pages-built.ts";
import { ASSETS_URL_PREFIX, PAGES_BUILD_DIR } from "./page-paths.ts";

/** Handles a request if it is for a page or a page asset; resolves to false when it is not (for the next handler). */
export type PagesHandler = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** Options of `createPagesHandler`. */
export interface PagesHandlerOptions {
  /** Folder of the bundle (default `src/api/pages/build/`). */
  readonly buildDir?: string;
  /** Told once when the bundle had to be built or is stale. */
  readonly log?: (line: string) => void;
}

/** The page routes: URL path → file in the build folder. */
export const PAGE_ROUTES: Readonly<Record<string, string>> = {
  "/": "index.html",
  "/explore": "explore.html",
  "/explore/": "explore.html",
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Same origin only. Inline styles are allowed because Monaco and cytoscape set element styles;
 * `data:` fonts because GraphiQL's stylesheet embeds its fonts.
 */
export const PAGES_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join("; ");

/**
 * Creates the handler. The bundle is checked (and built if missing) once, on the first page request;
 * call `prepare()` at server start to do it eagerly.
 */
export function createPagesHandler(options: PagesHandlerOptions = {}): PagesHandler & { prepare(): Promise<EnsurePagesResult> } {
  const buildDir = options.buildDir ?? PAGES_BUILD_DIR;
  let ready: Promise<EnsurePagesResult> | null = null;
  const prepare = (): Promise<EnsurePagesResult> => {
    ready ??= ensurePagesBuilt(buildDir).then((result) => {
      if (result.kind === "built") options.log?.(`pages: bundled the playground and explorer in ${(result.ms / 1000).toFixed(1)} s`);
      if (result.kind === "stale") options.log?.(`pages: serving an out-of-date bundle (${result.reason})`);
      return result;
    });
    // A failed build is retried on the next request rather than cached forever.
    ready.catch(() => {
      ready = null;
    });
    return ready;
  };

  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.method !== "GET" && request.method !== "HEAD") return false;
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = resolvePageFile(buildDir, pathname);
    if (file === null) return false;
    try {
      await prepare();
    } catch (error) {
      sendText(response, 500, `The pages could not be built: ${(error as Error).message}\n`);
      return true;
    }
    const info = await stat(file).catch(() => null);
    if (info === null || !info.isFile()) {
      if (pathname.startsWith(ASSETS_URL_PREFIX)) {
        sendText(response, 404, `Not found: ${pathname}\n`);
        return true;
      }
      return false;
    }
    const immutable = pathname.includes("/chunks/");
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-length": info.size,
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
      "content-security-policy": PAGES_CONTENT_SECURITY_POLICY,
    });
    if (request.method === "HEAD") {
      response.end();
      return true;
    }
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on("error", reject).on("end", resolve).pipe(response);
    });
    return true;
  };
  return Object.assign(handler, { prepare });
}

/** The build file for a URL path, or null when the path is not a page or asset (or tries to leave the folder). */
export function resolvePageFile(buildDir: string, pathname: string): string | null {
  const page = PAGE_ROUTES[pathname];
  if (page !== undefined) return path.join(buildDir, page);
  if (!pathname.startsWith(ASSETS_URL_PREFIX)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(1));
  } catch {
    return null;
  }
  const assetsDir = path.join(buildDir, "assets");
  const file = path.resolve(buildDir, relative);
  return file.startsWith(assetsDir + path.sep) ? file : null;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
  response.end(text);
}

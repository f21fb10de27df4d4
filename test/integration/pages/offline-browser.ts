/**
 * Headless Chromium for the page tests, cut off from the internet: every request that does not go to
 * 127.0.0.1/localhost is aborted and recorded, so a test can assert that the pages never needed one.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Where scripts/setup-system.sh installs Chromium (Debian's package). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser page plus what it tried to do. */
export interface OfflineBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to anything but 127.0.0.1/localhost (all of them were aborted). */
  readonly external: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
  /** Every URL requested (local ones included), in order. */
  readonly requested: string[];
  close(): Promise<void>;
}

/** Throws a message that says how to install Chromium when it is missing. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing (${CHROMIUM_PATH}): the page tests need it. Run \`bash scripts/setup-system.sh\` ` +
        "(as root; it installs the Debian packages chromium and fonts-wqy-microhei), then run the tests again.",
    );
  }
}

function isLocal(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return true;
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
  } catch {
    return false;
  }
}

/** Launches Chromium with a fresh profile and the network cut off at the first non-local request. */
export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  requireChromium();
  const profile = mkdtempSync(path.join(os.tmpdir(), "kg-pages-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    locale: "zh-CN",
  });
  const external: string[] = [];
  const errors: string[] = [];
  const requested: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    external.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("request", (request) => {
    requested.push(request.url());
    if (!isLocal(request.url()) && !external.includes(request.url())) external.push(request.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    external,
    errors,
    requested,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The playground (`/`) and the explorer (`/explore`) in headless Chromium, against the real API over the
 * corpus graph, with every non-local request blocked: the pages must work on an intranet without internet.
 * Screenshots: test/artifacts/playground.png, test/artifacts/explorer.png and test/artifacts/indicator-chart.png.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../../src/api/index.ts";
import type { RenderedNode } from "../../../src/api/pages/explorer/graph-view.ts";
import { createPagesHandler, PAGES_CONTENT_SECURITY_POLICY } from "../../../src/api/pages/index.ts";
import { EXAMPLE_QUESTIONS, TAB_LABELS } from "../../../src/api/pages/playground/example-queries.ts";
import { launchOfflineBrowser, requireChromium, type OfflineBrowser } from "./offline-browser.ts";
import { ARTIFACTS_DIR, graphql, startPagesServer, type PagesServer } from "./pages-server.ts";

interface HopData {
  readonly from: { readonly name: string };
  readonly relation: string;
  readonly to: { readonly name: string };
  readonly evidence: readonly { readonly quote: string; readonly documentTitle: string }[];
}

let pages: PagesServer;

beforeAll(async () => {
  // Fail fast, before ingesting anything, when the browser is not there.
  requireChromium();
  pages = await startPagesServer();
});

afterAll(async () => {
  await pages?.close();
});

describe("page routes", () => {
  it("serves both pages and their assets from the local bundle, same-origin only", async () => {
    for (const route of ["", "explore"]) {
      const response = await fetch(new URL(route, pages.server.url));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(response.headers.get("content-security-policy")).toBe(PAGES_CONTENT_SECURITY_POLICY);
      const html = await response.text();
      expect(html).not.toMatch(/https?:\/\//);
      for (const [, asset] of html.matchAll(/(?:src|href)="(\/[^"]+)"/g)) {
        const assetResponse = await fetch(new URL(asset ?? "", pages.server.url));
        expect(assetResponse.status, asset).toBe(200);
      }
    }
    for (const worker of ["editor", "json", "graphql"]) {
      const response = await fetch(new URL(`assets/workers/${worker}.worker.js`, pages.server.url));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("javascript");
    }
  });

  it("bundles the pages on the first request when the bundle is missing", async () => {
    const buildDir = path.join(mkdtempSync(path.join(os.tmpdir(), "kg-pages-")), "build");
    const log: string[] = [];
    const server = await startServer({ ...pages.config, api: { host: "127.0.0.1", port: 0, production: false } }, pages.db, {
      handlers: [createPagesHandler({ buildDir, log: (line) => log.push(line) })],
      log: (line) => log.push(line),
    });
    try {
      expect(existsSync(buildDir)).toBe(false);
      const response = await fetch(new URL("explore", server.url));
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("图谱浏览");
      expect(existsSync(path.join(buildDir, "manifest.json"))).toBe(true);
      expect(log.some((line) => line.startsWith("pages: bundled"))).toBe(true);
    } finally {
      await server.close();
      rmSync(path.dirname(buildDir), { recursive: true, force: true });
    }
  });

  it("does not serve files outside the bundle", async () => {
    const traversal = await fetch(new URL("assets/%2e%2e/%2e%2e/%2e%2e/package.json", pages.server.url));
    expect(traversal.status).toBe(404);
    const missing = await fetch(new URL("assets/nope.js", pages.server.url));
    expect(missing.status).toBe(404);
  });
});

describe("the playground at /", () => {
  let browser: OfflineBrowser;
  beforeAll(async () => {
    browser = await launchOfflineBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads GraphiQL with the example questions and runs the first one", async () => {
    const { page } = browser;
    const [first] = EXAMPLE_QUESTIONS;
    if (first === undefined) throw new Error("no example questions");
    await page.goto(pages.server.url);
    await page.locator(".graphiql-query-editor .monaco-editor").first().waitFor({ timeout: 60_000 });

    const tabs = await page.locator(".graphiql-tab").allInnerTexts();
    for (const question of EXAMPLE_QUESTIONS) expect(tabs.map((t) => t.trim())).toContain(question.operation);
    // At 1,400 px every tab is on screen (they wrap, none scrolled away), under its Chinese label.
    const bar = await page.locator(".graphiql-tabs").evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(bar.scroll).toBeLessThanOrEqual(bar.client);
    const labels = await page.locator(".graphiql-tab-button").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.label));
    expect(labels).toEqual(tabs.map((operation) => TAB_LABELS[operation.trim()]));

    const answer = page.waitForResponse(
      (response) => response.url().endsWith("/graphql") && (response.request().postData() ?? "").includes(first.operation),
      { timeout: 60_000 },
    );
    await page.locator(".graphiql-execute-button").click();
    const body = (await (await answer).json()) as {
      data?: { ask: { question: string; answered: boolean; items: { name: string | null; evidence: unknown[] }[] } };
    };
    expect(body.data?.ask.question).toBe(first.zh);
    expect(body.data?.ask.answered).toBe(true);
    const firstItem = body.data?.ask.items[0];
    expect(firstItem?.name).toBeTruthy();
    expect(firstItem?.evidence.length).toBeGreaterThan(0);

    const result = page.locator(".result-window");
    await expect.poll(async () => result.innerText(), { timeout: 30_000 }).toContain(first.zh);
    expect(await result.innerText()).toContain(firstItem?.name ?? "");
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "playground.png") });

    // A semantic field's tab shows its input: the variables pane is open, not collapsed.
    await page.locator(".graphiql-tab-button", { hasText: "Timeline" }).click();
    const variables = page.locator(".graphiql-editor-tool").first();
    await expect.poll(async () => variables.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(async () => variables.innerText(), { timeout: 10_000 }).toContain("上新街");

    // The editors' language service ran in the bundled worker, on the schema fetched from /graphql.
    expect(browser.requested.some((url) => url.endsWith("/assets/workers/graphql.worker.js"))).toBe(true);
    expect(browser.errors).toEqual([]);
    expect(browser.external).toEqual([]);
  });

  it("validates the query in the editor against the schema (the bundled GraphQL worker runs)", async () => {
    const { page } = browser;
    const editor = page.locator(".graphiql-query-editor .monaco-editor").first();
    const squiggles = page.locator(".graphiql-query-editor .squiggly-error");
    const replaceQuery = async (text: string) => {
      await editor.click();
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.insertText(text);
    };
    await replaceQuery('query Valid { ask(question: "x") { answered } }');
    await page.waitForTimeout(2_000);
    expect(await squiggles.count()).toBe(0);
    await replaceQuery('query Invalid { ask(question: "x") { answered bogusField } }');
    await squiggles.first().waitFor({ timeout: 30_000 });
    expect(browser.errors).toEqual([]);
    expect(browser.external).toEqual([]);
  });
});

describe("the explorer at /explore", () => {
  let browser: OfflineBrowser;
  beforeAll(async () => {
    browser = await launchOfflineBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws the neighbourhood of 中央活力区 and shows a project's evidence when its node is clicked", async () => {
    const { page } = browser;
    await page.goto(new URL("explore", pages.server.url).href);
    await page.locator("#search-input").fill("中央活力区");
    await page.locator("#search-button").click();

    await page.waitForFunction(() => (window.kgExplorer?.renderedNodes().length ?? 0) > 1, null, { timeout: 60_000 });
    // window.kgExplorer is the explorer's console hook (src/api/pages/explorer/main.ts).
    const nodes: readonly RenderedNode[] = await page.evaluate(() => window.kgExplorer?.renderedNodes() ?? []);
    expect(nodes.map((n) => n.name)).toContain("济南中央活力区");
    await expect.poll(async () => page.locator("#panel .entity-name").innerText(), { timeout: 30_000 }).toBe("济南中央活力区");
    const project = nodes.find((n) => n.type === "Project");
    if (project === undefined) throw new Error(`no Project among the drawn nodes: ${nodes.map((n) => `${n.name} (${n.type})`).join(", ")}`);

    // Click the node on the canvas, where cytoscape drew it.
    const canvas = await page.locator("#graph").boundingBox();
    if (canvas === null) throw new Error("the graph container is not visible");
    await page.mouse.click(canvas.x + project.x, canvas.y + project.y);

    await expect.poll(async () => page.locator("#panel .entity-name").innerText(), { timeout: 30_000 }).toBe(project.name);
    const quote = page.locator("#panel .relation .evidence-quote").first();
    await quote.waitFor({ state: "visible", timeout: 30_000 });

    // The quote shown is the evidence the API gives for that relation, with a name highlighted.
    const data = await graphql<{ related: { path: HopData[] }[] }>(
      pages.server,
      "query($name: String!) { related(name: $name, depth: 1, limit: 100) { path { from { name } relation to { name } evidence { quote documentTitle } } } }",
      { name: project.name },
    );
    const quotes = data.related.flatMap((r) => r.path.flatMap((hop) => hop.evidence.map((e) => e.quote)));
    expect(quotes).toContain(await quote.innerText());
    expect(await quote.locator("mark").count()).toBeGreaterThan(0);
    await expect.poll(async () => page.locator("#panel .evidence-title").first().innerText()).not.toBe("");
    // A project's panel also holds its timeline section.
    await page.locator("#panel .timeline-section").waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, "explorer.png") });

    expect(browser.errors).toEqual([]);
    expect(browser.external).toEqual([]);
  });

  it("charts 口袋公园数量 as separate series: the running total, the parks added, and a total as of mid-year, with the period words beside each point", async () => {
    const { page } = browser;
    await page.goto(new URL("explore", pages.server.url).href);
    await page.locator("#search-input").fill("口袋公园数量");
    await page.locator("#search-button").click();
    await expect.poll(async () => page.locator("#panel .entity-name").innerText(), { timeout: 60_000 }).toBe("口袋公园数量");
    const section = page.locator("#panel .indicator-section");
    await section.waitFor({ timeout: 30_000 });
    await section.locator(".indicator-series").first().waitFor({ timeout: 30_000 });

    const blocks = await section.locator(".indicator-series").evaluateAll((nodes) =>
      nodes.map((n) => ({
        measure: n.getAttribute("data-measure"),
        partial: n.getAttribute("data-partial"),
        charts: n.querySelectorAll("svg.indicator-chart").length,
        labels: Array.from(n.querySelectorAll("svg .period-label"), (t) => t.textContent ?? ""),
        periods: Array.from(n.querySelectorAll("td.value-period"), (t) => t.textContent ?? ""),
      })),
    );
    const stock = blocks.find((b) => b.measure === "stock" && b.partial === "false");
    const flow = blocks.find((b) => b.measure === "flow" && b.partial === "false");
    const midYear = blocks.find((b) => b.measure === "stock" && b.partial === "true");
    expect(stock).toMatchObject({ charts: 1, periods: ["2022"] });
    expect(flow?.periods).toContain("2020");
    expect(midYear?.periods).toEqual(["2022-01..05"]);
    // Beside each point: the value and the words that date it (the heading's year, or the publication date).
    expect(stock?.labels).toEqual(["225 2022年（标题）"]);
    expect(flow?.labels.every((label) => label.includes("按发布日期"))).toBe(true);
    await section.screenshot({ path: path.join(ARTIFACTS_DIR, "indicator-chart.png") });

    expect(browser.errors).toEqual([]);
    expect(browser.external).toEqual([]);
  });
});

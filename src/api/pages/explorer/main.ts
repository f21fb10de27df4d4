/**
 * The graph explorer served at `/explore`: search an entity by Chinese name, alias or English name, see its
 * neighbourhood coloured by type, click a node for its aliases, relations and the sentences behind them
 * (a project's timeline, an indicator's chart). Reads the GraphQL API only; every asset is bundled.
 * `/explore?q=中央活力区` opens with that search.
 */
import "./explorer.css";
import { h, replaceChildren } from "./dom.ts";
import { GraphqlRequestError } from "./graphql-client.ts";
import { loadEntity, loadIndicatorSeries, loadNeighbourhood, loadTimeline, searchEntities } from "./explorer-queries.ts";
import { createGraphView, type RenderedNode } from "./graph-view.ts";
import { renderLegend } from "./legend.ts";
import { renderEntityPanel, renderIndicatorSection, renderTimelineSection, typeBadge } from "./side-panel.ts";
import type { NodeView, SearchHitView } from "./view-model.ts";
import { entityTypeStyle } from "./vocabulary.ts";

/** A hook for people and tests poking at the page from the console: where the nodes are drawn. */
export interface ExplorerHandle {
  renderedNodes(): readonly RenderedNode[];
  /** Opens the side panel of a node as a click would. */
  select(node: NodeView): Promise<void>;
}

declare global {
  interface Window {
    kgExplorer?: ExplorerHandle;
  }
}

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`explorer: the page has no #${id}`);
  return element;
}

const form = byId("search-form", HTMLFormElement);
const input = byId("search-input", HTMLInputElement);
const depthSelect = byId("depth-select", HTMLSelectElement);
const status = byId("status", HTMLDivElement);
const results = byId("search-results", HTMLUListElement);
const legend = byId("legend", HTMLDivElement);
const panel = byId("panel", HTMLElement);

// Each load takes a ticket; a response whose ticket is no longer the latest is dropped (the user moved on).
let graphTicket = 0;
let panelTicket = 0;

const graph = createGraphView(byId("graph", HTMLDivElement), {
  onSelect: (node) => void showDetails(node),
  onExpand: (node) => void explore(node),
});
legend.append(renderLegend(new Set()));

function setStatus(text: string, isError = false): void {
  status.textContent = text;
  status.classList.toggle("error", isError);
}

function describeError(error: unknown): string {
  if (error instanceof GraphqlRequestError) return `查询出错 (${error.code ?? "error"})：${error.message}`;
  return `出错了：${error instanceof Error ? error.message : String(error)}`;
}

function depth(): number {
  const value = Number.parseInt(depthSelect.value, 10);
  return Number.isInteger(value) && value >= 1 && value <= 3 ? value : 1;
}

async function runSearch(text: string): Promise<void> {
  const query = text.trim();
  if (query === "") return;
  const ticket = ++graphTicket;
  setStatus(`正在搜索“${query}”… Searching…`);
  try {
    const hits = await searchEntities(query);
    if (ticket !== graphTicket) return;
    renderHits(hits);
    const first = hits[0];
    if (first === undefined) {
      setStatus(`没有找到与“${query}”匹配的实体。No entity matches “${query}”.`);
      return;
    }
    const url = new URL(window.location.href);
    url.searchParams.set("q", query);
    window.history.replaceState(null, "", url);
    await explore(first, ticket);
  } catch (error) {
    if (ticket === graphTicket) setStatus(describeError(error), true);
  }
}

function renderHits(hits: readonly SearchHitView[]): void {
  replaceChildren(
    results,
    hits.map((hit, index) =>
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: index === 0 ? "active" : "",
            title: `${entityTypeStyle(hit.type).zh} ${hit.type}${hit.aliases.length > 0 ? ` · ${hit.aliases.slice(0, 4).join("、")}` : ""}`,
            onclick: (event) => {
              results.querySelectorAll("button").forEach((button) => button.classList.remove("active"));
              (event.currentTarget as HTMLElement).classList.add("active");
              void explore(hit);
            },
          },
          h("span", { class: "swatch", style: `background:${entityTypeStyle(hit.type).color}` }),
          hit.name,
        ),
      ),
    ),
  );
}

/** Draws the neighbourhood of `node` and opens its details. */
async function explore(node: NodeView, ticket = ++graphTicket): Promise<void> {
  setStatus(`正在加载“${node.name}”的关系图… Loading…`);
  try {
    const neighbourhood = await loadNeighbourhood(node.name, depth());
    if (ticket !== graphTicket) return;
    if (neighbourhood === null) {
      setStatus(`图中没有“${node.name}”。`, true);
      return;
    }
    graph.show(neighbourhood);
    replaceChildren(legend, renderLegend(new Set(neighbourhood.nodes.map((n) => n.type))));
    const count = neighbourhood.nodes.length - 1;
    setStatus(
      count === 0
        ? `“${neighbourhood.center.name}”在文件中没有与其他实体的关系。No relations in the documents.`
        : `“${neighbourhood.center.name}”：${count} 个相关实体，${neighbourhood.edges.length} 条关系。${count} related entities.`,
    );
    graph.select(neighbourhood.center.id);
    await showDetails(neighbourhood.center);
  } catch (error) {
    if (ticket === graphTicket) setStatus(describeError(error), true);
  }
}

/** Fills the side panel with a node's aliases, relations and evidence, and its timeline or chart. */
async function showDetails(node: NodeView): Promise<void> {
  const ticket = ++panelTicket;
  graph.select(node.id);
  replaceChildren(panel, h("h2", { class: "entity-name" }, node.name), typeBadge(node.type), h("p", { class: "muted" }, "正在加载… Loading…"));
  try {
    const entity = await loadEntity(node.name);
    if (ticket !== panelTicket) return;
    if (entity === null) {
      replaceChildren(panel, h("p", { class: "muted" }, `图中没有“${node.name}”。`));
      return;
    }
    const names = [entity.name, ...entity.aliases];
    const extra = entity.type === "Project" || entity.type === "Indicator" ? h("div", { class: "extra" }, h("p", { class: "muted" }, "正在加载… Loading…")) : null;
    replaceChildren(panel, renderEntityPanel(entity, { open: (other) => void showDetails(other) }, extra));
    panel.scrollTop = 0;
    if (extra === null) return;
    const section =
      entity.type === "Project"
        ? renderTimelineSection(await loadTimeline(entity.name), names)
        : renderIndicatorSection(await loadIndicatorSeries(entity.name), names);
    if (ticket === panelTicket) extra.replaceWith(section);
  } catch (error) {
    if (ticket === panelTicket) replaceChildren(panel, h("p", { class: "status error" }, describeError(error)));
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  void runSearch(input.value);
});

window.kgExplorer = { renderedNodes: () => graph.renderedNodes(), select: showDetails };

const initial = new URL(window.location.href).searchParams.get("q");
if (initial !== null && initial.trim() !== "") {
  input.value = initial;
  void runSearch(initial);
}

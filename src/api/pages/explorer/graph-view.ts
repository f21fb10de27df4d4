/** The neighbourhood drawing: cytoscape.js, nodes coloured by type, the searched entity in the middle. */
import cytoscape from "cytoscape";
import type { NeighbourhoodView, NodeView } from "./view-model.ts";
import { entityTypeStyle, relationLabel } from "./vocabulary.ts";

/** Largest zoom after a layout (1 = the styles' pixel sizes). */
const MAX_FIT_ZOOM = 1.25;

/** A node as drawn: where it is on screen (CSS pixels relative to the graph container). */
export interface RenderedNode extends NodeView {
  readonly x: number;
  readonly y: number;
}

/** What the page can do with the drawing. */
export interface GraphView {
  /** Replaces the drawing with a neighbourhood. */
  show(neighbourhood: NeighbourhoodView): void;
  /** Marks a node as selected (as if clicked, without calling back). */
  select(id: string): void;
  /** The nodes drawn and their on-screen positions. */
  renderedNodes(): readonly RenderedNode[];
}

/** Callbacks of the drawing. */
export interface GraphViewEvents {
  /** A node was clicked (or tapped). */
  onSelect(node: NodeView): void;
  /** A node was double-clicked: draw its own neighbourhood. */
  onExpand(node: NodeView): void;
}

/** Creates the drawing inside `container`. */
export function createGraphView(container: HTMLElement, events: GraphViewEvents): GraphView {
  const cy = cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: "node",
        style: {
          "background-color": "data(color)",
          label: "data(name)",
          color: "#1d2530",
          "font-size": 12,
          "font-family": '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-wrap": "ellipsis",
          "text-max-width": "140px",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": "1px",
          width: 22,
          height: 22,
          "border-width": 1,
          "border-color": "#ffffff",
        },
      },
      { selector: "node.center", style: { width: 36, height: 36, "font-size": 14, "font-weight": "bold", "border-width": 3, "border-color": "#1d2530" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f5b800" } },
      {
        selector: "edge",
        style: {
          width: 1.5,
          "line-color": "#a9b4c2",
          "target-arrow-color": "#a9b4c2",
          "target-arrow-shape": "triangle",
          "curve-style": "bezier",
          label: "data(label)",
          "font-size": 10,
          color: "#5b6776",
          "font-family": '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif',
          "text-rotation": "autorotate",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.7,
        },
      },
      { selector: "edge:selected", style: { "line-color": "#f5b800", "target-arrow-color": "#f5b800", width: 3 } },
    ],
  });

  const nodeOf = (element: cytoscape.NodeSingular): NodeView => ({
    id: element.id(),
    name: String(element.data("name")),
    type: String(element.data("type")),
  });
  cy.on("tap", "node", (event) => events.onSelect(nodeOf(event.target as cytoscape.NodeSingular)));
  cy.on("dbltap", "node", (event) => events.onExpand(nodeOf(event.target as cytoscape.NodeSingular)));

  return {
    show(neighbourhood) {
      const depth = depthsFrom(neighbourhood);
      cy.elements().remove();
      cy.add([
        ...neighbourhood.nodes.map((node) => ({
          group: "nodes" as const,
          data: { id: node.id, name: node.name, type: node.type, color: entityTypeStyle(node.type).color, depth: depth.get(node.id) ?? 3 },
          classes: node.id === neighbourhood.center.id ? "center" : "",
        })),
        ...neighbourhood.edges.map((edge) => ({
          group: "edges" as const,
          data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, label: relationLabel(edge.type) },
        })),
      ]);
      cy.layout({
        name: "concentric",
        concentric: (node: cytoscape.NodeSingular) => 10 - Number(node.data("depth")),
        levelWidth: () => 1,
        // Two or three nodes on a small ring would sit on top of their edge labels.
        minNodeSpacing: neighbourhood.nodes.length < 4 ? 160 : 70,
        animate: false,
        fit: true,
        padding: 40,
      }).run();
      // A small neighbourhood fitted to the canvas would be drawn huge; keep it at a readable size.
      if (cy.zoom() > MAX_FIT_ZOOM) {
        cy.zoom(MAX_FIT_ZOOM);
        cy.center();
      }
    },
    select(id) {
      cy.elements().unselect();
      cy.getElementById(id).select();
    },
    renderedNodes() {
      return cy.nodes().map((node) => ({ ...nodeOf(node), x: node.renderedPosition().x, y: node.renderedPosition().y }));
    },
  };
}

/** Hops from the center to every node (edges in either direction). */
function depthsFrom(neighbourhood: NeighbourhoodView): Map<string, number> {
  const depth = new Map<string, number>([[neighbourhood.center.id, 0]]);
  let frontier = [neighbourhood.center.id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const edge of neighbourhood.edges) {
      for (const [from, to] of [
        [edge.source, edge.target],
        [edge.target, edge.source],
      ] as const) {
        if (frontier.includes(from) && !depth.has(to)) {
          depth.set(to, (depth.get(from) ?? 0) + 1);
          next.push(to);
        }
      }
    }
    frontier = next;
  }
  return depth;
}

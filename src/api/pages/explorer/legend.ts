/** The colour legend of entity types (Chinese label with the English type name). */
import { h } from "./dom.ts";
import { ENTITY_TYPE_STYLES } from "./vocabulary.ts";

/** Renders the legend; types present in the current drawing are emphasised. */
export function renderLegend(present: ReadonlySet<string>): HTMLElement {
  return h(
    "ul",
    { class: "legend", "aria-label": "图例 Legend" },
    ENTITY_TYPE_STYLES.map((style) =>
      h(
        "li",
        { class: present.has(style.type) ? "legend-item present" : "legend-item", title: style.type },
        h("span", { class: "swatch", style: `background:${style.color}` }),
        `${style.zh} `,
        h("small", {}, style.type),
      ),
    ),
  );
}

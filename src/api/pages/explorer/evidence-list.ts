/** Evidence sentences with the names highlighted, each with its document title and date. */
import { h } from "./dom.ts";
import { highlightSegments } from "./highlight.ts";
import type { EvidenceView } from "./view-model.ts";

/** Renders the evidence of one fact; `names` are highlighted in the quotes. */
export function renderEvidence(evidence: readonly EvidenceView[], names: readonly string[]): HTMLElement {
  if (evidence.length === 0) return h("p", { class: "muted" }, "（无原文证据 no evidence）");
  return h(
    "ul",
    { class: "evidence" },
    evidence.map((item) =>
      h(
        "li",
        {},
        h(
          "blockquote",
          { class: "evidence-quote" },
          highlightSegments(item.quote, names).map((segment) => (segment.hit ? h("mark", {}, segment.text) : segment.text)),
        ),
        h(
          "div",
          { class: "evidence-source" },
          "—— 《",
          h("span", { class: "evidence-title" }, item.documentTitle),
          "》",
          item.publishedAt === null ? " 日期不详" : ` ${item.publishedAt}`,
        ),
      ),
    ),
  );
}

/**
 * The GraphiQL playground served at `/`: GraphiQL 5 with its Monaco editors, every asset bundled locally.
 * The example questions of the product brief are preloaded as tabs, labelled in Chinese, with the variables pane open
 * (the semantic fields' tabs take their input there).
 */
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLE_TABS, TAB_LABELS } from "./example-queries.ts";
import { fetchGraphql } from "./fetch-graphql.ts";
import { installMonacoEnvironment } from "./monaco-environment.ts";
import { tuneMonacoEditors } from "./monaco-options.ts";
import "./playground.css";
import { labelTabs } from "./tab-labels.ts";

installMonacoEnvironment(import.meta.url);
tuneMonacoEditors();

/** The playground: GraphiQL with the example tabs and a link to the explorer. */
function Playground() {
  return (
    <GraphiQL fetcher={fetchGraphql} defaultTabs={[...EXAMPLE_TABS]} defaultEditorToolsVisibility="variables">
      <GraphiQL.Logo>
        <span className="kg-logo">
          市中区政策知识图谱 <small>Shizhong KG</small>
          <a className="kg-explore-link" href="/explore" title="Graph explorer">
            图谱浏览 Explorer →
          </a>
        </span>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

const container = document.getElementById("graphiql");
if (container === null) throw new Error("playground: the page has no #graphiql element");
labelTabs(TAB_LABELS, container);
createRoot(container).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);

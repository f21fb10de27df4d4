/** Monaco's base editor worker (diffs, word ranges), bundled as a classic worker script. */
import "monaco-editor/esm/vs/editor/editor.worker.js";

/** Monaco's JSON worker (the variables, headers and response editors), bundled as a classic worker script. */
import "monaco-editor/esm/vs/language/json/json.worker.js";

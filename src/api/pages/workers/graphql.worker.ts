/** monaco-graphql's worker (validation and completion against the schema), bundled as a classic worker script. */
import "monaco-graphql/esm/graphql.worker.js";

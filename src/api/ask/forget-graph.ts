/** Everything `ask` keeps of a graph, dropped at once when the graph version changes. */
import type { Db } from "../../db/index.ts";
import { forgetGraphPlaces } from "./ask.ts";
import { forgetSentenceStore } from "./evidence/sentence-store.ts";
import { forgetNameIndex } from "./load-name-index.ts";

/** Drops the name index, the sentences and the places `ask` read from `db` (after an ingest changed the graph). */
export function forgetGraph(db: Db): void {
  forgetNameIndex(db);
  forgetSentenceStore(db);
  forgetGraphPlaces(db);
}

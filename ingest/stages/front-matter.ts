/** A small front-matter for user documents: `---` lines of `key: value` at the top of a .txt/.md file. */

/** The metadata a front-matter may set. */
export interface FrontMatter {
  readonly id?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly kind?: string;
  readonly place?: string;
}

const KEYS: Record<string, keyof FrontMatter> = { id: "id", title: "title", date: "publishedAt", publishedat: "publishedAt", published: "publishedAt", kind: "kind", place: "place" };

/** Splits front-matter from the body; the body offset keeps evidence offsets true to the file. */
export function parseFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    const key = kv && KEYS[(kv[1] ?? "").toLowerCase()];
    if (kv && key) meta[key] = (kv[2] ?? "").replace(/^["']|["']$/g, "");
  }
  return { meta, body: text.slice(match[0].length) };
}

/** A publication date found in the first lines of a text ("2023年1月5日" → "2023-01-05"), or null. */
export function findPublicationDate(text: string): string | null {
  const head = text.slice(0, 400).replace(/\s+/g, "");
  const full = /(20\d{2})年(\d{1,2})月(\d{1,2})日/.exec(head);
  if (full) return `${full[1]}-${pad(full[2])}-${pad(full[3])}`;
  const month = /(20\d{2})年(\d{1,2})月/.exec(head);
  return month ? `${month[1]}-${pad(month[2])}` : null;
}

function pad(n: string | undefined): string {
  return (n ?? "").padStart(2, "0");
}

/** Turns free text into a safe Lucene query for the `entity_names` full-text index. */

// Lucene's query syntax characters; escaped so user text is searched for, never parsed as syntax.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/**
 * The text with Lucene syntax escaped and the operator words (AND, OR, NOT, TO) lower-cased so they
 * are searched as words; null when nothing searchable is left or the text is one character, which the
 * cjk analyzer (character bigrams) cannot find anyway.
 */
export function lucenePhrase(text: string): string | null {
  const trimmed = text.trim();
  if ([...trimmed].length < 2) return null;
  const escaped = trimmed
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
  return escaped.replace(/\\/g, "").trim().length === 0 ? null : escaped;
}

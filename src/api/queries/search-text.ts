/** Free text → what the full-text index and the match scoring need: a safe Lucene query and search tokens. */

// Lucene's query syntax characters; escaped so user text is searched for, never parsed as syntax.
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const WORD = /[a-z0-9]+/g;
// English words too common to say anything about which entity is meant.
const STOP_WORDS = new Set(["the", "of", "and", "in", "for", "a", "an", "to", "on", "at", "by", "with"]);

/**
 * The text with Lucene syntax escaped and the operator words (AND, OR, NOT, TO) lower-cased, so it is
 * searched as words; null for one character, which the cjk analyzer (character bigrams) cannot find.
 * @example lucenePhrase("a:b (c)") // "a\\:b \\(c\\)"
 */
export function lucenePhrase(text: string): string | null {
  const trimmed = text.trim();
  if ([...trimmed].length < 2 || searchTokens(trimmed).length === 0) return null;
  return trimmed.replace(SPECIAL, (c) => `\\${c}`).replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}

/**
 * The units a name is compared by: character bigrams of Chinese runs (a lone character stays whole)
 * and lower-case English words and numbers, without stop words; each once.
 * @example searchTokens("中央活力区 CVA") // ["中央", "央活", "活力", "力区", "cva"]
 */
export function searchTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  for (const run of lower.match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(`${chars[i]}${chars[i + 1]}`);
  }
  for (const word of lower.match(WORD) ?? []) if (!STOP_WORDS.has(word)) tokens.push(word);
  return [...new Set(tokens)];
}

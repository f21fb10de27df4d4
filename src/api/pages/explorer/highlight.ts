/** Splits a sentence into plain and highlighted parts, marking every occurrence of the given names. */

/** A run of text, highlighted or not. */
export interface TextSegment {
  readonly text: string;
  readonly hit: boolean;
}

/**
 * Marks each occurrence of any term (longest first, no overlaps; Latin terms case-insensitively).
 * `highlightSegments("上新街片区更新", ["上新街"])` → `[{text:"上新街",hit:true},{text:"片区更新",hit:false}]`.
 */
export function highlightSegments(text: string, terms: readonly string[]): readonly TextSegment[] {
  const usable = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length >= 2 || (term.length === 1 && term.charCodeAt(0) > 0xff)))];
  usable.sort((a, b) => b.length - a.length);
  const haystack = text.toLowerCase();
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  for (const term of usable) {
    const needle = term.toLowerCase();
    if (needle.length === 0) continue;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      if (taken.slice(at, at + needle.length).some(Boolean)) continue;
      taken.fill(true, at, at + needle.length);
    }
  }
  const segments: TextSegment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || taken[i] !== taken[start]) {
      segments.push({ text: text.slice(start, i), hit: taken[start] === true });
      start = i;
    }
  }
  return segments;
}

/**
 * A character trie over folded surface forms. Finding every match is one walk per start position,
 * bounded by the longest surface, so the whole corpus (~90k characters) scans in milliseconds.
 */
import { foldChar, foldText } from "./fold.ts";

/** One occurrence of a known surface in a text; `key` is the folded surface. */
export interface TrieMatch {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  key: string | null;
}

/** True for characters that glue a Latin alias to a longer word ("SAP" in "SAPX", "5G" in "15G"). */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}

/** Trie of surface forms; `findAll` returns every (possibly overlapping) occurrence. */
export class SurfaceTrie {
  private readonly root: TrieNode = { children: new Map(), key: null };

  /** Builds the trie from surface forms (folded on insertion). */
  constructor(surfaces: Iterable<string>) {
    for (const surface of surfaces) this.add(surface);
  }

  private add(surface: string): void {
    const key = foldText(surface);
    if (key.length === 0) return;
    let node = this.root;
    for (const ch of key) {
      let next = node.children.get(ch);
      if (next === undefined) {
        next = { children: new Map(), key: null };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.key = key;
  }

  /** Every occurrence of every surface in `text`, ordered by start then end. */
  findAll(text: string): TrieMatch[] {
    const folded = foldText(text);
    const matches: TrieMatch[] = [];
    for (let start = 0; start < folded.length; start++) {
      let node: TrieNode | undefined = this.root;
      for (let i = start; i < folded.length && node !== undefined; i++) {
        node = node.children.get(foldChar(folded.charAt(i)));
        if (node?.key == null) continue;
        // A Latin alias such as "GDP" must not match inside a longer Latin word or number.
        if (isWordChar(node.key.charAt(0)) && isWordChar(folded[start - 1])) continue;
        if (isWordChar(node.key.charAt(node.key.length - 1)) && isWordChar(folded[i + 1])) continue;
        matches.push({ start, end: i + 1, key: node.key });
      }
    }
    return matches;
  }
}

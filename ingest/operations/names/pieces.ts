/**
 * A sentence cut into pieces for the name patterns: segmenter tokens, except that every lexicon match
 * is one piece of its own. Lexicon names are the most reliable boundaries there are, and jieba often
 * cuts through them (中央/活力/区).
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { Token } from "./segmenter.ts";

/** A known name already found in the sentence. */
export interface KnownSpan {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** One piece: a token (or the part of one outside a known name), or a whole known name. */
export interface Piece {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** jieba's tag; "part" for a token cut by a known name; "lexicon" for a known name. */
  readonly tag: string;
  /** The known name this piece is, if any. */
  readonly known: KnownSpan | null;
}

/**
 * True when the piece is a curated proper name. Industry and indicator words (数字经济, 安置房) are
 * curated too, but inside a longer phrase they describe rather than name (数字经济创新中心).
 */
export function isKnownName(piece: Piece): boolean {
  return piece.known !== null && piece.known.type !== "Industry" && piece.known.type !== "Indicator";
}

/** Cuts `text` into pieces; `known` must not overlap each other. */
export function buildPieces(text: string, tokens: readonly Token[], known: readonly KnownSpan[]): Piece[] {
  const knownAt: (KnownSpan | undefined)[] = new Array<KnownSpan | undefined>(text.length);
  for (const span of known) for (let i = span.start; i < span.end; i++) knownAt[i] = span;
  const tokenAt: (Token | undefined)[] = new Array<Token | undefined>(text.length);
  for (const token of tokens) for (let i = token.start; i < token.end; i++) tokenAt[i] = token;

  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    const span = knownAt[i];
    if (span !== undefined) {
      pieces.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, tag: "lexicon", known: span });
      i = span.end;
      continue;
    }
    const token = tokenAt[i];
    let end = token === undefined ? i + 1 : token.end;
    // Stop at the next known name, which cuts the token.
    for (let j = i + 1; j < end; j++) {
      if (knownAt[j] !== undefined) {
        end = j;
        break;
      }
    }
    const whole = token !== undefined && token.start === i && token.end === end;
    pieces.push({ text: text.slice(i, end), start: i, end, tag: whole ? token.tag : "part", known: null });
    i = end;
  }
  return pieces;
}

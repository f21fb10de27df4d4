/**
 * Sections of a route named by their ends: 某某高铁某地至某地段, 某某高速某地至某地段. The route's name, the two
 * places and 段 make one project; read piece by piece, the places would come out as areas and the route cut short.
 */
import type { NameCandidate } from "./candidate.ts";
import { isBoundaryPiece, isStopPiece } from "./name-checks.ts";
import type { Piece } from "./pieces.ts";
import { SOFT_VERBS } from "./vocabulary.ts";

/** A route's head, then two places joined by 至 and the word 段. */
const SECTION = /(高铁|高速公路|高速|铁路|公路|城际|国道|省道|号线|航道|运河)(\p{Script=Han}{2,4}?)至(\p{Script=Han}{2,4}?)段/gu;

/** Longest route name before its head. */
const MAX_ROUTE = 10;

/** Proposes route sections in one sentence. */
export function findSectionNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const match of text.matchAll(SECTION)) {
    const headStart = match.index;
    // The route's own word may hold the head (某某高铁 as one word): the walk starts at that word.
    const holding = pieces.findIndex((p) => p.start < headStart && p.end > headStart);
    let start = holding >= 0 ? (pieces[holding] as Piece).start : headStart;
    for (let i = holding >= 0 ? holding - 1 : pieces.findLastIndex((p) => p.end <= headStart); i >= 0; i--) {
      const piece = pieces[i] as Piece;
      // A route's name holds no verb (开工建设|某某高铁…).
      if (isBoundaryPiece(piece) || isStopPiece(piece) || SOFT_VERBS.has(piece.text) || /^v/u.test(piece.tag) || headStart - piece.start > MAX_ROUTE) break;
      start = piece.start;
    }
    if (headStart - start >= 1) found.push({ start, end: match.index + match[0].length, type: "Project", source: "pattern" });
  }
  return found;
}

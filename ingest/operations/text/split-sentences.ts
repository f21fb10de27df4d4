/**
 * Splits normalized text into sentences: at 。！？；, at paragraph breaks (so a colon ending a
 * paragraph ends a sentence too), keeping quotations balanced; each sentence knows its heading
 * and where it came from in the original.
 */
import type { NormalizedText, Sentence, TextSpan } from "../../model.ts";
import { headingRole, headingText } from "./headings.ts";
import { sentenceEnds } from "./segments.ts";

/** Splits `normalized` into trimmed, non-empty sentences with normalized and original spans. */
export function splitSentences(normalized: NormalizedText): Sentence[] {
  const { text, origin, asides } = normalized;
  const sentences: Sentence[] = [];
  let heading: string | null = null;
  let start = 0;
  while (start <= text.length) {
    const br = text.indexOf("\n", start);
    const end = br < 0 ? text.length : br;
    const paragraph = text.slice(start, end);
    const spans = trimmedSpans(paragraph, start);
    const aside = isAside(start, end, asides);
    const first = spans[0];
    const role = aside || first === undefined ? "none" : headingRole(paragraph, text.slice(first.start, first.end));
    spans.forEach((span, k) => {
      const isHeading = role === "whole" || (role === "lead" && k === 0);
      sentences.push({
        index: sentences.length,
        text: text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        originalStart: origin[span.start] ?? 0,
        originalEnd: (origin[span.end - 1] ?? 0) + 1,
        heading,
        isAside: aside || isHeading,
      });
      if (isHeading) heading = headingText(role === "whole" ? paragraph : text.slice(span.start, span.end));
    });
    if (br < 0) break;
    start = br + 1;
  }
  return sentences;
}

/** Sentence spans of one paragraph, trimmed, without those that hold no letter or digit ("……"). */
function trimmedSpans(paragraph: string, offset: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (const to of sentenceEnds(paragraph)) {
    const piece = paragraph.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (/[\p{L}\p{N}]/u.test(body)) spans.push({ start: offset + from + lead, end: offset + from + lead + body.length });
    from = to;
  }
  return spans;
}

function isAside(start: number, end: number, asides: readonly TextSpan[]): boolean {
  return asides.some((a) => a.start < Math.max(end, start + 1) && a.end > start);
}

/**
 * Clause splitting. A Chinese sentence chains clauses with ，；： — a relation, a number's metric
 * or a milestone rarely reaches across one, so clauses bound how far extractors look.
 */
import type { TextSpan } from "../../model.ts";

/** A clause of a sentence: its span (delimiter excluded) and position. */
export interface Clause extends TextSpan {
  readonly index: number;
}

// Enumeration comma 、 is deliberately absent: it joins members of one list, not clauses.
const CLAUSE_DELIMITER = /[，；：,;:。！？!?\n]/u;

/** Splits a sentence into clauses at ，；：(and sentence-final marks); empty clauses are dropped. */
export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  const push = (end: number): void => {
    if (text.slice(start, end).trim() !== "") clauses.push({ index: clauses.length, start, end });
  };
  for (let i = 0; i < text.length; i += 1) {
    if (CLAUSE_DELIMITER.test(text.charAt(i))) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return clauses;
}

/** The clause containing offset `pos` (a clause's end offset counts as inside it), or undefined on a delimiter. */
export function clauseAt(clauses: readonly Clause[], pos: number): Clause | undefined {
  return clauses.find((clause) => clause.start <= pos && pos <= clause.end);
}

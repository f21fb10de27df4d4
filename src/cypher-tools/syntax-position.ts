/** Where in a query Neo4j found a syntax error, and a caret excerpt that shows it. */
import { Neo4jError } from "neo4j-driver";

/** A 1-based line and column, and the 0-based offset, in the user's query text. */
export interface SyntaxPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/**
 * The position of a Neo4j error in the text that was sent, from the GQL diagnostic record when the server
 * sends one, else from the "(line 1, column 7 (offset: 6))" of the classic message. `lineShift` lines added
 * at the top (e.g. "EXPLAIN\n") are taken off, so the result points into the user's text.
 */
export function syntaxPosition(error: Neo4jError, sentText: string, lineShift: number): SyntaxPosition | null {
  const fromRecord = error.diagnosticRecord?._position;
  const fromMessage = /line (\d+), column (\d+) \(offset: (\d+)\)/.exec(error.message);
  const line = fromRecord ? Number(fromRecord.line) : fromMessage ? Number(fromMessage[1]) : NaN;
  const column = fromRecord ? Number(fromRecord.column) : fromMessage ? Number(fromMessage[2]) : NaN;
  if (!Number.isFinite(line) || !Number.isFinite(column)) return null;
  const userLine = Math.max(1, line - lineShift);
  const lines = sentText.split("\n").slice(lineShift);
  const offset = lines.slice(0, userLine - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  return { line: userLine, column, offset };
}

/** The offending line of `text` with a caret under the column; wide (CJK) characters get a wide space. */
export function caretExcerpt(text: string, position: SyntaxPosition): string {
  const line = text.split("\n")[position.line - 1] ?? "";
  const before = [...line.slice(0, Math.max(0, position.column - 1))].map((ch) => (isWide(ch) ? "\u3000" : ch === "\t" ? "\t" : " ")).join("");
  return `  ${line}\n  ${before}^`;
}

function isWide(ch: string): boolean {
  return /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch);
}

/** Small facts about a query's text that the runner needs before sending it. */

/** Drops trailing semicolons and white space: the driver takes one statement, and a final ";" is a habit from cypher-shell. */
export function trimStatement(cypher: string): string {
  return cypher.replace(/[\s;]+$/u, "");
}

/** The first keyword after leading white space and comments, upper-cased ("" when there is none). */
export function leadingKeyword(cypher: string): string {
  return /^[A-Za-z]+/.exec(cypher.slice(codeStart(cypher)))?.[0]?.toUpperCase() ?? "";
}

/** Offset of the first character that is neither white space nor inside a leading comment. */
export function codeStart(cypher: string): number {
  let i = 0;
  for (;;) {
    while (i < cypher.length && /\s/u.test(cypher.charAt(i))) i += 1;
    if (cypher.startsWith("//", i)) {
      const eol = cypher.indexOf("\n", i);
      i = eol < 0 ? cypher.length : eol + 1;
    } else if (cypher.startsWith("/*", i)) {
      const end = cypher.indexOf("*/", i + 2);
      i = end < 0 ? cypher.length : end + 2;
    } else return i;
  }
}

/** The query that asks Neo4j to plan `cypher` without running it, and how many lines it adds at the top. */
export function explainQuery(cypher: string): { readonly cypher: string; readonly lineShift: number } {
  const keyword = leadingKeyword(cypher);
  if (keyword === "EXPLAIN") return { cypher, lineShift: 0 };
  if (keyword === "PROFILE") {
    // Same length, so positions in error messages still point into the user's text.
    const at = codeStart(cypher);
    return { cypher: `${cypher.slice(0, at)}EXPLAIN${cypher.slice(at + "PROFILE".length)}`, lineShift: 0 };
  }
  // On its own line, so a syntax error's column is the user's column and its line is one further down.
  return { cypher: `EXPLAIN\n${cypher}`, lineShift: 1 };
}

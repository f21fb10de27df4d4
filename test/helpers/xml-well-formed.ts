/**
 * A strict XML 1.0 well-formedness check (no DTDs, no CDATA: what our GraphML writer may produce), for tests.
 * Returns null when `xml` is well-formed, else the first problem with its line and column.
 */
const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first well-formedness error of `xml`, or null. */
export function xmlWellFormednessError(xml: string): string | null {
  let i = 0;
  const where = (at: number) => {
    const before = xml.slice(0, at).split("\n");
    return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  };
  const fail = (message: string, at = i) => `${message} at ${where(at)}`;
  const bad = BAD_CHAR.exec(xml);
  if (bad) return fail(`character U+${bad[0].charCodeAt(0).toString(16)} is not allowed in XML`, bad.index);

  const readName = (): string | null => {
    NAME.lastIndex = i;
    const m = NAME.exec(xml);
    if (!m) return null;
    i += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    while (i < xml.length && /[ \t\r\n]/.test(xml.charAt(i))) i += 1;
  };
  // Checks character data or an attribute value between i and end for "<" and bare "&".
  const checkText = (end: number, inAttribute: boolean): string | null => {
    for (let j = i; j < end; j += 1) {
      const ch = xml.charAt(j);
      if (ch === "<") return fail(`"<" in ${inAttribute ? "an attribute value" : "text"}`, j);
      if (ch === "&") {
        REFERENCE.lastIndex = j;
        if (!REFERENCE.test(xml)) return fail('a bare "&" (not an entity or character reference)', j);
      }
      if (!inAttribute && xml.startsWith("]]>", j)) return fail('"]]>" in text', j);
    }
    return null;
  };

  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) return fail("unterminated XML declaration");
    i = end + 2;
  }
  const stack: string[] = [];
  let rootSeen = false;
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) return fail("unterminated comment");
      if (xml.slice(i + 4, end).includes("--")) return fail('"--" inside a comment');
      i = end + 3;
    } else if (xml.startsWith("</", i)) {
      const at = i;
      i += 2;
      const name = readName();
      skipSpace();
      if (name === null || xml.charAt(i) !== ">") return fail("malformed end tag", at);
      const open = stack.pop();
      if (open !== name) return fail(`end tag </${name}> does not match <${open ?? "(none)"}>`, at);
      i += 1;
    } else if (xml.charAt(i) === "<") {
      const at = i;
      i += 1;
      const name = readName();
      if (name === null) return fail("malformed start tag", at);
      if (stack.length === 0 && rootSeen) return fail("a second root element", at);
      rootSeen = true;
      const seen = new Set<string>();
      for (;;) {
        const before = i;
        skipSpace();
        if (xml.startsWith("/>", i)) {
          i += 2;
          break;
        }
        if (xml.charAt(i) === ">") {
          i += 1;
          stack.push(name);
          break;
        }
        if (i === before) return fail(`expected white space before an attribute of <${name}>`);
        const attr = readName();
        if (attr === null) return fail(`malformed attribute in <${name}>`);
        if (seen.has(attr)) return fail(`attribute ${attr} given twice`);
        seen.add(attr);
        skipSpace();
        if (xml.charAt(i) !== "=") return fail(`expected "=" after attribute ${attr}`);
        i += 1;
        skipSpace();
        const quote = xml.charAt(i);
        if (quote !== '"' && quote !== "'") return fail(`attribute ${attr} is not quoted`);
        const end = xml.indexOf(quote, i + 1);
        if (end < 0) return fail(`unterminated value of attribute ${attr}`);
        i += 1;
        const problem = checkText(end, true);
        if (problem) return problem;
        i = end + 1;
      }
    } else {
      const end = xml.indexOf("<", i) < 0 ? xml.length : xml.indexOf("<", i);
      if (stack.length === 0 && xml.slice(i, end).trim() !== "") return fail("text outside the root element");
      const problem = checkText(end, false);
      if (problem) return problem;
      i = end;
    }
  }
  if (stack.length > 0) return fail(`unclosed element <${stack.at(-1)}>`);
  if (!rootSeen) return fail("no root element");
  return null;
}

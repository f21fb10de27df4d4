/**
 * Editor options GraphiQL does not expose. Chinese text is full of full-width punctuation (，、：) that
 * Monaco would box as "ambiguous" look-alikes of ASCII; in policy quotes that is noise, so it is turned off.
 */

/** Registers the options for every Monaco editor GraphiQL creates (call before GraphiQL renders). */
export function tuneMonacoEditors(): void {
  // The same module GraphiQL loads lazily: esbuild gives both imports one chunk, hence one Monaco instance.
  void import("monaco-graphql/esm/monaco-editor.js").then((monaco) => {
    monaco.editor.onDidCreateEditor((editor) => {
      editor.updateOptions({ unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false } });
    });
  });
}

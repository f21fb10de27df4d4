/**
 * Character folding used for every comparison of surface forms: full-width ASCII (ＡＢＣ１２３（）) becomes
 * half-width and Latin letters lower-case, one character for one character, so offsets found in folded
 * text are offsets in the original text too.
 */

/** Folds one UTF-16 code unit: full-width ASCII → ASCII, ideographic space → space, A–Z → a–z. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return foldChar(String.fromCharCode(code - 0xfee0));
  if (code === 0x3000) return " ";
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  return ch;
}

/** Folds a whole string; the result has the same length as the input. */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out;
}

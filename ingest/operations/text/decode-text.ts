/**
 * Turns the bytes of a source file into text: UTF-8 (BOM stripped), UTF-16 with a BOM, or GB18030/GBK,
 * refusing what is not a text document with an error that says what to do.
 */
import iconv from "iconv-lite";
import { KgError } from "../../../src/errors/kg-error.ts";

/** The decoded text and the encoding it was read as. */
export interface DecodedText {
  readonly text: string;
  /** "utf-8", "utf-16le", "utf-16be" or "gb18030". */
  readonly encoding: string;
}

/** Options for decodeText. */
export interface DecodeOptions {
  /** Refuse inputs larger than this many bytes; default 5 MiB. */
  readonly maxBytes?: number;
}

/** The size limit for one document when the caller sets none. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

// Share of control characters above which we call a file binary; real text has next to none.
const MAX_CONTROL_SHARE = 0.02;
// Share of GB18030-decoded characters that must be CJK, ASCII or common punctuation to believe the guess.
const MIN_PLAUSIBLE_SHARE = 0.95;

/** Besides ideographs and ASCII, what Chinese text in GB18030 is made of: punctuation, symbols, full-width forms. */
const PLAUSIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xa0, 0xff], // Latin-1 symbols: · × ÷ °
  [0x391, 0x3c9], // Greek, in GB2312 for units and formulas
  [0x2000, 0x2bff], // general punctuation, currency, arrows, circled numbers, shapes (▲ ①)
  [0x3000, 0x33ff], // CJK punctuation, kana, enclosed and compatibility forms
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // full-width forms
];

/** Well-known binary formats, so the message can say what the file is. */
const SIGNATURES: ReadonlyArray<{ readonly magic: readonly number[]; readonly what: string }> = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: "a PDF" },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (or a .docx/.xlsx)" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Office document (.doc/.xls)" },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { magic: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { magic: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
];

/** Decodes a source file's bytes to text; throws KgError FILE_TOO_LARGE, FILE_EMPTY, FILE_BINARY or FILE_ENCODING. */
export function decodeText(bytes: Uint8Array, source: string, opts: DecodeOptions = {}): DecodedText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new KgError(
      "FILE_TOO_LARGE",
      `${source} is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} limit for one document: split it into smaller files, or raise the size limit if it really is one document.`,
      { source, bytes: bytes.length, maxBytes },
    );
  }
  if (bytes.length === 0) throw emptyError(source);

  const decoded = decodeByBom(bytes, source) ?? decodeUnmarked(bytes, source);
  if (decoded.text.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, "") === "") throw emptyError(source);
  return decoded;
}

function decodeByBom(bytes: Uint8Array, source: string): DecodedText | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = tryDecode("utf-8", bytes.subarray(3));
    if (text === null) throw encodingError(source, "it starts with a UTF-8 byte-order mark but is not valid UTF-8");
    return checked({ text, encoding: "utf-8" }, source);
  }
  // UTF-16 is full of NUL bytes by design, so it must be recognised before the binary check.
  for (const [bom, encoding] of [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ] as const) {
    if (!startsWith(bytes, bom)) continue;
    const text = tryDecode(encoding, bytes.subarray(2));
    if (text === null) throw encodingError(source, `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`);
    return checked({ text, encoding }, source);
  }
  return null;
}

function decodeUnmarked(bytes: Uint8Array, source: string): DecodedText {
  rejectBinaryBytes(bytes, source);
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: "utf-8" }, source);
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  if (looksLikeChinese(gb)) return { text: gb, encoding: "gb18030" };
  throw encodingError(source, "it is neither valid UTF-8 nor readable as GB18030/GBK Chinese text");
}

function tryDecode(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function rejectBinaryBytes(bytes: Uint8Array, source: string): void {
  const known = SIGNATURES.find((s) => startsWith(bytes, s.magic));
  if (known !== undefined) throw binaryError(source, `it looks like ${known.what}`);
  if (bytes.includes(0)) throw binaryError(source, "it contains NUL bytes");
  let control = 0;
  for (const b of bytes) if (isControlByte(b)) control++;
  if (control > MAX_CONTROL_SHARE * bytes.length) throw binaryError(source, "it is full of control characters");
}

/** Decoded text must pass the same binary test as raw bytes (a UTF-16 file can hide binary too). */
function checked(decoded: DecodedText, source: string): DecodedText {
  let control = 0;
  for (const ch of decoded.text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0) throw binaryError(source, "it contains NUL characters");
    if (c < 0x80 && isControlByte(c)) control++;
  }
  if (control > MAX_CONTROL_SHARE * decoded.text.length) throw binaryError(source, "it is full of control characters");
  return decoded;
}

function isControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR and ESC turn up in real text files; the rest of C0 and DEL do not.
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;
}

/** True when a GB18030 decoding reads as Chinese text rather than as mojibake of some other encoding. */
function looksLikeChinese(text: string): boolean {
  if (text.includes("\ufffd")) return false;
  let plausible = 0;
  let total = 0;
  let cjk = 0;
  let nonAscii = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total++;
    const c = ch.codePointAt(0) ?? 0;
    // GBK's user-defined areas land in the Private Use Area: Latin-1 pairs like "üß" decode there.
    if (c >= 0xe000 && c <= 0xf8ff) return false;
    if (c >= 0x80) nonAscii++;
    const isCjk = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x3ffff);
    if (isCjk) cjk++;
    if (isCjk || (c >= 0x20 && c < 0x7f) || PLAUSIBLE_RANGES.some(([lo, hi]) => c >= lo && c <= hi)) plausible++;
  }
  return cjk > 0 && cjk >= 0.5 * nonAscii && plausible >= MIN_PLAUSIBLE_SHARE * total;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function emptyError(source: string): KgError {
  return new KgError("FILE_EMPTY", `${source} is empty (no text at all, or only whitespace): add the document's text, or remove the file from the input.`, { source });
}

function binaryError(source: string, why: string): KgError {
  return new KgError("FILE_BINARY", `${source} is not a plain-text file (${why}): convert it to a UTF-8 .txt file first, e.g. export or copy the text out of it.`, { source });
}

function encodingError(source: string, why: string): KgError {
  return new KgError("FILE_ENCODING", `${source} cannot be decoded (${why}): re-save it as UTF-8 text and try again.`, { source });
}

import { readFileSync, readdirSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, DEFAULT_MAX_BYTES } from "../../../ingest/operations/text/decode-text.ts";
import { sha256Hex } from "../../../ingest/operations/text/sha256.ts";
import { KgError, type KgErrorCode } from "../../../src/errors/kg-error.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const SOURCE = "docs/report.txt";

function decodeError(bytes: Uint8Array, maxBytes?: number): KgError {
  try {
    decodeText(bytes, SOURCE, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    if (error instanceof KgError) return error;
    throw error;
  }
  throw new Error("expected decodeText to throw");
}

function expectError(bytes: Uint8Array, code: KgErrorCode, maxBytes?: number): KgError {
  const error = decodeError(bytes, maxBytes);
  expect(error.code).toBe(code);
  expect(error.message).toContain(SOURCE);
  expect(error.context["source"]).toBe(SOURCE);
  return error;
}

describe("decodeText: UTF-8 and byte-order marks", () => {
  it("decodes plain UTF-8", () => {
    expect(decodeText(utf8("市中区地区生产总值1161.7亿元。"), SOURCE)).toEqual({ text: "市中区地区生产总值1161.7亿元。", encoding: "utf-8" });
  });

  it("strips a UTF-8 byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("济南市市中区")]);
    expect(decodeText(bytes, SOURCE)).toEqual({ text: "济南市市中区", encoding: "utf-8" });
  });

  it("decodes UTF-16 LE and BE with their byte-order marks", () => {
    const le = iconv.encode("山东未来网络研究院", "utf16le");
    const be = iconv.encode("山东未来网络研究院", "utf16be");
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]), SOURCE)).toEqual({ text: "山东未来网络研究院", encoding: "utf-16le" });
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]), SOURCE)).toEqual({ text: "山东未来网络研究院", encoding: "utf-16be" });
  });

  it("keeps CRLF line ends and a stray form feed (the normalizer deals with them)", () => {
    expect(decodeText(utf8("第一段。\r\n\f第二段。"), SOURCE).text).toBe("第一段。\r\n\f第二段。");
  });

  it("decodes every seed file as UTF-8", () => {
    const dir = "/work/shared/seeds";
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
      const decoded = decodeText(readFileSync(`${dir}/${name}`), name);
      expect(decoded.encoding).toBe("utf-8");
      expect(decoded.text).toContain("市中");
    }
  });
});

describe("decodeText: GB18030/GBK fallback", () => {
  it("decodes GBK-encoded Chinese", () => {
    const text = "加快转型升级 推进产城融合\n地区生产总值实现翻倍增长，达到了2021年的1161.7亿元。";
    expect(decodeText(iconv.encode(text, "gbk"), SOURCE)).toEqual({ text, encoding: "gb18030" });
  });

  it("decodes GB18030 four-byte characters", () => {
    const text = "𠮷野家在市中区开店，€符号也能读。";
    expect(decodeText(iconv.encode(text, "gb18030"), SOURCE)).toEqual({ text, encoding: "gb18030" });
  });

  it("refuses bytes that are neither UTF-8 nor Chinese GB18030", () => {
    const error = expectError(new Uint8Array([0x48, 0x69, 0xff, 0xff, 0xfe, 0x20, 0x80, 0xff]), "FILE_ENCODING");
    expect(error.message).toMatch(/UTF-8/);
  });

  it("refuses Latin-1 text instead of reading it as Chinese mojibake", () => {
    for (const text of ["Café résumé naïve façade", "Grüße aus München, schön!"]) expectError(iconv.encode(text, "latin1"), "FILE_ENCODING");
  });

  it("refuses a UTF-8 byte-order mark followed by invalid UTF-8", () => {
    expectError(new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode("市中区", "gbk")]), "FILE_ENCODING");
  });
});

describe("decodeText: refusals", () => {
  it("refuses an empty file", () => {
    const error = expectError(new Uint8Array(), "FILE_EMPTY");
    expect(error.message).toMatch(/add the document's text|remove the file/);
  });

  it("refuses whitespace-only text, including full-width spaces and a lone BOM", () => {
    expectError(utf8(" \n\t\r\n　　\n"), "FILE_EMPTY");
    expectError(new Uint8Array([0xef, 0xbb, 0xbf]), "FILE_EMPTY");
    expectError(new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x00, 0x30]), "FILE_EMPTY");
  });

  it("refuses input with NUL bytes as binary", () => {
    const error = expectError(new Uint8Array([...utf8("市中区"), 0x00, ...utf8("经济")]), "FILE_BINARY");
    expect(error.message).toMatch(/UTF-8 \.txt/);
  });

  it("refuses input made mostly of control characters", () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expectError(bytes, "FILE_BINARY");
  });

  it("names well-known binary formats", () => {
    expect(expectError(utf8("%PDF-1.7\n1 0 obj\n"), "FILE_BINARY").message).toContain("PDF");
    expect(expectError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), "FILE_BINARY").message).toContain("ZIP");
  });

  it("refuses UTF-16 text that hides NUL characters", () => {
    expectError(new Uint8Array([0xff, 0xfe, 0x02, 0x5e, 0x00, 0x00, 0x2d, 0x4e]), "FILE_BINARY");
  });

  it("refuses input over the default 5 MiB limit before looking at it", () => {
    const error = expectError(new Uint8Array(DEFAULT_MAX_BYTES + 1), "FILE_TOO_LARGE");
    expect(error.message).toMatch(/5\.0 MiB/);
    expect(error.message).toMatch(/split it/);
  });

  it("honours a custom maxBytes", () => {
    const bytes = utf8("市中区市中区");
    expectError(bytes, "FILE_TOO_LARGE", bytes.length - 1);
    expect(decodeText(bytes, SOURCE, { maxBytes: bytes.length }).text).toBe("市中区市中区");
  });
});

describe("sha256Hex", () => {
  it("hashes bytes to lower-case hex", () => {
    expect(sha256Hex(utf8("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(new Uint8Array())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});

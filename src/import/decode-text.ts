/**
 * The text of a CSV file (issue 3 item 1, issue 13 item 2): UTF-8 with or without a byte-order mark, UTF-16 with a
 * mark (Excel's "Unicode text") or without one, or GB18030/GBK, which Chinese Excel writes by default. A file that
 * is UTF-8 but for a few bad bytes stays UTF-8 (the bad bytes read as U+FFFD and are reported with their lines);
 * only a file whose non-ASCII bytes are mostly not UTF-8 is read as GB18030, a superset of GBK and GB2312.
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** Bytes of a UTF-8 file that are not UTF-8: how many, and the lines (1-based) of the first few. */
  readonly badBytes?: { readonly count: number; readonly lines: readonly number[] };
}

/** Lines of bad bytes named in a report. */
const LINES_SHOWN = 5;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decodes file bytes, detecting the encoding as described above. Never throws on bad bytes. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return withBadBytes(bytes.subarray(3), "utf-8-bom");
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // not well-formed UTF-8 throughout: a damaged UTF-8 file, or another encoding
  }
  const scan = scanUtf8(bytes);
  // Mostly UTF-8: a few damaged bytes among many well-formed multi-byte characters. GBK text read as UTF-8 is
  // almost all bad sequences, with the odd pair that happens to be well-formed.
  if (scan.multiByte >= 4 * scan.bad.length) return withBadBytes(bytes, "utf-8");
  return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
}

/** UTF-16 by its mark or its zero bytes: the one encoding here whose line ends and quotes are not single bytes. */
export function isUtf16(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || utf16WithoutMark(bytes) !== undefined;
}

function withBadBytes(bytes: Uint8Array, encoding: "utf-8" | "utf-8-bom"): DecodedText {
  const text = new TextDecoder("utf-8").decode(bytes);
  const { bad } = scanUtf8(bytes);
  if (bad.length === 0) return { text, encoding };
  return { text, encoding, badBytes: { count: bad.length, lines: linesOf(bytes, bad) } };
}

/** The distinct 1-based lines of the first few offsets (ascending), counting line feeds once. */
function linesOf(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const at of offsets) {
    for (; i < at; i++) if (bytes[i] === 0x0a) line++;
    if (lines[lines.length - 1] !== line) lines.push(line);
    if (lines.length === LINES_SHOWN) break;
  }
  return lines;
}

/**
 * UTF-16 without a mark: text files are mostly ASCII (digits, delimiters, line ends), whose UTF-16 form has a zero
 * byte in every other position; UTF-8 and GBK text has no zero bytes at all.
 */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // A CJK character U+XX00 (一 is U+4E00) has a zero byte on the other side, so a few are allowed there.
  if (oddZeros >= pairs * 0.2 && evenZeros * 10 <= oddZeros) return "utf-16le";
  if (evenZeros >= pairs * 0.2 && oddZeros * 10 <= evenZeros) return "utf-16be";
  return undefined;
}

/** Well-formed multi-byte UTF-8 sequences, and the offsets of bytes that start no well-formed sequence. */
function scanUtf8(bytes: Uint8Array): { multiByte: number; bad: number[] } {
  let multiByte = 0;
  const bad: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
    } else {
      bad.push(i);
      i++;
    }
  }
  return { multiByte, bad };
}

/** The length of the well-formed UTF-8 sequence at `i` (RFC 3629 table), 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * The text of a CSV file (issue 3 item 1): UTF-8 with or without a byte-order mark, UTF-16 with a mark (Excel's
 * "Unicode text"), or GB18030/GBK, which Chinese Excel writes by default. Bytes that are valid UTF-8 are UTF-8;
 * anything else is read as GB18030, a superset of GBK and GB2312.
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decodes file bytes, detecting the encoding as described above. Never throws on bad bytes (GB18030 takes them). */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Chinese Excel's "CSV (逗号分隔)" is GBK, which GB18030 decodes.
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/**
 * A GB18030 encoder for tests, made by inverting Node's decoder over every two-byte sequence and the four-byte
 * sequences of the Basic Multilingual Plane. Characters it cannot encode become "?".
 */
let table: Map<string, readonly number[]> | undefined;

function build(): Map<string, readonly number[]> {
  const decoder = new TextDecoder("gb18030");
  const map = new Map<string, readonly number[]>();
  const add = (bytes: number[]) => {
    const text = decoder.decode(Uint8Array.from(bytes));
    if (text.length === 1 && text !== "\uFFFD" && !map.has(text)) map.set(text, bytes);
  };
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) add([lead, trail]);
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) for (let b4 = 0x30; b4 <= 0x39; b4++) add([b1, b2, b3, b4]);
    }
  }
  return map;
}

/** The text as the encoder will write it: characters it cannot encode replaced by "?". */
export function gb18030Encodable(text: string): string {
  table ??= build();
  const map = table;
  return [...text].map((ch) => (ch.charCodeAt(0) < 0x80 || map.has(ch) ? ch : "?")).join("");
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= build();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(ch) ?? [0x3f]));
  }
  return Uint8Array.from(bytes);
}

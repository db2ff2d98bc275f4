import CompressedObject from "jszip/lib/compressedObject";
import compressions from "jszip/lib/compressions";

/** A package part's bytes deflated (raw DEFLATE, as a zip entry holds them), with its size and CRC-32. */
export interface DeflatedPart {
  readonly data: Uint8Array;
  readonly size: number;
  readonly crc32: number;
}

/**
 * Deflates a part from its chunks as they come. JSZip deflates in JavaScript (pako); where the platform has a
 * native deflate (Node's zlib, node-deflate.ts) the host is given one, and the package is the same either way.
 */
export type PartDeflater = (chunks: Iterable<Uint8Array>) => Promise<DeflatedPart>;

/** A deflated part as JSZip takes one for a zip entry it writes as it is (it does not deflate it again). */
export function compressedEntry(part: DeflatedPart): Uint8Array {
  const entry = new CompressedObject(part.data.length, part.size, part.crc32, compressions.DEFLATE, part.data);
  return entry as unknown as Uint8Array;
}

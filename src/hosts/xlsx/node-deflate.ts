import { once } from "node:events";
import { crc32, createDeflateRaw } from "node:zlib";
import CompressedObject from "jszip/lib/compressedObject";
import compressions from "jszip/lib/compressions";
import type { PartDeflater } from "./part-deflate";

/**
 * Node's native deflate for the package writer (part-deflate.ts), fed chunk by chunk with back-pressure. Node only:
 * the browser bundle's JSZip is its prebuilt copy, which does not share these modules.
 */
export const nodeDeflate: PartDeflater = async (chunks) => {
  const deflate = createDeflateRaw({ level: 6 });
  const out: Buffer[] = [];
  deflate.on("data", (b: Buffer) => out.push(b));
  const ended = once(deflate, "end");
  let crc = 0;
  let size = 0;
  try {
    for (const chunk of chunks) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await once(deflate, "drain");
    }
  } catch (error) {
    deflate.destroy();
    throw error;
  }
  deflate.end();
  await ended;
  const data = Buffer.concat(out);
  return new CompressedObject(data.length, size, crc, compressions.DEFLATE, data) as unknown as Uint8Array;
};

/** JSZip 3.10 modules the package writer uses to hand it parts already deflated, which its typings leave out. */
declare module "jszip/lib/compressedObject" {
  export default class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: object, data: Uint8Array);
    readonly compressedSize: number;
  }
}

declare module "jszip/lib/compressions" {
  const compressions: { readonly DEFLATE: object; readonly STORE: object };
  export default compressions;
}

/** JSZip 3.10's UTF-8 codec, which the streaming reader uses (the same in Node, a browser worker and a test DOM). */
declare module "jszip/lib/utf8" {
  export function utf8encode(text: string): Uint8Array;
  /** Decodes chunks of bytes, carrying a character split between two chunks over to the next. */
  export class Utf8DecodeWorker {
    on(event: "data", listener: (chunk: { data: string }) => void): this;
    processChunk(chunk: { data: Uint8Array; meta: object }): void;
    flush(): void;
  }
}

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

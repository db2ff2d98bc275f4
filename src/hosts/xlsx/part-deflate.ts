/**
 * Deflates a package part from its chunks as they come, into an entry JSZip writes as it is (it does not deflate it
 * again). JSZip deflates in JavaScript (pako); where the platform has a native deflate (Node's zlib,
 * node-deflate.ts) the host is given one, and the package is the same either way. Typed as bytes: JSZip's typings
 * leave its pre-compressed entries out.
 */
export type PartDeflater = (chunks: Iterable<Uint8Array>) => Promise<Uint8Array>;

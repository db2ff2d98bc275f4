import type JSZip from "jszip";
import { Utf8DecodeWorker } from "jszip/lib/utf8";

/** JSZip 3.10's chunked reading of an entry, which its typings leave out. */
interface PartStream {
  on(event: "data", handler: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", handler: (error: unknown) => void): PartStream;
  on(event: "end", handler: () => void): PartStream;
  pause(): void;
  resume(): void;
}

/**
 * A streaming UTF-8 decoder: TextDecoder where there is one, JSZip's own in a test DOM without it (jsdom); JSZip's
 * needs chunks longer than a character, which its 16 KB blocks are.
 */
function utf8Decoder(onText: (text: string) => void): { write(bytes: Uint8Array): void; end(): void } {
  if (typeof TextDecoder !== "undefined") {
    const decoder = new TextDecoder("utf-8");
    return {
      write: (bytes) => onText(decoder.decode(bytes, { stream: true })),
      end: () => onText(decoder.decode()),
    };
  }
  const worker = new Utf8DecodeWorker();
  worker.on("data", (chunk) => onText(chunk.data));
  return { write: (data) => worker.processChunk({ data, meta: {} }), end: () => worker.flush() };
}

/**
 * Reads a part's text chunk by chunk as JSZip inflates it, decoding UTF-8 as it goes (a character split between two
 * chunks is decoded whole), so a sheet of hundreds of megabytes is never one string. Works in Node and a browser
 * worker alike (no Node module).
 * @returns false when there is no such part
 */
export function readPartText(zip: JSZip, path: string, onText: (text: string) => void): Promise<boolean> {
  const file = zip.file(path);
  if (!file) return Promise.resolve(false);
  const decoder = utf8Decoder(onText);
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: "uint8array"): PartStream }).internalStream("uint8array");
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      if (error === undefined) resolve(true);
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream
      .on("data", (chunk) => {
        if (done) return;
        try {
          decoder.write(chunk);
        } catch (error) {
          stream.pause();
          finish(error);
        }
      })
      .on("error", finish)
      .on("end", () => {
        if (done) return;
        try {
          decoder.end();
          finish();
        } catch (error) {
          finish(error);
        }
      })
      .resume();
  });
}

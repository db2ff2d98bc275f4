import type JSZip from "jszip";

/** JSZip 3.10's chunked reading of an entry, which its typings leave out. */
interface PartStream {
  on(event: "data", handler: (chunk: Uint8Array | string) => void): PartStream;
  on(event: "error", handler: (error: unknown) => void): PartStream;
  on(event: "end", handler: () => void): PartStream;
  pause(): void;
  resume(): void;
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
  // TextDecoder where there is one; JSZip's own decoder in a test DOM without it (jsdom), which is right for JSZip's
  // 16 KB blocks but not for chunks shorter than a character.
  const decoder = typeof TextDecoder === "undefined" ? undefined : new TextDecoder("utf-8");
  return new Promise((resolve, reject) => {
    const stream = (file as unknown as { internalStream(type: "uint8array" | "string"): PartStream }).internalStream(
      decoder ? "uint8array" : "string",
    );
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
          onText(typeof chunk === "string" ? chunk : (decoder?.decode(chunk, { stream: true }) ?? ""));
        } catch (error) {
          stream.pause();
          finish(error);
        }
      })
      .on("error", finish)
      .on("end", () => {
        if (done) return;
        try {
          if (decoder) onText(decoder.decode());
          finish();
        } catch (error) {
          finish(error);
        }
      })
      .resume();
  });
}

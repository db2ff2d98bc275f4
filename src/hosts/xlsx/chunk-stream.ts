/**
 * A readable stream of byte chunks as JSZip takes one (on/pause/resume with "data", "end" and "error" events), over
 * a lazy iterator: JSZip pulls a part's content block by block while it compresses, so the part is never whole in
 * memory. It needs no Node module, so the module also bundles for the browser.
 */
export class ChunkStream {
  private readonly handlers = new Map<string, ((value?: unknown) => void)[]>();
  private paused = true;
  private finished = false;
  private scheduled = false;

  constructor(private readonly chunks: Iterator<Uint8Array>) {}

  on(event: "data" | "end" | "error", handler: (value?: unknown) => void): this {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }

  pause(): this {
    this.paused = true;
    return this;
  }

  resume(): this {
    this.paused = false;
    this.schedule();
    return this;
  }

  private emit(event: string, value?: unknown): void {
    for (const handler of this.handlers.get(event) ?? []) handler(value);
  }

  /** Chunks flow on a later turn of the event loop, a few at a time, so a pause takes effect between them. */
  private schedule(): void {
    if (this.scheduled || this.finished) return;
    this.scheduled = true;
    setTimeout(() => this.flow(), 0);
  }

  private flow(): void {
    this.scheduled = false;
    try {
      for (let i = 0; i < 16 && !this.paused; i++) {
        const next = this.chunks.next();
        if (next.done) {
          this.finished = true;
          this.emit("end");
          return;
        }
        this.emit("data", next.value);
      }
    } catch (error) {
      this.finished = true;
      this.emit("error", error);
      return;
    }
    if (!this.paused) this.schedule();
  }
}

/**
 * A part's content for JSZip: pulled chunk by chunk where JSZip takes a stream (Node), joined where it does not
 * (a browser without a Buffer, where JSZip only takes whole data). Typed as bytes: JSZip's typings leave its
 * stream input out.
 */
export function partContent(chunks: Iterator<Uint8Array>): Uint8Array {
  if (typeof Buffer !== "undefined") return new ChunkStream(chunks) as unknown as Uint8Array;
  const all: Uint8Array[] = [];
  for (let next = chunks.next(); !next.done; next = chunks.next()) all.push(next.value);
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

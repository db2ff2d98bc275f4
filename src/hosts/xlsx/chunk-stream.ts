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

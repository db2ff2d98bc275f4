/**
 * The pane's side of its workbook worker (browser mode, issue 18 item 3): requests go out with an id, progress in
 * percent comes back to whoever listens (the progress bar), and each request settles with the worker's result or
 * its error, revived as the class the pane shows it by. When the worker itself stops (the browser ended it, out of
 * memory), every pending request fails with a clear message and the workbook kept in the browser's storage stays
 * as it was last kept.
 */
import type { WorkbookHost } from "../../hosts/host";
import { AppError } from "../../domain/errors";
import type { Lang } from "../../domain/schema/types";
import type { PaneWorkbook } from "../state/host-context";
import { reviveError, type MessagePort, type WorkerRequest, type WorkerResponse } from "./protocol";

/** Distributive Omit: the request without its id, for each kind. */
type Ask = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, "id"> : never) : never;

export type ProgressListener = (percent: number) => void;

/** A worker as the client needs it: a port that can also report that it stopped. */
export interface WorkerPort extends MessagePort<WorkerResponse, WorkerRequest> {
  addEventListener(type: "message", listener: (event: { readonly data: WorkerResponse }) => void): void;
  addEventListener(type: "error", listener: (event: { readonly message?: string }) => void): void;
}

/** The worker stopped: nothing it was doing reached the workbook the pane shows. */
export class WorkerStoppedError extends AppError {
  constructor(detail: string) {
    super("worker-stopped", `the browser stopped the workbook's worker: ${detail}`);
  }
}

export class WorkbookWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  private readonly listeners = new Set<ProgressListener>();
  private stopped: string | undefined;
  /** The request whose progress is reported: the latest one asked, keeping (save) aside, which runs unseen. */
  private shown = 0;

  constructor(private readonly port: WorkerPort) {
    port.addEventListener("message", ({ data }) => this.receive(data));
    port.addEventListener("error", (event) => this.stop(event.message || "unknown failure"));
  }

  /** Calls back with the progress of the latest request but a save, in percent, 0 to 100; returns the unsubscribe. */
  onProgress(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  request(ask: Ask): Promise<unknown> {
    if (this.stopped !== undefined) return Promise.reject(new WorkerStoppedError(this.stopped));
    const id = this.nextId++;
    if (ask.kind !== "save") this.shown = id;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ ...ask, id } as WorkerRequest);
    });
  }

  private receive(response: WorkerResponse): void {
    if (response.kind === "progress") {
      if (response.id !== this.shown) return;
      for (const listener of this.listeners) listener(response.percent);
      return;
    }
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (response.kind === "done") waiting.resolve(response.value);
    else waiting.reject(reviveError(response.error));
  }

  private stop(detail: string): void {
    this.stopped = detail;
    for (const waiting of this.pending.values()) waiting.reject(new WorkerStoppedError(detail));
    this.pending.clear();
  }
}

/** A workbook held by the worker, for the panels' few direct host calls; every use case runs in the worker. */
export class WorkerHost implements WorkbookHost {
  constructor(
    readonly client: WorkbookWorkerClient,
    readonly workbook: number,
  ) {}

  private call<T>(method: keyof WorkbookHost, ...args: unknown[]): Promise<T> {
    return this.client.request({ kind: "host", workbook: this.workbook, method, args }) as Promise<T>;
  }

  /** Runs a workbook action (workbook-actions.ts) on this workbook in the worker. */
  action(action: string, args: readonly unknown[]): Promise<unknown> {
    // A function (the segmenter loader) cannot cross: the worker brings its own.
    const sent = args.map((arg) => (typeof arg === "function" ? undefined : arg));
    const segmenterAt = args.flatMap((arg, i) => (typeof arg === "function" ? [i] : []));
    return this.client.request({ kind: "action", workbook: this.workbook, action, args: sent, segmenterAt });
  }

  sheetNames() {
    return this.call<readonly string[]>("sheetNames");
  }
  readTable(name: string) {
    return this.call<Awaited<ReturnType<WorkbookHost["readTable"]>>>("readTable", name);
  }
  readSheet(name: string) {
    return this.call<Awaited<ReturnType<WorkbookHost["readSheet"]>>>("readSheet", name);
  }
  read(request: Parameters<WorkbookHost["read"]>[0]) {
    return this.call<Awaited<ReturnType<WorkbookHost["read"]>>>("read", request);
  }
  /** Plans are applied by the actions, in the worker; the pane never sends one. */
  apply(): Promise<void> {
    return Promise.reject(new Error("browser mode applies plans in its workbook worker"));
  }
  async activate(sheet: string) {
    await this.call<unknown>("activate", sheet);
  }
}

const paneWorkbook = (client: WorkbookWorkerClient, id: unknown, name: string): PaneWorkbook => {
  const host = new WorkerHost(client, id as number);
  return {
    host,
    name,
    save: async () => (await client.request({ kind: "save", workbook: host.workbook })) as Uint8Array,
  };
};

/** Opens .xlsx bytes in the worker (a copy: the caller's bytes, a kept workbook's, stay usable for a retry). */
export async function openInWorker(client: WorkbookWorkerClient, name: string, bytes: Uint8Array) {
  return paneWorkbook(client, await client.request({ kind: "open", name, bytes }), name);
}

export async function newInWorker(client: WorkbookWorkerClient, name: string, lang: Lang, demo: boolean) {
  return paneWorkbook(client, await client.request({ kind: "new", name, lang, demo }), name);
}

import type { Segmenter } from "../../domain/keywords/segmenter";
import type * as Actions from "./workbook-actions";
import { dateHeaders } from "./date-headers";
import { newInWorker, openInWorker, WorkbookWorkerClient, WorkerHost, type WorkerPort } from "../worker/worker-client";

export type WorkbookActions = typeof Actions;

let startWorker: (() => WorkerPort) | undefined;
let client: WorkbookWorkerClient | undefined;
const progressListeners = new Set<(percent: number) => void>();

/** Calls back with the worker's progress in percent (the progress bar); returns the unsubscribe. */
export function onWorkerProgress(listener: (percent: number) => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

/**
 * Browser mode (index.tsx): the workbook work runs in a Web Worker that `start` starts when a workbook is first
 * opened or made (issue 18 item 3). Without it (inside Excel, and in tests) the work runs on the pane's thread.
 */
export function runWorkbookInWorker(start: () => WorkerPort): void {
  startWorker = start;
}

/** The worker's client, started on first use; undefined when the pane runs the work itself. */
export function workbookWorker(): WorkbookWorkerClient | undefined {
  if (!client && startWorker) {
    client = new WorkbookWorkerClient(startWorker());
    client.onProgress((percent) => progressListeners.forEach((listener) => listener(percent)));
  }
  return client;
}

/**
 * The workbook work of every panel, in its own chunk: it brings ExcelJS, the import readers and the domain rules,
 * which the pane needs only once a workbook is open (issue 5 item 6: the initial JavaScript stays small). With the
 * worker, the pane's thread never loads that chunk for a workbook the worker holds: each action goes to the worker
 * with its arguments.
 */
export async function loadWorkbookActions(): Promise<WorkbookActions> {
  const worker = workbookWorker();
  if (!worker) return inThread();
  return new Proxy({} as WorkbookActions, {
    get(_target, name) {
      if (name === "dateHeaders") return dateHeaders;
      if (name === "openXlsx") return (file: string, bytes: Uint8Array) => openInWorker(worker, file, bytes);
      if (name === "newWorkbook")
        return (...args: Parameters<WorkbookActions["newWorkbook"]>) => newInWorker(worker, ...args);
      // Not a thenable: `await loadWorkbookActions()` must give the actions, not call them as `then`.
      if (typeof name !== "string" || name === "then") return undefined;
      return async (host: unknown, ...args: unknown[]) => {
        if (host instanceof WorkerHost) return host.action(name, args);
        // Another host (Excel's): its work runs here, as it always has.
        const action = (await inThread())[name as keyof WorkbookActions] as (...a: unknown[]) => unknown;
        return action(host, ...args);
      };
    },
  });
}

const inThread = () => import(/* webpackChunkName: "workbook" */ "./workbook-actions");

/** jieba-wasm's web build (4 MB of wasm), fetched only when a report is generated. */
export async function loadBrowserSegmenter(lexicon: readonly string[]): Promise<Segmenter> {
  const jieba = await import(/* webpackChunkName: "jieba" */ "../../domain/keywords/jieba-browser");
  return jieba.loadJiebaSegmenterInBrowser(lexicon);
}

import type { WorkerPort } from "./worker-client";

/** Starts the workbook worker; webpack bundles workbook-worker.ts and its imports as the worker's own chunks. */
export const startWorkbookWorker = (): WorkerPort =>
  new Worker(new URL(/* webpackChunkName: "workbook-worker" */ "./workbook-worker.ts", import.meta.url)) as WorkerPort;

/**
 * The worker's side of browser mode (issue 18 item 3): it holds the open workbook (an XlsxHost) and runs the pane's
 * file-path work on it — open, make, set up, import, validate, report, share, save — so the pane's own thread only
 * draws. It keeps the workbook it last opened or made: a failed open leaves the one before it in place.
 */
import type { WorkbookHost } from "../../hosts/host";
import type { XlsxHost } from "../../hosts/xlsx/xlsx-host";
import { AppError } from "../../domain/errors";
import type { LoadSegmenter } from "../state/host-context";
import * as actions from "../workbook/workbook-actions";
import { sendError, type MessagePort, type WorkerRequest, type WorkerResponse } from "./protocol";

/** The actions that do not take the workbook's host first: the worker runs them itself, or the pane does. */
const NOT_ON_A_WORKBOOK: ReadonlySet<string> = new Set(["openXlsx", "newWorkbook", "dateHeaders"]);

const HOST_METHODS: ReadonlySet<string> = new Set(["sheetNames", "readTable", "readSheet", "read", "activate"]);

/** The host's reads and writes, each a step of an operation. */
const STEPS: ReadonlySet<PropertyKey> = new Set<keyof WorkbookHost>([
  "sheetNames",
  "readTable",
  "readSheet",
  "read",
  "apply",
  "activate",
  "constantCells",
]);

/** Each workbook step done moves the progress half-way to this, until the operation is done (100). */
const STEPS_CEILING = 95;

export function serveWorkbooks(port: MessagePort<WorkerRequest, WorkerResponse>, loadSegmenter: LoadSegmenter): void {
  let current: { id: number; host: XlsxHost } | undefined;
  let nextId = 1;

  const hostOf = (id: number): XlsxHost => {
    if (current?.id !== id) throw new AppError("workbook-open", "the workbook is no longer open in this page");
    return current.host;
  };

  const handle = async (request: WorkerRequest, progress: (percent: number) => void): Promise<unknown> => {
    switch (request.kind) {
      case "open":
      case "new": {
        const opened =
          request.kind === "open"
            ? await actions.openXlsx(request.name, request.bytes)
            : await actions.newWorkbook(request.name, request.lang, request.demo);
        current = { id: nextId++, host: opened.host as XlsxHost };
        return current.id;
      }
      case "save": {
        const bytes = await hostOf(request.workbook).toBuffer();
        return bytes;
      }
      case "host": {
        if (!HOST_METHODS.has(request.method)) throw new Error(`no host method ${request.method}`);
        const host = hostOf(request.workbook) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
        return host[request.method]?.(...request.args);
      }
      case "action": {
        const run: unknown = (actions as Record<string, unknown>)[request.action];
        if (typeof run !== "function" || NOT_ON_A_WORKBOOK.has(request.action)) {
          throw new Error(`no workbook action ${request.action}`);
        }
        const host = stepsReported(hostOf(request.workbook), progress);
        const args = request.args.map((arg, i) => (request.segmenterAt.includes(i) ? loadSegmenter : arg));
        return (run as (...a: unknown[]) => Promise<unknown>)(host, ...args);
      }
    }
  };

  port.addEventListener("message", ({ data: request }) => {
    let percent = 0;
    const progress = (next: number) => {
      percent = Math.max(percent, Math.min(99, Math.round(next)));
      port.postMessage({ id: request.id, kind: "progress", percent });
    };
    progress(0);
    handle(request, progress).then(
      (value) => {
        port.postMessage({ id: request.id, kind: "progress", percent: 100 });
        try {
          port.postMessage({ id: request.id, kind: "done", value }, value instanceof Uint8Array ? [value.buffer] : []);
        } catch (error) {
          // A result that cannot be cloned (a DataCloneError) must still settle the pane's request.
          port.postMessage({ id: request.id, kind: "failed", error: sendError(error) });
        }
      },
      (error: unknown) => port.postMessage({ id: request.id, kind: "failed", error: sendError(error) }),
    );
  });
}

/**
 * The host with each read or write reported as a step done: how many an operation takes is not known in advance,
 * so each step moves the percent half-way to STEPS_CEILING.
 */
function stepsReported(host: XlsxHost, progress: (percent: number) => void): WorkbookHost {
  let done = 0;
  const step = () => {
    done++;
    progress(STEPS_CEILING * (1 - 0.5 ** done));
  };
  return new Proxy(host, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== "function" || !STEPS.has(key)) return value;
      return async (...args: unknown[]) => {
        const result: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        step();
        return result;
      };
    },
  });
}

/**
 * Browser mode's workbook worker (issue 18 item 3), its two ends joined by an in-process channel that clones every
 * message as postMessage does (structuredClone): the pane asks, the worker runs the workbook work and answers with
 * progress in percent and a result, or an error the pane words exactly as it words the same error today.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../../src/domain/errors";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { ReportResult } from "../../src/use-cases/generate-report";
import { tableSpecs } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { ImportSourceError } from "../../src/import/errors";
import { enUS } from "../../src/taskpane/locale/en-us";
import { errorText } from "../../src/taskpane/locale/error-text";
import { zhCN } from "../../src/taskpane/locale/zh-cn";
import { loadWorkbookActions, runWorkbookInWorker } from "../../src/taskpane/workbook/load-actions";
import * as inThread from "../../src/taskpane/workbook/workbook-actions";
import type { MessagePort, WorkerRequest, WorkerResponse } from "../../src/taskpane/worker/protocol";
import { serveWorkbooks } from "../../src/taskpane/worker/serve-workbooks";
import {
  newInWorker,
  openInWorker,
  WorkbookWorkerClient,
  WorkerHost,
  WorkerStoppedError,
  type WorkerPort,
} from "../../src/taskpane/worker/worker-client";

jest.setTimeout(120_000);

type Listener<T> = (event: { readonly data: T }) => void;

/** Two ports, each delivering what the other posts, cloned, on a later turn; the pane's side can be made to fail. */
function channel() {
  const toWorker = new Set<Listener<WorkerRequest>>();
  const toPane = new Set<Listener<WorkerResponse>>();
  const errors = new Set<(event: { readonly message?: string }) => void>();
  const deliver = <T>(listeners: Set<Listener<T>>, message: T) => {
    const data = structuredClone(message);
    setImmediate(() => listeners.forEach((listener) => listener({ data })));
  };
  const worker: MessagePort<WorkerRequest, WorkerResponse> = {
    postMessage: (message) => deliver(toPane, message),
    addEventListener: (_type, listener) => toWorker.add(listener),
  };
  const pane = {
    postMessage: (message: WorkerRequest) => deliver(toWorker, message),
    addEventListener: (type: string, listener: unknown) => {
      if (type === "message") toPane.add(listener as Listener<WorkerResponse>);
      else errors.add(listener as (event: { readonly message?: string }) => void);
    },
  } as WorkerPort;
  const crash = (message: string) => errors.forEach((listener) => listener({ message }));
  return { worker, pane, crash };
}

function connected() {
  const { worker, pane, crash } = channel();
  serveWorkbooks(worker, () => Promise.reject(new Error("no segmenter in this test")));
  return { client: new WorkbookWorkerClient(pane), crash };
}

const EVALUATIONS = tableSpecs(DEFAULT_DIMENSIONS).find((s) => s.key === "evaluations")?.tableName ?? "";
const WJX = readFileSync(join(__dirname, "../fixtures/import/wjx-evaluations.csv"));

test("a new workbook is made and set up in the worker; its status comes back as data", async () => {
  const { client } = connected();
  const book = await newInWorker(client, "新.xlsx", "zh-CN", false);
  expect(book.host).toBeInstanceOf(WorkerHost);
  const status = (await (book.host as WorkerHost).action("workbookStatus", ["zh-CN"])) as inThread.WorkbookStatus;
  expect(status.ready).toBe(true);
  expect(status.sheets.map((s) => s.sheet)).toContain("问题记录");
  expect(await book.host.sheetNames()).toContain("满意度评估");
});

test("an import through the worker reports its progress in percent, rising to 100, and changes the workbook", async () => {
  const { client } = connected();
  const book = await newInWorker(client, "新.xlsx", "zh-CN", false);
  const seen: number[] = [];
  client.onProgress((percent) => seen.push(percent));
  const source = { fileName: "wjx.csv", kind: "csv", bytes: new Uint8Array(WJX) } as const;
  const outcome = (await (book.host as WorkerHost).action("importFile", [
    "evaluations",
    source,
  ])) as inThread.ImportOutcome;
  expect(outcome.summary.imported).toBeGreaterThan(0);
  expect(seen[0]).toBe(0);
  expect(seen[seen.length - 1]).toBe(100);
  expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
  expect(seen).toEqual([...seen].sort((a, b) => a - b));
  const table = await book.host.readTable(EVALUATIONS);
  expect(table?.rows.length).toBe(outcome.summary.imported);
});

test("the saved workbook is an .xlsx the file host opens, with the worker's changes", async () => {
  const { client } = connected();
  const book = await newInWorker(client, "新.xlsx", "en-US", true);
  const bytes = await book.save?.();
  expect(bytes).toBeInstanceOf(Uint8Array);
  const reopened = await XlsxHost.load(bytes as Uint8Array);
  expect(await reopened.sheetNames()).toEqual(await book.host.sheetNames());
});

describe("failures", () => {
  test("an import error reaches the pane as the same class, worded exactly as the same error in the pane's thread", async () => {
    const { client } = connected();
    const book = await newInWorker(client, "新.xlsx", "zh-CN", false);
    const source = { fileName: "随便.csv", kind: "csv", bytes: new TextEncoder().encode("甲,乙\n1,2\n") } as const;
    const here = await inThread.previewImport(XlsxHost.create(), source).catch((e: unknown) => e);
    const there = await (book.host as WorkerHost).action("previewImport", [source]).catch((e: unknown) => e);
    expect(here).toBeInstanceOf(ImportSourceError);
    expect(there).toBeInstanceOf(ImportSourceError);
    expect((there as ImportSourceError).reason).toEqual({ kind: "noHeader" });
    for (const [t, locale] of [
      [zhCN, "zh-CN"],
      [enUS, "en-US"],
    ] as const) {
      expect(errorText(t, there, locale)).toEqual(errorText(t, here, locale));
    }
    expect(errorText(zhCN, there, "zh-CN").detail).toBe("随便.csv：前 20 行中没有一行包含该表的列名。");
  });

  test("a file that is no workbook fails to open with the pane's message, and the open workbook stays usable", async () => {
    const { client } = connected();
    const book = await newInWorker(client, "新.xlsx", "zh-CN", false);
    const before = await book.host.sheetNames();
    const failed = await openInWorker(client, "坏.xlsx", new TextEncoder().encode("not a zip")).catch(
      (e: unknown) => e,
    );
    expect(failed).toBeInstanceOf(AppError);
    expect((failed as AppError).code).toBe("workbook-open");
    expect(errorText(zhCN, failed, "zh-CN").title).toBe(zhCN.errorWorkbookOpen);
    expect((failed as Error).message).toBe("坏.xlsx: not a readable .xlsx workbook");
    expect(await book.host.sheetNames()).toEqual(before);
  });

  test("a failed import leaves the workbook's tables as they were", async () => {
    const { client } = connected();
    const book = await newInWorker(client, "新.xlsx", "zh-CN", true);
    const host = book.host as WorkerHost;
    const before = await host.readTable(EVALUATIONS);
    expect(before?.rows.length).toBeGreaterThan(0);
    const source = { fileName: "wjx.csv", kind: "csv", bytes: new Uint8Array(WJX) } as const;
    const failed = await host.action("importFile", ["evaluations", source, { 99: "score" }]).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ImportSourceError);
    expect((failed as ImportSourceError).reason?.kind).toBe("mappingNoColumn");
    expect(await host.readTable(EVALUATIONS)).toEqual(before);
  });

  test("when the browser stops the worker, what was asked fails with its own message, and so does what is asked next", async () => {
    const { client, crash } = connected();
    const book = await newInWorker(client, "新.xlsx", "zh-CN", false);
    const pending = book.host.sheetNames();
    crash("out of memory");
    await expect(pending).rejects.toBeInstanceOf(WorkerStoppedError);
    const next = await book.host.sheetNames().catch((e: unknown) => e);
    expect(next).toBeInstanceOf(WorkerStoppedError);
    expect(errorText(zhCN, next, "zh-CN").title).toBe(zhCN.errorWorkerStopped);
    expect(errorText(enUS, next, "en-US").next).toBe(enUS.errorWorkerStoppedNext);
  });
});

describe("the panels' actions in browser mode", () => {
  test("go to the worker for a workbook it holds, and stay on the pane's thread for any other host", async () => {
    const { worker, pane } = channel();
    serveWorkbooks(worker, () => Promise.reject(new Error("no segmenter in this test")));
    runWorkbookInWorker(() => pane);
    const actions = await loadWorkbookActions();
    const book = await actions.newWorkbook("新.xlsx", "zh-CN", true);
    expect(book.host).toBeInstanceOf(WorkerHost);
    const report = await actions.validate(book.host);
    const local = XlsxHost.create();
    await inThread.setUp(local, "zh-CN");
    expect(await actions.workbookStatus(local, "zh-CN")).toEqual(await inThread.workbookStatus(local, "zh-CN"));
    expect(report).toEqual(await inThread.validate(await XlsxHost.load((await book.save?.()) as Uint8Array)));
    expect(actions.dateHeaders()).toEqual(inThread.dateHeaders());
  });
});

test("a result that cannot cross to the pane still settles the request, as a failure", async () => {
  const { worker, pane } = channel();
  const refusing: MessagePort<WorkerRequest, WorkerResponse> = {
    postMessage: (message, transfer) => {
      if (message.kind === "done" && message.value !== undefined && typeof message.value !== "number") {
        throw new DOMException("could not be cloned", "DataCloneError");
      }
      worker.postMessage(message, transfer);
    },
    addEventListener: (type, listener) => worker.addEventListener(type, listener),
  };
  serveWorkbooks(refusing, () => Promise.reject(new Error("no segmenter in this test")));
  const client = new WorkbookWorkerClient(pane);
  const book = await newInWorker(client, "新.xlsx", "zh-CN", false);
  const failed = await book.host.sheetNames().catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(Error);
  expect((failed as Error).message).toContain("could not be cloned");
  expect(errorText(zhCN, failed, "zh-CN").title).toBe(zhCN.errorUnexpected);
});

test("a report in the worker keys its text with the worker's own segmenter, as the pane's thread would", async () => {
  const { worker, pane } = channel();
  const lexicons: (readonly string[])[] = [];
  serveWorkbooks(worker, async (lexicon) => {
    lexicons.push(lexicon);
    return loadJiebaSegmenter(lexicon);
  });
  const client = new WorkbookWorkerClient(pane);
  const book = await newInWorker(client, "演示.xlsx", "zh-CN", true);
  const host = book.host as WorkerHost;
  const status = (await host.action("workbookStatus", ["zh-CN"])) as inThread.WorkbookStatus;
  const month = status.suggestedMonth ?? "";
  const paneLoader = jest.fn(async (lexicon: readonly string[]) => loadJiebaSegmenter(lexicon));
  const local = await XlsxHost.load((await book.save?.()) as Uint8Array);
  const there = (await host.action("monthReport", [month, "zh-CN", paneLoader])) as ReportResult;
  const here = await inThread.monthReport(local, month, "zh-CN", paneLoader);
  expect(lexicons).toHaveLength(1);
  expect(paneLoader).toHaveBeenCalledTimes(1);
  expect(there.sheet).toBe(here.sheet);
  // The keywords come from the segmenter; the rest of the figures are the report's, proved elsewhere.
  expect(there.json.topKeywords.length).toBeGreaterThan(0);
  expect(there.json.topKeywords).toEqual(here.json.topKeywords);
  expect(there.json.topSuggestions).toEqual(here.json.topSuggestions);
  expect(there.json.evaluations).toEqual(here.json.evaluations);
});

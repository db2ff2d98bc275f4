/**
 * The messages between the pane and its workbook worker (browser mode, issue 18 item 3): the pane asks, the worker
 * answers each request by its id with progress in percent, then a result or a failure. Everything sent is
 * structured-cloneable; workbook bytes are transferred, not copied.
 */
import { AppError } from "../../domain/errors";
import type { Lang } from "../../domain/schema/types";
import { ImportSourceError } from "../../import/errors";

/** The pane's requests. A workbook is named by the id the worker gave it when it was opened or made. */
export type WorkerRequest =
  | { readonly id: number; readonly kind: "open"; readonly name: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly kind: "new"; readonly name: string; readonly lang: Lang; readonly demo: boolean }
  /** A workbook action (workbook-actions.ts) on the workbook, its arguments after the host. */
  | {
      readonly id: number;
      readonly kind: "action";
      readonly workbook: number;
      readonly action: string;
      readonly args: readonly unknown[];
      /** The arguments that were functions, which cannot be sent: each is the pane's segmenter loader. */
      readonly segmenterAt: readonly number[];
    }
  /** One WorkbookHost method on the workbook (the panels' direct reads: the sheet viewer's names and cells). */
  | {
      readonly id: number;
      readonly kind: "host";
      readonly workbook: number;
      readonly method: string;
      readonly args: readonly unknown[];
    }
  | { readonly id: number; readonly kind: "save"; readonly workbook: number };

export type WorkerResponse =
  | { readonly id: number; readonly kind: "progress"; readonly percent: number }
  | { readonly id: number; readonly kind: "done"; readonly value: unknown }
  | { readonly id: number; readonly kind: "failed"; readonly error: SentError };

/** An error as it crosses to the pane: structured clone keeps neither an Error's class nor its own fields. */
export interface SentError {
  readonly name: string;
  readonly message: string;
  /** The AppError code, when it is one. */
  readonly code?: string;
  /** The error's own fields (an import error's file, sheet, row, column, expected and reason). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The error classes the pane tells apart (error-text.ts); any other AppError arrives as an AppError with its code. */
const REVIVED: Readonly<Record<string, typeof AppError>> = {
  ImportSourceError: ImportSourceError as unknown as typeof AppError,
};

export function sendError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    if (key !== "code" && key !== "cause" && isCloneable(value)) fields[key] = value;
  }
  return {
    name: error.name,
    message: error.message,
    ...(error instanceof AppError ? { code: error.code } : {}),
    fields,
  };
}

/** The error again on the pane's side, of the class the pane shows it by, with its message and fields. */
export function reviveError(sent: SentError): Error {
  if (sent.code === undefined) {
    const error = new Error(sent.message);
    error.name = sent.name;
    return error;
  }
  const revived: AppError = Object.create((REVIVED[sent.name] ?? AppError).prototype as object) as AppError;
  Object.assign(revived, { message: sent.message, name: sent.name, code: sent.code }, sent.fields);
  return revived;
}

/** Plain data only: a field holding a function or a class instance is left behind. */
function isCloneable(value: unknown): boolean {
  if (value === null || ["string", "number", "boolean", "undefined"].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isCloneable);
  if (typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.values(value as object).every(isCloneable);
}

/** The two ends' common ground: a Worker, the worker's own global scope, or a test's in-process channel. */
export interface MessagePort<In, Out> {
  postMessage(message: Out, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: { readonly data: In }) => void): void;
}

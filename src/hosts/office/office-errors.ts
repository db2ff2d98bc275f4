import { AppError } from "../../domain/errors";

/** The Excel in use is older than the add-in needs, or the add-in runs outside Excel. */
export class ExcelVersionError extends AppError {
  constructor(
    readonly requirementSet: string,
    readonly minVersion: string,
    problem: string,
  ) {
    super(
      "excel-version",
      `服务质量管家 needs ${requirementSet} ${minVersion} or later (Microsoft 365, Excel 2021 or later, ` +
        `Excel on the web, Excel on Mac 16.17 or later): ${problem}`,
    );
  }
}

/**
 * What the user can do about an Excel error, by its code (OfficeExtension.ErrorCodes in Microsoft's "Error handling
 * with the application-specific JavaScript APIs"): leave the cell being edited, unprotect, run again after a sheet
 * or table was renamed or a co-author's edit, correct a value, send less at once.
 */
export type ExcelProblem =
  "cellEdit" | "accessDenied" | "notFound" | "invalidArgument" | "general" | "conflict" | "payload" | "other";

const PROBLEMS: Readonly<Record<string, ExcelProblem>> = {
  InvalidOperationInCellEditMode: "cellEdit",
  AccessDenied: "accessDenied",
  ItemNotFound: "notFound",
  InvalidArgument: "invalidArgument",
  InvalidReference: "invalidArgument",
  GeneralException: "general",
  Conflict: "conflict",
  EditConflict: "conflict",
  RequestPayloadSizeLimitExceeded: "payload",
  ResponsePayloadSizeLimitExceeded: "payload",
  RequestAborted: "payload",
};

export function excelProblem(code: string | undefined): ExcelProblem {
  return (code === undefined ? undefined : PROBLEMS[code]) ?? "other";
}

/**
 * Excel refused a request of the Office host; `step` names what was being written or read. The message (English,
 * with Excel's own words) is for the log; the pane and the ribbon say what to do from `problem`.
 */
export class OfficeHostError extends AppError {
  /** Excel's error code (OfficeExtension.Error.code), when it gave one. */
  readonly excelCode?: string;
  readonly problem: ExcelProblem;

  constructor(
    readonly step: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super("office-host", `Excel could not complete ${step}: ${problem}`, options);
    const code = excelErrorCode(options?.cause);
    if (code !== undefined) this.excelCode = code;
    this.problem = excelProblem(code);
  }
}

/** The `code` of an OfficeExtension.Error (or anything shaped like one). */
export function excelErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Excel on the web caps a request and a response at 5 MB; the answer is a smaller block. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = excelErrorCode(error);
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") return true;
  return /payload/i.test(errorMessage(error));
}

export function isItemNotFound(error: unknown): boolean {
  return excelErrorCode(error) === "ItemNotFound";
}

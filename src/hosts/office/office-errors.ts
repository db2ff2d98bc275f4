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
      `服务质量管家 needs ${requirementSet} ${minVersion} or later (Microsoft 365, Excel 2019 or later, ` +
        `Excel on the web, Excel on Mac 16.17 or later): ${problem}`,
    );
  }
}

/** Excel refused a request of the Office host; `step` names what was being written or read. */
export class OfficeHostError extends AppError {
  /** Excel's error code (OfficeExtension.Error.code), when it gave one. */
  readonly excelCode?: string;

  constructor(
    readonly step: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super("office-host", `Excel could not complete ${step}: ${problem}`, options);
    const code = excelErrorCode(options?.cause);
    if (code !== undefined) this.excelCode = code;
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

import { AppError } from "../../domain/errors";
import type { ExcelProblem } from "../../hosts/office/office-errors";
import { OfficeHostError } from "../../hosts/office/office-errors";
import type { Lang } from "../../domain/schema/types";
import { ImportSourceError } from "../../import/errors";
import type { Catalogue } from "./index";
import { importErrorText } from "./import-error-text";

type Key = keyof Catalogue;

/** Each AppError code's title and what to do next (STYLE.md "errors": the pane shows `t(code)`). */
const BY_CODE: Readonly<Record<string, readonly [Key, Key]>> = {
  "not-set-up": ["errorNotSetUp", "errorNotSetUpNext"],
  settings: ["errorSettings", "errorSettingsNext"],
  "import-source": ["errorImportSource", "errorImportSourceNext"],
  "import-not-found": ["errorImportNotFound", "errorImportNotFoundNext"],
  "file-type": ["errorFileType", "errorFileTypeNext"],
  "workbook-open": ["errorWorkbookOpen", "errorWorkbookOpenNext"],
  "workbook-password": ["errorWorkbookPassword", "errorWorkbookPasswordNext"],
  "workbook-encrypted": ["errorWorkbookEncrypted", "errorWorkbookEncryptedNext"],
  "office-host": ["errorOfficeHost", "errorOfficeHostNext"],
  "excel-version": ["errorExcelVersion", "errorExcelVersionNext"],
  "workbook-changed": ["errorWorkbookChanged", "errorWorkbookChangedNext"],
  "table-blocked": ["errorTableBlocked", "errorTableBlockedNext"],
  "sheet-protected": ["errorSheetProtected", "errorSheetProtectedNext"],
  "cell-limit": ["errorCellLimit", "errorCellLimitNext"],
  "workbook-busy": ["errorWorkbookBusy", "errorWorkbookBusyNext"],
  "read-only": ["errorReadOnly", "errorReadOnlyNext"],
  "output-path": ["errorOutputPath", "errorOutputPathNext"],
  "workbook-file": ["errorWorkbookFile", "errorWorkbookFileNext"],
  "worker-stopped": ["errorWorkerStopped", "errorWorkerStoppedNext"],
  "unknown-team": ["errorUnknownTeam", "errorUnknownTeamNext"],
};

/** An Excel error by what the user can do about it. */
const BY_PROBLEM: Readonly<Record<ExcelProblem, readonly [Key, Key]>> = {
  cellEdit: ["errorExcelCellEdit", "errorExcelCellEditNext"],
  accessDenied: ["errorExcelAccessDenied", "errorExcelAccessDeniedNext"],
  notFound: ["errorExcelNotFound", "errorExcelNotFoundNext"],
  invalidArgument: ["errorExcelInvalidArgument", "errorExcelInvalidArgumentNext"],
  general: ["errorExcelGeneral", "errorExcelGeneralNext"],
  conflict: ["errorExcelConflict", "errorExcelConflictNext"],
  payload: ["errorExcelPayload", "errorExcelPayloadNext"],
  other: ["errorOfficeHost", "errorOfficeHostNext"],
};

export interface ErrorText {
  readonly title: string;
  readonly next: string;
  /** The error's own message (English, with the location), for an AppError. */
  readonly detail?: string;
}

/**
 * What the pane (and the ribbon) says about a failure: an AppError by its code, an Excel error by what to do about
 * it (its detail names what was being written, not Excel's own message, which goes to the log), anything else as
 * an unexpected problem. An import source error that says why as data is detailed in the pane's language.
 */
export function errorText(t: Catalogue, error: unknown, locale: Lang = "en-US"): ErrorText {
  if (error instanceof OfficeHostError) {
    const [title, next] = BY_PROBLEM[error.problem];
    return { title: t[title], next: t[next], detail: error.step };
  }
  if (!(error instanceof AppError)) return { title: t.errorUnexpected, next: t.errorUnexpectedNext };
  const [title, next] = BY_CODE[error.code] ?? ["errorOther", "errorOtherNext"];
  const detail = error instanceof ImportSourceError ? importErrorText(error, t, locale) : undefined;
  return { title: t[title], next: t[next], detail: detail ?? error.message };
}

import { AppError } from "../../domain/errors";
import type { Catalogue } from "./index";

type Key = keyof Catalogue;

/** Each AppError code's title and what to do next (STYLE.md "errors": the pane shows `t(code)`). */
const BY_CODE: Readonly<Record<string, readonly [Key, Key]>> = {
  "not-set-up": ["errorNotSetUp", "errorNotSetUpNext"],
  settings: ["errorSettings", "errorSettingsNext"],
  "import-source": ["errorImportSource", "errorImportSourceNext"],
  "file-type": ["errorFileType", "errorFileTypeNext"],
  "workbook-open": ["errorWorkbookOpen", "errorWorkbookOpenNext"],
  "workbook-password": ["errorWorkbookPassword", "errorWorkbookPasswordNext"],
  "workbook-encrypted": ["errorWorkbookEncrypted", "errorWorkbookEncryptedNext"],
  "office-host": ["errorOfficeHost", "errorOfficeHostNext"],
  "excel-version": ["errorExcelVersion", "errorExcelVersionNext"],
  "workbook-busy": ["errorWorkbookBusy", "errorWorkbookBusyNext"],
  "read-only": ["errorReadOnly", "errorReadOnlyNext"],
  "output-path": ["errorOutputPath", "errorOutputPathNext"],
  "workbook-file": ["errorWorkbookFile", "errorWorkbookFileNext"],
};

export interface ErrorText {
  readonly title: string;
  readonly next: string;
  /** The error's own message (English, with the location), for an AppError. */
  readonly detail?: string;
}

/** What the pane says about a failure: an AppError by its code, anything else as an unexpected problem. */
export function errorText(t: Catalogue, error: unknown): ErrorText {
  if (!(error instanceof AppError)) return { title: t.errorUnexpected, next: t.errorUnexpectedNext };
  const [title, next] = BY_CODE[error.code] ?? ["errorOther", "errorOtherNext"];
  return { title: t[title], next: t[next], detail: error.message };
}

import { AppError } from "../../domain/errors";

/** A file the pane was given cannot be used: not .xlsx/.csv (`file-type`), or not a readable workbook (`workbook-open`). */
export class PaneFileError extends AppError {
  constructor(
    code: "file-type" | "workbook-open",
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super(code, `${file}: ${problem}`, options);
  }
}

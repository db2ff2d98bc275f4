/**
 * Telling an encrypted workbook from a plain one without decrypting (issue 12): Office encryption (ECMA-376
 * agile or standard) stores the .xlsx inside an OLE compound file, whose first 8 bytes are fixed; a plain .xlsx
 * is a ZIP package. Safe in the browser: no crypto here.
 */
import { AppError } from "../../domain/errors";

/** The OLE compound file signature (MS-CFB §2.2). */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether `bytes` is an OLE compound file: a password-encrypted workbook (or a legacy .xls). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return COMPOUND_FILE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * An encrypted workbook opened without its password or with a wrong one (code `workbook-password`), or where it
 * cannot be decrypted at all, in the task pane (code `workbook-encrypted`).
 */
export class WorkbookPasswordError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: "missing" | "wrong" | "unsupported",
    options?: { cause?: unknown },
  ) {
    const problem = {
      missing: "is encrypted with a password: give it (--password; share: --book-password) to open the workbook",
      wrong: "could not be decrypted with the given password",
      unsupported:
        "is encrypted, and this app cannot decrypt workbooks here: open it with the command line (--password) or remove the password in Excel",
    }[reason];
    super(reason === "unsupported" ? "workbook-encrypted" : "workbook-password", `${file} ${problem}`, options);
  }
}

import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import { AppError } from "../../domain/errors";
import { decryptWorkbook, encryptWorkbook } from "./workbook-encryption";
import { XlsxHost } from "./xlsx-host";

/** A workbook file that cannot be opened or written. */
export class WorkbookFileError extends AppError {
  constructor(
    readonly file: string,
    problem: string,
    options?: { cause?: unknown },
  ) {
    super("workbook-file", `${file}: ${problem}`, options);
  }
}

/**
 * Opens an .xlsx file, or starts an empty workbook when the file does not exist yet. An encrypted file is decrypted
 * with `password`.
 * @throws WorkbookPasswordError when the file is encrypted and the password is missing or wrong.
 */
export async function openWorkbookFile(
  file: string,
  options: { mustExist: boolean; password?: string },
): Promise<XlsxHost> {
  if (!existsSync(file)) {
    if (options.mustExist) throw new WorkbookFileError(file, "no such file");
    return XlsxHost.create();
  }
  const data = await decryptWorkbook(await readFile(file), options.password, file);
  try {
    return await XlsxHost.load(data);
  } catch (cause) {
    throw new WorkbookFileError(file, "not a readable .xlsx workbook", { cause });
  }
}

/**
 * Writes the workbook beside the target and renames it over, so a failure never leaves half a file; encrypted with
 * `password` when one is given.
 */
export async function saveWorkbookFile(
  host: XlsxHost,
  file: string,
  options: { password?: string } = {},
): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const bytes = await host.toBuffer();
    await writeFile(tmp, options.password === undefined ? bytes : encryptWorkbook(bytes, options.password));
    await rename(tmp, file);
  } catch (cause) {
    await rm(tmp, { force: true });
    throw new WorkbookFileError(file, "could not be written", { cause });
  }
}

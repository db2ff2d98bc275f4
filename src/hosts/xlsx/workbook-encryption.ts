/**
 * Password encryption of workbook files (issue 12, source 004 §4 "加密存储"): standard Office encryption
 * (ECMA-376 agile, AES-256 with SHA-512, as Excel writes it) through officecrypto-tool. Node only: the library
 * needs Node's crypto module, which the task pane bundle does not have.
 */
import officeCrypto from "officecrypto-tool";
import { isEncryptedPackage, WorkbookPasswordError } from "./encrypted-package";

/** The .xlsx bytes encrypted with `password`: Excel and LibreOffice ask for it when opening the file. */
export function encryptWorkbook(bytes: Uint8Array, password: string): Uint8Array {
  return new Uint8Array(officeCrypto.encrypt(Buffer.from(bytes), { password }));
}

/**
 * The plain .xlsx bytes of a workbook file: unchanged when it is not encrypted, decrypted with `password` when it is.
 * @throws WorkbookPasswordError naming `file` when the file is encrypted and no password or a wrong one is given.
 */
export async function decryptWorkbook(
  bytes: Uint8Array,
  password: string | undefined,
  file: string,
): Promise<Uint8Array> {
  if (!isEncryptedPackage(bytes)) return bytes;
  if (password === undefined) throw new WorkbookPasswordError(file, "missing");
  try {
    return new Uint8Array(await officeCrypto.decrypt(Buffer.from(bytes), { password }));
  } catch (cause) {
    throw new WorkbookPasswordError(file, "wrong", { cause });
  }
}

/**
 * Issue 12: `share --password` writes the shareable copy with standard Office encryption. Without the password it
 * is refused (by the project's reader and by LibreOffice); with it, both open it, and its content equals the copy
 * written without a password.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/args";
import { readSourceFile } from "../../src/cli/import-command";
import { runInit } from "../../src/cli/init-command";
import { runReport } from "../../src/cli/report-command";
import { runShare } from "../../src/cli/share-command";
import { runValidate } from "../../src/cli/validate-command";
import { isEncryptedPackage, WorkbookPasswordError } from "../../src/hosts/xlsx/encrypted-package";
import { openWorkbookFile } from "../../src/hosts/xlsx/workbook-file";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { TABLE_KEYS } from "../../src/domain/schema";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { openInLibreOffice } from "../support/libreoffice-password";

jest.setTimeout(300_000);

const dir = mkdtempSync(join(tmpdir(), "sqd-share-enc-"));
const book = join(dir, "book.xlsx");
const plain = join(dir, "copy.xlsx");
const encrypted = join(dir, "copy-encrypted.xlsx");
const PASSWORD = "质量管家-Pw#2024";

/** Every sheet of a workbook, cell by cell, as the reader sees it. */
async function contents(host: XlsxHost): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const sheet of await host.sheetNames()) out[sheet] = await host.readSheet(sheet);
  return out;
}

beforeAll(async () => {
  await runInit({ file: book, lang: "zh-CN", demo: { issues: 60, seed: "encrypted" } });
  await runShare(parseArgs(["share", book, "--out", plain], []));
  await runShare(parseArgs(["share", book, "--out", encrypted, "--password", PASSWORD], []));
});

test("the encrypted copy is an Office-encrypted package, the plain copy is not", () => {
  expect(isEncryptedPackage(readFileSync(encrypted))).toBe(true);
  expect(isEncryptedPackage(readFileSync(plain))).toBe(false);
});

test("the project's reader refuses it without the password and with a wrong one", async () => {
  await expect(openWorkbookFile(encrypted, { mustExist: true })).rejects.toMatchObject({
    code: "workbook-password",
    reason: "missing",
  });
  await expect(openWorkbookFile(encrypted, { mustExist: true, password: "wrong" })).rejects.toBeInstanceOf(
    WorkbookPasswordError,
  );
});

test("the project's reader opens it with the password, and its content equals the unencrypted copy", async () => {
  const opened = await openWorkbookFile(encrypted, { mustExist: true, password: PASSWORD });
  const expected = await contents(await XlsxHost.load(readFileSync(plain)));
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(7);
  expect(await contents(opened)).toEqual(expected);
});

test("import opens an encrypted source with --password, and says the password is missing without it", async () => {
  await expect(readSourceFile(encrypted, undefined)).rejects.toThrow(/is encrypted with a password/);
  const source = await readSourceFile(encrypted, undefined, PASSWORD);
  expect(source.kind === "xlsx" && isEncryptedPackage(source.bytes)).toBe(false);
  expect(source.kind).toBe("xlsx");
});

test("LibreOffice refuses it without the password and opens it with the password, with the plain copy's content", async () => {
  expect(openInLibreOffice(encrypted).opened).toBe(false);
  expect(openInLibreOffice(encrypted, "wrong").opened).toBe(false);
  const withPassword = openInLibreOffice(encrypted, PASSWORD);
  const fromPlain = openInLibreOffice(plain);
  expect([withPassword.opened, fromPlain.opened]).toEqual([true, true]);
  const decrypted = await contents(await XlsxHost.load(readFileSync(withPassword.file)));
  expect(decrypted).toEqual(await contents(await XlsxHost.load(readFileSync(fromPlain.file))));
  const recordsOf = async (file: string) => {
    const state = await readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN");
    return TABLE_KEYS.map((k) => state.tables[k]?.records);
  };
  const fromCopy = await recordsOf(plain);
  expect(await recordsOf(withPassword.file)).toEqual(fromCopy);
  expect(fromCopy[0]).toHaveLength(60);
});

test("report and validate open an encrypted workbook with --password, and report saves it encrypted again", async () => {
  const validation = await runValidate({ book: encrypted, password: PASSWORD });
  expect(validation.rowsChecked).toBeGreaterThan(60);
  await expect(runValidate({ book: encrypted })).rejects.toThrow(/is encrypted with a password/);
  const out = join(dir, "reported.xlsx");
  await runReport(parseArgs(["report", encrypted, "--month", "2024-03", "--out", out, "--password", PASSWORD], []));
  expect(isEncryptedPackage(readFileSync(out))).toBe(true);
  const reported = await openWorkbookFile(out, { mustExist: true, password: PASSWORD });
  expect(await reported.sheetNames()).toContain("月报 2024-03");
});

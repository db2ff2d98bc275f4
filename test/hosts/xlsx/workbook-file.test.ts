import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checkOutputPaths,
  OutputPathError,
  ReadOnlyFileError,
  saveWorkbookFile,
  WorkbookFileError,
  writeOutputFiles,
} from "../../../src/hosts/xlsx/workbook-file";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";

/** Issue 10 item 5: saving replaces a file whole or not at all, and leaves no temporary file behind. */

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sqd-file-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("a save that fails while the workbook is being made leaves the file as it was and no temporary file", async () => {
  const file = join(dir, "book.xlsx");
  writeFileSync(file, "the user's workbook");
  const failing = XlsxHost.create();
  jest.spyOn(failing, "toBuffer").mockRejectedValue(new Error("disk full"));
  await expect(saveWorkbookFile(failing, file)).rejects.toThrow("disk full");
  expect(readFileSync(file, "utf8")).toBe("the user's workbook");
  expect(readdirSync(dir)).toEqual(["book.xlsx"]);
});

test("when one output cannot be written, none is replaced and every temporary file is removed", async () => {
  const book = join(dir, "book.xlsx");
  writeFileSync(book, "old workbook");
  writeFileSync(join(dir, "not-a-folder"), "");
  const outputs = [
    { file: book, data: "new workbook" },
    { file: join(dir, "not-a-folder", "summary.json"), data: "{}" },
  ];
  await expect(writeOutputFiles(outputs)).rejects.toBeInstanceOf(WorkbookFileError);
  expect(readFileSync(book, "utf8")).toBe("old workbook");
  expect(readdirSync(dir).sort()).toEqual(["book.xlsx", "not-a-folder"]);
});

test("a saved workbook replaces the old one whole, with the old one's mode", async () => {
  const file = join(dir, "book.xlsx");
  writeFileSync(file, "old");
  chmodSync(file, 0o640);
  await saveWorkbookFile(XlsxHost.create(), file);
  expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  expect(statSync(file).mode & 0o777).toBe(0o640);
  expect(readdirSync(dir)).toEqual(["book.xlsx"]);
});

test("a read-only target is refused by the save itself, even for a caller that did not check it", async () => {
  const file = join(dir, "book.xlsx");
  writeFileSync(file, "old");
  chmodSync(file, 0o444);
  await expect(writeOutputFiles([{ file, data: "new" }])).rejects.toBeInstanceOf(ReadOnlyFileError);
  expect(readFileSync(file, "utf8")).toBe("old");
  expect(readdirSync(dir)).toEqual(["book.xlsx"]);
});

describe("checkOutputPaths", () => {
  test("refuses two outputs that are one file, naming both flags", async () => {
    const file = join(dir, "same.json");
    await expect(
      checkOutputPaths([
        { file, flag: "--out" },
        { file, flag: "--json" },
      ]),
    ).rejects.toThrow(new OutputPathError(file, "--json", "is the same file as --out"));
  });

  test("refuses an output that is a file the operation reads", async () => {
    const source = join(dir, "export.csv");
    writeFileSync(source, "a,b");
    await expect(
      checkOutputPaths([{ file: source, flag: "--json" }], [{ file: source, flag: "--from" }]),
    ).rejects.toThrow(`--json ${source}: is the same file as --from; nothing was written`);
  });

  test("refuses a new file under a path whose parent is a file", async () => {
    writeFileSync(join(dir, "plain"), "");
    const file = join(dir, "plain", "out", "book.xlsx");
    await expect(checkOutputPaths([{ file, flag: "--out" }])).rejects.toThrow(`${join(dir, "plain")} is not a folder`);
  });

  test("accepts a new file in folders still to be made", async () => {
    await expect(
      checkOutputPaths([{ file: join(dir, "a", "b", "book.xlsx"), flag: "--out" }]),
    ).resolves.toBeUndefined();
  });
});

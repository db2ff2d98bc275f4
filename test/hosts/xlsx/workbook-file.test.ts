import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import JSZip from "jszip";
import {
  checkOutputPaths,
  OutputPathError,
  ReadOnlyFileError,
  saveWorkbookFile,
  WorkbookFileError,
  writeOutputFiles,
} from "../../../src/hosts/xlsx/workbook-file";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { nodeDeflate } from "../../../src/hosts/xlsx/node-deflate";
import { demoSeed } from "../../../src/demo/demo-seed";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";

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
  jest.spyOn(failing, "toStream").mockRejectedValue(new Error("disk full"));
  await expect(saveWorkbookFile(failing, file)).rejects.toThrow("disk full");
  expect(readFileSync(file, "utf8")).toBe("the user's workbook");
  expect(readdirSync(dir)).toEqual(["book.xlsx"]);
});

test("a save that fails partway through writing the package leaves the file as it was and no temporary file", async () => {
  const file = join(dir, "book.xlsx");
  writeFileSync(file, "the user's workbook");
  const failing = XlsxHost.create();
  // The package's first bytes, then a failure (the zip is generated as it is read).
  let reads = 0;
  const halfWritten = new Readable({
    read() {
      if (reads++ === 0) this.push(Buffer.from("PK\u0003\u0004 the first part"));
      else this.destroy(new Error("deflate failed"));
    },
  });
  jest.spyOn(failing, "toStream").mockResolvedValue(halfWritten);
  await expect(saveWorkbookFile(failing, file)).rejects.toBeInstanceOf(WorkbookFileError);
  expect(readFileSync(file, "utf8")).toBe("the user's workbook");
  expect(readdirSync(dir)).toEqual(["book.xlsx"]);
});

test("the package streamed into the file holds the parts toBuffer makes, in the same order, byte for byte", async () => {
  const file = join(dir, "book.xlsx");
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN", seed: demoSeed({ issues: 40, seed: "stream" }) });
  await saveWorkbookFile(host, file);
  const parts = async (zip: JSZip) =>
    Promise.all(Object.values(zip.files).map(async (f) => [f.name, f.dir ? "" : await f.async("string")]));
  const streamed = await parts(await JSZip.loadAsync(readFileSync(file)));
  const whole = await parts(await JSZip.loadAsync(await host.toBuffer(nodeDeflate)));
  expect(streamed.map(([name]) => name)).toContain("xl/worksheets/sheet1.xml");
  expect(streamed).toEqual(whole);
});

test("a password-protected save is encrypted whole: a failure making it leaves the file as it was", async () => {
  const file = join(dir, "book.xlsx");
  writeFileSync(file, "the user's workbook");
  const failing = XlsxHost.create();
  jest.spyOn(failing, "toBuffer").mockRejectedValue(new Error("disk full"));
  await expect(saveWorkbookFile(failing, file, [], { password: "secret" })).rejects.toThrow("disk full");
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

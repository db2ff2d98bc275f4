/**
 * Benchmark of Excel's row limit on import (issue 13 item 2, issue 18 item 2): the command-line import into a
 * set-up workbook of a generated CSV of 1,048,577 rows (a header and 1,048,576 ticket lines, about 100 MB) and of an
 * XLSX export of as many rows, with and without its used range stated ahead of the rows, each run as its own process under /usr/bin/time: how long the refusal takes, the
 * process's peak memory, and that it is refused with a message naming Excel's limit and leaves the workbook as it
 * was. The files are written to a temporary folder and removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runInit } from "../src/cli/init-command";

const ROWS = 1_048_577;
const HEADER = ["工单号", "受理时间", "渠道", "问题类别", "紧急程度", "问题描述", "一次性解决", "处理人"];
const LINE = [
  "T2024030001",
  "2024-03-05 09:12",
  "在线客服",
  "产品质量",
  "一般",
  "空调不制冷，已上门检测",
  "是",
  "李工",
];

export interface LimitRefusal {
  readonly rows: number;
  readonly fileBytes: number;
  readonly refused: boolean;
  /** The command's error line. */
  readonly message: string;
  readonly wallSeconds: number;
  readonly peakMemoryMb: number;
  readonly workbookUnchanged: boolean;
}

export interface ImportLimitsBench {
  readonly importLimits: LimitRefusal & { readonly xlsx: LimitRefusal; readonly xlsxWithoutDimension: LimitRefusal };
}

function ticketsCsv(file: string): number {
  const header = Buffer.from(`${HEADER.join(",")}\n`);
  const line = Buffer.from(`${LINE.join(",")}\n`);
  const bytes = Buffer.alloc(header.length + line.length * (ROWS - 1));
  header.copy(bytes, 0);
  for (let i = 0; i < ROWS - 1; i++) line.copy(bytes, header.length + i * line.length);
  writeFileSync(file, bytes);
  return bytes.length;
}

/**
 * A one-sheet export with inline strings, as survey and ticket systems write it; with the used range stated ahead of
 * the rows (`<dimension>`, as Excel writes it) or without (as some exporters write it).
 */
async function ticketsXlsx(file: string, stated: boolean): Promise<number> {
  const dimension = stated ? `<dimension ref="A1:H${String(ROWS)}"/>` : "";
  const ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const pkg = "http://schemas.openxmlformats.org/package/2006";
  const cells = (values: readonly string[]) => values.map((v) => `<c t="inlineStr"><is><t>${v}</t></is></c>`).join("");
  const line = cells(LINE);
  const rows = [`<row r="1">${cells(HEADER)}</row>`];
  for (let r = 2; r <= ROWS; r++) rows.push(`<row r="${String(r)}">${line}</row>`);
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="工单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns="${ns}">${dimension}<sheetData>${rows.join("")}</sheetData></worksheet>`,
  );
  const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  writeFileSync(file, bytes);
  return bytes.length;
}

function refuse(book: string, source: string, fileBytes: number): LimitRefusal {
  const before = readFileSync(book);
  const tsx = join(__dirname, "../node_modules/.bin/tsx");
  const cli = join(__dirname, "../src/cli/main.ts");
  const run = spawnSync(
    "/usr/bin/time",
    ["-f", "TIME %e %M", tsx, cli, "import", book, "--into", "issues", "--from", source],
    { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
  );
  const timing = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  if (!timing) throw new Error(`no timing from /usr/bin/time: ${run.stderr}`);
  const message = run.stderr.split("\n").find((l) => l.includes("1,048,576")) ?? run.stderr.split("\n")[0] ?? "";
  const refusal = {
    rows: ROWS,
    fileBytes,
    refused: run.status !== 0 && message.includes("1,048,576"),
    message,
    wallSeconds: Number(timing[1]),
    peakMemoryMb: Math.round(Number(timing[2]) / 1024),
    workbookUnchanged: readFileSync(book).equals(before),
  };
  console.log(
    `${source.replace(/^.*\//, "")} (${ROWS.toLocaleString("en-US")} rows, ${Math.round(fileBytes / 2 ** 20)} MB): ` +
      `${refusal.refused ? "refused" : "NOT REFUSED"} in ${refusal.wallSeconds} s, peak RSS ${refusal.peakMemoryMb} MB`,
  );
  return refusal;
}

export async function benchImportLimits(): Promise<ImportLimitsBench> {
  const dir = mkdtempSync(join(tmpdir(), "sqd-import-limits-"));
  try {
    const book = join(dir, "book.xlsx");
    await runInit({ file: book, lang: "zh-CN" });
    const csv = join(dir, "tickets.csv");
    const csvRefusal = refuse(book, csv, ticketsCsv(csv));
    rmSync(csv);
    const xlsx = join(dir, "tickets.xlsx");
    const xlsxRefusal = refuse(book, xlsx, await ticketsXlsx(xlsx, true));
    const bare = join(dir, "tickets-without-dimension.xlsx");
    const bareRefusal = refuse(book, bare, await ticketsXlsx(bare, false));
    return { importLimits: { ...csvRefusal, xlsx: xlsxRefusal, xlsxWithoutDimension: bareRefusal } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

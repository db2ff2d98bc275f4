/**
 * Benchmark of Excel's row limit on import (issue 13 item 2, issue 18 acceptance): the command-line import into a
 * set-up workbook of a generated CSV of 1,048,576 ticket lines under a header (about 100 MB) and of an XLSX export of
 * as many rows, with and without its used range stated ahead of the rows, each run as its own process with Node's
 * default heap limit (as a user runs it): whether it was imported (within scaleLargePeakRssMB of bench/budgets.json),
 * refused with a message naming Excel's limit (the workbook left as it was), or failed (an abort: never acceptable),
 * with its time and peak memory. The files are written to a temporary folder and removed afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runInit } from "../src/cli/init-command";
import budgets from "./budgets.json";
import { measureWithOutput, ROOT } from "./scale/measure";
import type { Run } from "./scale/measure";

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

export interface LimitCase {
  /** Data rows under the header. */
  readonly dataRows: number;
  readonly fileMB: number;
  /** "imported" (exit 0), "refused" (exit 2, the message names Excel's 1,048,576 rows) or "failed" (anything else). */
  readonly result: "imported" | "refused" | "failed";
  readonly run: Run;
  /** The command's error line naming the limit, or its last error lines. */
  readonly message: string;
  readonly workbookUnchanged: boolean;
  /** Issue 18: imported within scaleLargePeakRssMB, or refused naming the limit — never an abort. */
  readonly met: boolean;
}

export interface ImportLimitsBench {
  readonly importLimits: {
    readonly csv: LimitCase;
    readonly xlsx: LimitCase;
    readonly xlsxWithoutDimension: LimitCase;
  };
}

function ticketsCsv(file: string): void {
  const header = Buffer.from(`${HEADER.join(",")}\n`);
  const line = Buffer.from(`${LINE.join(",")}\n`);
  const bytes = Buffer.alloc(header.length + line.length * (ROWS - 1));
  header.copy(bytes, 0);
  for (let i = 0; i < ROWS - 1; i++) line.copy(bytes, header.length + i * line.length);
  writeFileSync(file, bytes);
}

/**
 * A one-sheet export with inline strings, as survey and ticket systems write it; with the used range stated ahead of
 * the rows (`<dimension>`, as Excel writes it) or without (as some exporters write it).
 */
async function ticketsXlsx(file: string, stated: boolean): Promise<void> {
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
}

const CLI = join(ROOT, "src", "cli", "main.ts");

async function importAtLimit(book: string, source: string, dir: string): Promise<LimitCase> {
  const before = readFileSync(book);
  const limit = Number(process.env["BENCH_LIMITS_LIMIT_S"] ?? 1800);
  const { run, code, stderr } = await measureWithOutput(
    CLI,
    ["import", book, "--into", "issues", "--from", source],
    dir,
    limit,
  );
  const named = stderr.split("\n").find((l) => l.includes("1,048,576"));
  const result = run.outcome === "ok" ? "imported" : code === 2 && named !== undefined ? "refused" : "failed";
  const figure: LimitCase = {
    dataRows: ROWS - 1,
    fileMB: Math.round((statSync(source).size / 2 ** 20) * 10) / 10,
    result,
    run,
    message: named ?? stderr.trim().split("\n").slice(-3).join(" | "),
    workbookUnchanged: readFileSync(book).equals(before),
    met:
      result === "refused"
        ? readFileSync(book).equals(before)
        : result === "imported" && run.peakRssMB <= budgets.scaleLargePeakRssMB,
  };
  console.log(
    `${source.replace(/^.*\//, "")} (${figure.dataRows.toLocaleString("en-US")} data rows, ${String(figure.fileMB)} MB): ` +
      `${result} in ${String(run.seconds)} s, peak RSS ${String(run.peakRssMB)} MB` +
      `${result === "imported" ? "" : ` — ${figure.message}`} → ${figure.met ? "met" : "NOT MET"}`,
  );
  return figure;
}

export async function benchImportLimits(): Promise<ImportLimitsBench> {
  const dir = mkdtempSync(join(tmpdir(), "sqd-import-limits-"));
  try {
    const book = join(dir, "book.xlsx");
    await runInit({ file: book, lang: "zh-CN" });
    const csvFile = join(dir, "tickets.csv");
    ticketsCsv(csvFile);
    const csv = await importAtLimit(book, csvFile, dir);
    rmSync(csvFile);
    const xlsxFile = join(dir, "tickets.xlsx");
    await ticketsXlsx(xlsxFile, true);
    const xlsx = await importAtLimit(book, xlsxFile, dir);
    rmSync(xlsxFile);
    const bareFile = join(dir, "tickets-without-dimension.xlsx");
    await ticketsXlsx(bareFile, false);
    const xlsxWithoutDimension = await importAtLimit(book, bareFile, dir);
    return { importLimits: { csv, xlsx, xlsxWithoutDimension } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * An XLSX export read row by row (issue 13 items 2 and 3), without building a workbook model: the package's
 * workbook, shared strings, number formats and one sheet's XML, parsed by saxes. What a survey or ticket system
 * writes is read as Excel shows it:
 * - a cell is placed by its `r` attribute, or after the previous one when it has none (some writers omit it);
 * - shared, inline and rich text give their text (a hyperlink cell's text too); booleans TRUE/FALSE; errors as
 *   written (#N/A);
 * - a formula gives its cached value; one without a cached value is reported, never read as a blank;
 * - dates in the 1904 date system come back as 1900-system serials, like every other date;
 * - merged cells give the merged value in every cell they cover (a two-row header);
 * - Excel's row and column limits are checked as rows arrive.
 * Every part is inflated and parsed as a stream of chunks (JSZip's internalStream into saxes), so a sheet's XML is
 * never whole in memory, and a sheet past Excel's rows is refused as soon as that row arrives.
 */
import JSZip from "jszip";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellValue } from "../domain/schema/types";
import { columnLetter, parseAddress } from "../workbook/a1";
import { ImportSourceError, type SourceErrorReason, type SourceLocation } from "./errors";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "./excel-limits";
import { isDateFormat } from "./number-formats";
import { resolveTarget } from "../hosts/xlsx/part-paths";

export interface XlsxSheetCells {
  readonly sheet: string;
  readonly rows: (readonly CellValue[])[];
  /** 1-based row and column of formula cells without a cached value. */
  readonly uncachedFormulas: readonly { readonly row: number; readonly column: number }[];
  readonly date1904: boolean;
}

/** Days from 1900-01-00 (Excel's 1900 system, its leap day included) to 1904-01-01. */
const DAYS_1900_TO_1904 = 1462;

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * The cells of one sheet (`sheet`, or the first).
 * @throws ImportSourceError when the package is not a workbook, has no such sheet, or the sheet is larger than
 *   Excel's limits.
 */
export async function readXlsxSheet(file: string, bytes: Uint8Array, sheet?: string): Promise<XlsxSheetCells> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (cause) {
    throw new ImportSourceError({ file }, "not a readable .xlsx workbook", "an .xlsx file saved by Excel", {
      cause,
      reason: { kind: "notWorkbook" },
    });
  }
  const workbookXml = await text(zip, "xl/workbook.xml");
  if (workbookXml === undefined) {
    throw new ImportSourceError({ file }, "not a readable .xlsx workbook", "an .xlsx file saved by Excel", {
      reason: { kind: "notWorkbook" },
    });
  }
  const book = readWorkbook(workbookXml, (await text(zip, "xl/_rels/workbook.xml.rels")) ?? "");
  const chosen = sheet === undefined ? book.sheets[0] : book.sheets.find((s) => s.name === sheet);
  const sheetPart = chosen && zip.file(chosen.part);
  if (!chosen || !sheetPart) {
    throw new ImportSourceError(
      { file, sheet },
      sheet === undefined ? "the workbook has no sheet" : `no sheet named "${sheet}"`,
      `one of the sheets ${book.sheets.map((s) => `"${s.name}"`).join(", ") || "(none)"}`,
      { reason: { kind: "noSheet", sheets: book.sheets.map((s) => s.name) } },
    );
  }
  const strings = await readSharedStrings(zip.file(book.sharedStrings));
  const dateStyles = await readDateStyles(zip.file(book.styles));
  const cells = await readCells(file, chosen.name, sheetPart, { strings, dateStyles, date1904: book.date1904 });
  return { sheet: chosen.name, ...cells, date1904: book.date1904 };
}

const text = async (zip: JSZip, path: string) => zip.file(path)?.async("string");

type Handlers = {
  open?: (tag: SaxesTagPlain) => void;
  text?: (t: string) => void;
  close?: (name: string) => void;
};

/** JSZip's documented chunked reader of one entry (ZipObject#internalStream), which its typings leave out. */
interface StreamedEntry {
  internalStream(type: "string"): JSZip.JSZipStreamHelper<string>;
}

/**
 * Parses a zip entry's XML as JSZip inflates it, chunk by chunk. A handler that throws stops the stream and
 * rejects with its error.
 */
function parseEntry(entry: JSZip.JSZipObject, handlers: Handlers): Promise<void> {
  const parser = saxes(handlers);
  const stream = (entry as unknown as StreamedEntry).internalStream("string");
  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      stream.pause();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream
      .on("data", (chunk) => {
        if (failed) return;
        try {
          parser.write(chunk);
        } catch (error) {
          fail(error);
        }
      })
      .on("error", fail)
      .on("end", () => {
        if (failed) return;
        try {
          parser.close();
          resolve();
        } catch (error) {
          fail(error);
        }
      })
      .resume();
  });
}

function parse(xml: string, handlers: Handlers): void {
  saxes(handlers).write(xml).close();
}

function saxes(handlers: Handlers): SaxesParser {
  const parser = new SaxesParser();
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => open(tag));
  }
  if (handlers.text) {
    const onText = handlers.text;
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  return parser;
}

function readWorkbook(xml: string, relsXml: string) {
  const targets = new Map<string, string>();
  const byType = new Map<string, string>();
  parse(relsXml, {
    open: (tag) => {
      if (local(tag.name) !== "Relationship") return;
      const target = resolveTarget("xl/workbook.xml", String(tag.attributes["Target"]));
      targets.set(String(tag.attributes["Id"]), target);
      byType.set(String(tag.attributes["Type"]).replace(/^.*\//, ""), target);
    },
  });
  const sheets: { name: string; part: string }[] = [];
  let date1904 = false;
  parse(xml, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "workbookPr") date1904 = ["1", "true"].includes(String(tag.attributes["date1904"] ?? ""));
      if (name !== "sheet") return;
      const rid = Object.entries(tag.attributes).find(([k]) => k !== "sheetId" && local(k) === "id")?.[1];
      const part = targets.get(String(rid));
      if (part !== undefined) sheets.push({ name: String(tag.attributes["name"]), part });
    },
  });
  return {
    sheets,
    date1904,
    sharedStrings: byType.get("sharedStrings") ?? "xl/sharedStrings.xml",
    styles: byType.get("styles") ?? "xl/styles.xml",
  };
}

/** Shared strings as plain text: runs joined, phonetic runs left out. */
async function readSharedStrings(entry: JSZip.JSZipObject | null): Promise<string[]> {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  if (!entry) return strings;
  await parseEntry(entry, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "si") current = "";
      if (name === "rPh") phonetic++;
      if (name === "t") inText = phonetic === 0;
    },
    text: (t) => {
      if (inText) current += t;
    },
    close: (name) => {
      if (name === "t") inText = false;
      if (name === "rPh") phonetic--;
      if (name === "si") strings.push(current);
    },
  });
  return strings;
}

/** Indexes of the cell formats (cellXfs) that show a date or time. */
async function readDateStyles(entry: JSZip.JSZipObject | null): Promise<Set<number>> {
  const custom = new Map<number, string>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let xf = 0;
  if (!entry) return dates;
  await parseEntry(entry, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === "numFmt") custom.set(Number(tag.attributes["numFmtId"]), String(tag.attributes["formatCode"] ?? ""));
      if (name === "cellXfs") inCellXfs = true;
      if (name === "xf" && inCellXfs) {
        if (isDateFormat(Number(tag.attributes["numFmtId"] ?? 0), custom)) dates.add(xf);
        xf++;
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}

interface CellContext {
  readonly strings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** The sheet's cells as rows; row i is sheet row i + 1. */
async function readCells(file: string, sheet: string, entry: JSZip.JSZipObject, ctx: CellContext) {
  const rows: CellValue[][] = [];
  const uncachedFormulas: { row: number; column: number }[] = [];
  const merges: string[] = [];
  let row = 0;
  let col = 0;
  let cell: { type: string; style: number; formula: boolean; value: string | undefined; inline: string } | undefined;
  let reading: "v" | "t" | undefined;
  await parseEntry(entry, {
    open: (tag) => {
      const name = local(tag.name);
      const a = tag.attributes;
      if (name === "dimension") {
        // The used range a writer states ahead of the rows (Excel's own files do): past the limit, no row is read.
        const last = /(\d+)$/.exec(String(a["ref"] ?? ""))?.[1];
        if (last !== undefined && Number(last) > EXCEL_MAX_ROWS) {
          const limit = `Excel's ${EXCEL_MAX_ROWS.toLocaleString("en-US")} rows`;
          tooLarge({ file, sheet, row: Number(last) }, `row ${last}`, limit, {
            kind: "tooManyRows",
            limit: EXCEL_MAX_ROWS,
          });
        }
      } else if (name === "row") {
        row = a["r"] === undefined ? row + 1 : Number(a["r"]);
        col = 0;
        if (row > EXCEL_MAX_ROWS) {
          const limit = `Excel's ${EXCEL_MAX_ROWS.toLocaleString("en-US")} rows`;
          const where = { file, sheet, row };
          tooLarge(where, `row ${String(row)}`, limit, { kind: "tooManyRows", limit: EXCEL_MAX_ROWS });
        }
      } else if (name === "c") {
        if (a["r"] === undefined) col++;
        else ({ col } = parseAddress(String(a["r"])));
        if (col > EXCEL_MAX_COLUMNS) {
          const limit = `Excel's ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} columns`;
          const reason = { kind: "tooManyColumns", limit: EXCEL_MAX_COLUMNS, columns: col } as const;
          tooLarge({ file, sheet, row, column: columnLetter(col) }, `column ${String(col)}`, limit, reason);
        }
        cell = {
          type: String(a["t"] ?? "n"),
          style: Number(a["s"] ?? 0),
          formula: false,
          value: undefined,
          inline: "",
        };
      } else if (name === "f" && cell) cell.formula = true;
      else if (name === "v" && cell) reading = "v";
      else if (name === "t" && cell) reading = "t";
      else if (name === "mergeCell") merges.push(String(a["ref"] ?? ""));
    },
    text: (t) => {
      if (!cell || reading === undefined) return;
      if (reading === "v") cell.value = (cell.value ?? "") + t;
      else cell.inline += t;
    },
    close: (name) => {
      if (name === "v" || name === "t") reading = undefined;
      if (name !== "c" || !cell) return;
      if (cell.formula && cell.value === undefined) uncachedFormulas.push({ row, column: col });
      const value = cellValue(cell, ctx);
      if (value !== undefined) (rows[row - 1] ??= [])[col - 1] = value;
      cell = undefined;
    },
  });
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  fillMerges(rows, merges);
  return { rows, uncachedFormulas };
}

function cellValue(
  cell: { type: string; style: number; value: string | undefined; inline: string },
  ctx: CellContext,
): CellValue {
  const v = cell.value;
  switch (cell.type) {
    case "s":
      return v === undefined ? undefined : ctx.strings[Number(v)] || undefined;
    case "inlineStr":
      return cell.inline || undefined;
    case "str":
      return v || undefined;
    case "b":
      return v === undefined ? undefined : v === "1" ? "TRUE" : "FALSE";
    case "e":
      return v;
    default: {
      if (v === undefined || v === "") return undefined;
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return ctx.date1904 && ctx.dateStyles.has(cell.style) ? n + DAYS_1900_TO_1904 : n;
    }
  }
}

/** Every cell a merged area covers takes the value of its top-left cell. */
function fillMerges(rows: CellValue[][], merges: readonly string[]): void {
  for (const ref of merges) {
    const [from = "A1", to = from] = ref.split(":");
    const a = parseAddress(from);
    const b = parseAddress(to);
    const value = rows[a.row - 1]?.[a.col - 1];
    if (value === undefined) continue;
    for (let r = a.row; r <= b.row; r++) {
      const cells = (rows[r - 1] ??= []);
      for (let c = a.col; c <= b.col; c++) cells[c - 1] = value;
    }
  }
}

function tooLarge(where: SourceLocation, what: string, limit: string, reason: SourceErrorReason): never {
  throw new ImportSourceError(where, `the sheet goes beyond ${what}`, `at most ${limit} per sheet`, { reason });
}

import type ExcelJS from "exceljs";
import RowXform from "exceljs/lib/xlsx/xform/sheet/row-xform";
import XmlStream from "exceljs/lib/utils/xml-stream";
import JSZip from "jszip";
import { partContent } from "./chunk-stream";
import { internals } from "./exceljs-internals";
import type { PartDeflater } from "./part-deflate";
import type { SheetRows, StoredRow, StylePalette } from "./row-store";
import type { Registers } from "./stored-row-xml";
import { StoredRowXml } from "./stored-row-xml";
import type { SharedStrings } from "./shared-strings-part";
import { sharedStringsChunks } from "./shared-strings-part";
import { indexSharedStringsInMap } from "./shared-strings-index";
import type { CellModel } from "./quote-prefix";
import { needsQuotePrefix, prefixedStyles } from "./quote-prefix";

/**
 * Rows rendered into one chunk of a sheet's XML. Small, so a chunk's strings and row models die young: a block of
 * 2,000 rows outlived the young generation and was promoted, and each full collection then marked the whole
 * workbook model again (at 20,000 issues a save took 26 s, 9 of them collecting; with 100 rows 13–17 s, 3–5).
 */
const BLOCK_ROWS = 100;

interface RowModel {
  number: number;
  min: number;
  max: number;
  cells: CellModel[];
}

interface SheetModel {
  id: number;
  name: string;
  rows: unknown;
  dimensions: { expand(top: number, left: number, bottom: number, right: number): void };
}

interface WriteModel {
  worksheets: SheetModel[];
  sharedStrings: SharedStrings;
  styles: unknown;
}

/** The row store's rows of each worksheet (by worksheet id) and the palette of their formats. */
export interface StoredSheets {
  rows(sheetId: number): SheetRows | undefined;
  palette: StylePalette;
}

/** A row to write, from ExcelJS's model or the row store. */
type SheetRow = { number: number; excel: RowModel; stored?: undefined } | { number: number; stored: StoredRow };

type PartWriter = { append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void };

/** ExcelJS 4.4's package writer (workbook.xlsx): the steps of its write(), each of which is used as it is. */
interface XlsxInternals {
  prepareModel(model: WriteModel, options: object): void;
  addContentTypes(zip: PartWriter, model: WriteModel): Promise<void>;
  addOfficeRels(zip: PartWriter, model: WriteModel): Promise<void>;
  addWorkbookRels(zip: PartWriter, model: WriteModel): Promise<void>;
  addWorksheets(zip: PartWriter, model: WriteModel): Promise<void>;
  addSharedStrings(zip: PartWriter, model: WriteModel): Promise<void>;
  addDrawings(zip: PartWriter, model: WriteModel): Promise<void>;
  addTables(zip: PartWriter, model: WriteModel): Promise<void>;
  addThemes(zip: PartWriter, model: WriteModel): Promise<void>;
  addStyles(zip: PartWriter, model: WriteModel): Promise<void>;
  addMedia(zip: PartWriter, model: WriteModel): Promise<void>;
  addApp(zip: PartWriter, model: WriteModel): Promise<void>;
  addCore(zip: PartWriter, model: WriteModel): Promise<void>;
  addWorkbook(zip: PartWriter, model: WriteModel): Promise<void>;
}

const EMPTY_SHEET_DATA = "<sheetData/>";
const STYLES = "xl/styles.xml";
const SHARED_STRINGS = "xl/sharedStrings.xml";

/**
 * The workbook's package, with every worksheet's rows streamed: ExcelJS's own writer renders everything but the
 * rows (workbook, styles, shared strings, tables, validations, conditional formats, views, comments), from a model
 * that leaves the rows out, and each sheet's `<sheetData>` is rendered row block by row block while JSZip
 * compresses it, by ExcelJS's own row and cell serialisers. Neither the whole sheet XML nor a model of every row
 * is ever in memory, so a sheet of N rows costs O(N) time and O(block) memory on top of the workbook itself.
 * Every sheet of every size goes this one way.
 *
 * The rows are walked twice: first to register their styles, shared strings, hyperlinks, comments and merges
 * (ExcelJS's prepare step, which must be complete before styles.xml and sharedStrings.xml are written), then to
 * render them, prepared again with the same (now complete) registers so they get the same ids. Rows the row store
 * holds (row-store.ts) are merged in row order and written by its own serialiser (stored-row-xml.ts), which
 * registers their formats and texts in the first walk too. The first walk also
 * notes the formats of text cells that need Excel's quote prefix (quote-prefix.ts); their prefixed copies are added
 * to styles.xml before any row is rendered, and the second walk gives those cells the copy.
 *
 * `finish` edits the small parts (the package extras) before the sheets' rows are joined to them. With `deflate`
 * (a native deflate, part-deflate.ts) every part is deflated by it as it is made, the sheets chunk by chunk;
 * without, JSZip deflates them.
 */
export async function streamedPackage(
  workbook: ExcelJS.Workbook,
  finish: (zip: JSZip) => Promise<void>,
  deflate?: PartDeflater,
  stored?: StoredSheets,
): Promise<Uint8Array> {
  const zip = await streamedZip(workbook, finish, deflate, stored);
  return zip.generateAsync({ type: "uint8array", ...GENERATE });
}

/** How the package's zip is made, whole (generateAsync) or as a stream (generateNodeStream): the same bytes. */
export const GENERATE = { compression: "DEFLATE" } as const;

/**
 * The package as streamedPackage makes it, before its zip is generated: its sheets deflated already (with `deflate`),
 * or streams JSZip pulls as it generates the zip.
 */
export async function streamedZip(
  workbook: ExcelJS.Workbook,
  finish: (zip: JSZip) => Promise<void>,
  deflate?: PartDeflater,
  stored?: StoredSheets,
): Promise<JSZip> {
  indexSharedStringsInMap();
  const xlsx = workbook.xlsx as unknown as XlsxInternals;
  const sheets = new Map(workbook.worksheets.map((ws) => [ws.id, internals(ws)]));
  const rowsOf = new Map([...sheets].map(([id, ws]) => [id, ws._rows]));
  for (const ws of sheets.values()) ws._rows = [];
  let model: WriteModel;
  try {
    model = workbook.model as unknown as WriteModel;
  } finally {
    for (const [id, ws] of sheets) ws._rows = rowsOf.get(id) ?? [];
  }
  const riskyStyles = new Set<number>();
  const writeModel = model;
  const storedXml = stored && new StoredRowXml(stored.palette, () => writeModel as unknown as Registers);
  for (const sheet of model.worksheets) {
    const rows = rowsOf.get(sheet.id) ?? [];
    const held = stored?.rows(sheet.id);
    sheet.rows = {
      forEach(visit: (row: RowModel) => void) {
        for (const row of sheetRows(sheet.name, rows, held)) {
          if (row.stored) {
            const span = storedXml?.register(sheet.name, row.number, row.stored, riskyStyles);
            if (span) sheet.dimensions.expand(row.number, span.min, row.number, span.max);
            continue;
          }
          const { excel } = row;
          sheet.dimensions.expand(excel.number, excel.min, excel.number, excel.max);
          visit(excel);
          for (const cell of excel.cells) if (needsQuotePrefix(cell)) riskyStyles.add(cell.styleId ?? 0);
        }
      },
    };
  }
  xlsx.prepareModel(model, {});
  for (const sheet of model.worksheets) sheet.rows = [];

  const encoder = utf8Encoder();
  const streamed = new Set<string>();
  const zip = new JSZip();
  const parts: PartWriter = {
    append: (data, { name, base64 }) => void zip.file(name, data, base64 ? { base64: true } : {}),
  };
  await xlsx.addContentTypes(parts, model);
  await xlsx.addOfficeRels(parts, model);
  await xlsx.addWorkbookRels(parts, model);
  await xlsx.addWorksheets(parts, model);
  // ExcelJS's addSharedStrings, its XML streamed chunk by chunk instead of built whole.
  if (model.sharedStrings.count) {
    const chunks = sharedStringsChunks(model.sharedStrings, (text) => encoder.encode(text));
    zip.file(SHARED_STRINGS, deflate ? await deflate(chunks) : partContent(chunks));
    streamed.add(SHARED_STRINGS);
  }
  await xlsx.addDrawings(parts, model);
  await xlsx.addTables(parts, model);
  await xlsx.addThemes(parts, model);
  await xlsx.addStyles(parts, model);
  await xlsx.addMedia(parts, model);
  await xlsx.addApp(parts, model);
  await xlsx.addCore(parts, model);
  await xlsx.addWorkbook(parts, model);
  const styles = prefixedStyles((await zip.file(STYLES)?.async("string")) ?? "", riskyStyles);
  if (styles.copies.size > 0) zip.file(STYLES, styles.xml);
  await finish(zip);

  for (const sheet of model.worksheets) {
    const name = `xl/worksheets/sheet${sheet.id}.xml`;
    const xml = (await zip.file(name)?.async("string")) ?? "";
    const at = xml.indexOf(EMPTY_SHEET_DATA);
    const rows = rowsOf.get(sheet.id) ?? [];
    const held = stored?.rows(sheet.id);
    if (at < 0 || (!rows.some(Boolean) && !held?.size)) continue;
    const head = xml.slice(0, at);
    const tail = xml.slice(at + EMPTY_SHEET_DATA.length);
    const all = sheetRows(sheet.name, rows, held);
    const chunks = sheetChunks(head, all, tail, model, styles.copies, storedXml);
    zip.file(name, deflate ? await deflate(chunks) : partContent(chunks));
    streamed.add(name);
  }
  if (deflate) {
    for (const entry of Object.values(zip.files)) {
      if (entry.dir || streamed.has(entry.name)) continue;
      zip.file(entry.name, await deflate([await entry.async("uint8array")]));
    }
  }
  return zip;
}

/** Each row's model, made when it is reached and dropped after (ExcelJS's model getter makes all at once). */
function* rowModels(rows: readonly (ExcelJS.Row | undefined)[]): Generator<RowModel> {
  for (const row of rows) {
    const model = row?.model as RowModel | null | undefined;
    if (model) yield model;
  }
}

/**
 * A sheet's rows in row order: ExcelJS's (those with a model) and the row store's merged.
 * @throws Error when both hold the same row (the host keeps each row in one place: a bug, not a user's file)
 */
function* sheetRows(
  sheet: string,
  rows: readonly (ExcelJS.Row | undefined)[],
  held: SheetRows | undefined,
): Generator<SheetRow> {
  const excel = rowModels(rows);
  const store = held?.entries();
  let e = excel.next();
  let s = store?.next();
  while (!e.done || (s && !s.done)) {
    if (!s || s.done || (!e.done && e.value.number < s.value[0])) {
      if (e.done) break;
      yield { number: e.value.number, excel: e.value };
      e = excel.next();
    } else if (e.done || s.value[0] < e.value.number) {
      if (StoredRowXml.written(s.value[1])) yield { number: s.value[0], stored: s.value[1] };
      s = store?.next();
    } else {
      throw new Error(`sheet ${sheet} row ${String(e.value.number)} is held both by ExcelJS and by the row store`);
    }
  }
}

function* sheetChunks(
  head: string,
  rows: Iterable<SheetRow>,
  tail: string,
  model: WriteModel,
  quotePrefixed: ReadonlyMap<number, number>,
  storedXml: StoredRowXml | undefined,
): Generator<Uint8Array> {
  const encoder = utf8Encoder();
  const rowXform = new RowXform();
  // Registers already hold every style and string; the other collections were taken in the first walk.
  const options = {
    styles: model.styles,
    sharedStrings: model.sharedStrings,
    hyperlinks: [],
    comments: [],
    merges: { add: () => undefined },
    formulae: {},
    siFormulae: 0,
  };
  yield encoder.encode(`${head}<sheetData>`);
  let xml = new XmlStream();
  let inBlock = 0;
  for (const next of rows) {
    if (next.stored) {
      xml.writeXml(storedXml?.render(next.number, next.stored, quotePrefixed) ?? "");
    } else {
      const row = next.excel;
      rowXform.prepare(row, options);
      for (const cell of row.cells) {
        if (needsQuotePrefix(cell)) cell.styleId = quotePrefixed.get(cell.styleId ?? 0) ?? cell.styleId;
      }
      rowXform.render(xml, row, options);
    }
    if (++inBlock === BLOCK_ROWS) {
      yield encoder.encode(xml.xml);
      xml = new XmlStream();
      inBlock = 0;
    }
  }
  yield encoder.encode(`${xml.xml}</sheetData>${tail}`);
}

/** UTF-8 bytes of a text: TextEncoder where there is one, Node's Buffer in a test DOM without it (jsdom). */
function utf8Encoder(): { encode(text: string): Uint8Array } {
  if (typeof TextEncoder !== "undefined") return new TextEncoder();
  return { encode: (text) => Buffer.from(text, "utf8") };
}

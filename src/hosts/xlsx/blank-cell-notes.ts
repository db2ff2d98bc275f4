import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";
import { parseAddress } from "../../workbook/a1";

const COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;
/** ExcelJS's ValueType.Null. */
const NULL_CELL = 0;

/** What ExcelJS 4.4's worksheet reader holds when it joins a sheet's rows with its comments part. */
interface CellModel {
  address: string;
  type: number;
}
interface RowModel {
  number: number;
  min?: number;
  max?: number;
  cells: (CellModel | undefined)[];
}
interface SheetModel {
  rows?: (RowModel | undefined)[];
  relationships?: { Type: string; Target: string }[];
}
interface ReadOptions {
  comments: Record<string, { comments?: { ref?: string }[] } | undefined>;
}

let kept = false;

/**
 * Makes ExcelJS keep a note on a blank cell when it reads a sheet. It attaches each note to the cell of its `ref`
 * as it reconciles the sheet's `<c>` elements, and Excel writes no `<c>` for a blank, unformatted cell that has a
 * note, so such a note was dropped on open and gone from the next save. Before the reconcile, each note's cell is
 * added to its row as a blank cell (and its row, if the sheet has none): the note then lands on it as on any other.
 * Installed once, for every sheet.
 */
export function keepBlankCellNotes(): void {
  if (kept) return;
  kept = true;
  const reconcile = WorksheetXform.prototype.reconcile;
  WorksheetXform.prototype.reconcile = function (this: WorksheetXform, model: object, options: object): void {
    addNoteCells(model as SheetModel, options as ReadOptions);
    reconcile.call(this, model, options);
  };
}

function addNoteCells(model: SheetModel, options: ReadOptions): void {
  const refs = (model.relationships ?? [])
    .filter((rel) => rel.Type === COMMENTS)
    .flatMap((rel) => options.comments[rel.Target]?.comments ?? [])
    // A ref that is not one cell is left to ExcelJS, which drops it as before.
    .flatMap((comment) => (comment.ref && CELL.test(comment.ref) ? [comment.ref] : []));
  if (refs.length === 0) return;
  const rows = (model.rows ??= []);
  const byNumber = new Map<number, RowModel>();
  for (const row of rows) if (row) byNumber.set(row.number, row);
  for (const ref of refs) {
    const { row: r, col } = parseAddress(ref);
    const address = ref.replace(/\$/g, "").toUpperCase();
    let row = byNumber.get(r);
    if (!row) {
      row = { number: r, min: col, max: col, cells: [] };
      byNumber.set(r, row);
      rows.push(row);
    }
    // A row whose cells have no addresses (some writers leave `r` out) is ExcelJS's to place: nothing is added to it.
    if (row.cells.some((cell) => cell && (cell.address === address || !cell.address))) continue;
    row.cells.push({ address, type: NULL_CELL });
  }
  rows.sort((a, b) => (a?.number ?? 0) - (b?.number ?? 0));
}

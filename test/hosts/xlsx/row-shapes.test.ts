import ExcelJS from "exceljs";
import { RowShapes, SheetRows, StylePalette, type StoredRow } from "../../../src/hosts/xlsx/row-store";
import { SheetCells } from "../../../src/hosts/xlsx/sheet-cells";

/**
 * Rows read into the row store share one frozen formats array and one frozen formulas array among the rows that
 * have the same (issue 18: the store's memory per row bounds opening a big workbook), and a write into one of them
 * still changes that row only.
 */
const readRow = (values: StoredRow["values"], styles: number[], formulas?: (string | undefined)[]): StoredRow => {
  const row: StoredRow = { attrs: "", values: [], styles: [] };
  values.forEach((v, i) => (row.values[i] = v));
  styles.forEach((s, i) => (row.styles[i] = s));
  if (formulas) row.formulas = [...formulas];
  return row;
};

test("rows with the same formats and formulas share one frozen array of each; others keep their own", () => {
  const shapes = new RowShapes();
  const a = shapes.compact(readRow(["a", 1, 2], [0, 3, 4], [undefined, undefined, "B2*2"]));
  const b = shapes.compact(readRow(["b", 5, 10], [0, 3, 4], [undefined, undefined, "B2*2"]));
  const c = shapes.compact(readRow(["c", 7], [0, 5], [undefined, "A1"]));
  const d = shapes.compact(readRow(["d", 8, 16], [0, 3, 4], [undefined, undefined, "B2*2"]));
  expect(b.styles).toBe(a.styles);
  expect(b.formulas).toBe(a.formulas);
  expect(d.styles).toBe(a.styles);
  expect(d.formulas).toBe(a.formulas);
  expect(Object.isFrozen(a.styles)).toBe(true);
  expect(Object.isFrozen(a.formulas)).toBe(true);
  expect(c.styles).not.toBe(a.styles);
  expect(c.styles).toEqual([0, 5]);
  expect(c.formulas).toEqual([undefined, "A1"]);
  expect([a.values, b.values, c.values, d.values]).toEqual([
    ["a", 1, 2],
    ["b", 5, 10],
    ["c", 7],
    ["d", 8, 16],
  ]);
});

test("a write into a row that shares its formats and formulas changes that row only", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getColumn(4).numFmt = "0.00";
  const palette = new StylePalette();
  const bold = palette.add({ font: { bold: true } });
  const shapes = new RowShapes();
  const rows = new SheetRows();
  rows.set(2, shapes.compact(readRow(["a", 1], [0, bold], [undefined, "A1"])));
  rows.set(3, shapes.compact(readRow(["b", 2], [0, bold], [undefined, "A1"])));
  const cells = new SheetCells(ws, rows, palette);

  cells.write(2, 4, 9.5);
  cells.writeFormula(2, 3, "B2*3", 3);
  cells.write(2, 2, 4);

  const [two, three] = [rows.get(2), rows.get(3)];
  expect(two?.values).toEqual(["a", 4, 3, 9.5]);
  expect(two?.styles[3]).toBe(cells.columnStyle(4));
  expect(two?.formulas).toEqual([undefined, undefined, "B2*3"]);
  expect(three?.values).toEqual(["b", 2]);
  expect(three?.styles).toEqual([0, bold]);
  expect(three?.formulas).toEqual([undefined, "A1"]);
});

import type { ExcelStandIn } from "../excel-stand-in";

/** A table as the stand-in holds it: headers and body cells (a value, or a formula's text). */
export interface TableCells {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const cellText = (cell: { value?: unknown; formula?: string } | undefined) =>
  cell?.formula ?? (cell?.value === undefined ? "" : String(cell.value));

export function tableCells(excel: ExcelStandIn, name: string): TableCells | undefined {
  const table = excel.model.findTable(name);
  if (!table) return undefined;
  const { r0, c0, r1, c1 } = table.area;
  const row = (r: number) => Array.from({ length: c1 - c0 + 1 }, (_, c) => cellText(table.sheet.cell(r, c0 + c)));
  const rows: string[][] = [];
  for (let r = r0 + 1; r <= r1; r++) rows.push(row(r));
  return { headers: row(r0), rows };
}

/**
 * A sheet's cells as text, row by row: a cell never written and a cell left blank read alike (""), and blanks at the
 * end of a row or of the sheet are dropped, as a user sees no difference between them.
 */
function sheetText(rows: readonly (readonly ({ value?: unknown; formula?: string } | undefined)[] | undefined)[]) {
  const trim = <T>(list: T[], blank: (x: T) => boolean) => {
    while (list.length > 0 && blank(list[list.length - 1] as T)) list.pop();
    return list;
  };
  const text = Array.from(rows, (row) => trim(Array.from(row ?? [], cellText), (c) => c === ""));
  return trim(text, (r) => r.length === 0);
}

/** Every table by name with its cells, every defined name, every sheet's cells: what two runs are compared on. */
export function workbookState(excel: ExcelStandIn) {
  const tables = Object.fromEntries(excel.model.tables.map((t) => [t.name, tableCells(excel, t.name)]));
  const sheets = Object.fromEntries(excel.model.sheets.map((s) => [s.name, sheetText(s.rows)]));
  return { sheetNames: excel.sheetNames(), tables, names: Object.fromEntries(excel.model.names), sheets };
}

/**
 * What a stopped run may never do to a table that was there before: lose it, rename or reorder its columns, drop a
 * row, or change a cell that held something (a blank cell may have been filled: a generated id, an appended row).
 * Returns the breaches found, as text.
 */
export function lostOrChanged(before: ExcelStandIn, after: ExcelStandIn): string[] {
  const problems: string[] = [];
  for (const table of before.model.tables) {
    const was = tableCells(before, table.name);
    const now = tableCells(after, table.name);
    if (!was) continue;
    if (!now) {
      problems.push(`${table.name} is gone`);
      continue;
    }
    if (was.headers.some((h, i) => now.headers[i] !== h)) problems.push(`${table.name}: headers ${now.headers.join()}`);
    if (now.rows.length < was.rows.length)
      problems.push(`${table.name}: ${now.rows.length} of ${was.rows.length} rows`);
    was.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell !== "" && now.rows[r]?.[c] !== cell)
          problems.push(`${table.name} row ${r} col ${c}: ${cell} → ${now.rows[r]?.[c]}`);
      }),
    );
  }
  for (const name of before.model.names.keys()) if (!after.model.names.has(name)) problems.push(`name ${name} is gone`);
  return problems;
}

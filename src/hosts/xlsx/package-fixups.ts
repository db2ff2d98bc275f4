import type ExcelJS from "exceljs";
import { columnLetter, parseAddress } from "../../workbook/a1";
import { internals, workbookInternals } from "./exceljs-internals";

/**
 * Repairs of what ExcelJS 4.4 would otherwise write wrongly into a package (ARCHITECTURE.md, "Writing into a
 * workbook that people use").
 */

/**
 * A loaded workbook without a theme part (LibreOffice, WPS) leaves ExcelJS with no themes, yet it still writes the
 * workbook's theme relationship and content-type override: a dangling part Excel reports as "Removed Records:
 * Document Theme". Excel itself always saves a theme part, the default Office theme when the book had none; with
 * its themes unset, ExcelJS writes that same default Office theme.
 */
export function keepThemePart(wb: ExcelJS.Workbook): void {
  const book = workbookInternals(wb);
  if (book._themes !== undefined && Object.keys(book._themes).length === 0) book._themes = undefined;
}

/**
 * ExcelJS merges per-cell validation entries into ranges on save after sorting their addresses as text (A10 before
 * A2), so one rule comes out twice over overlapping ranges (A10:A99 and A2:A99). Opened sheets keep their ranges
 * (validation-ranges.ts), but a rule set cell by cell (`cell.dataValidation`) still makes such entries: this folds
 * them back into rectangles (column runs, then equal neighbouring columns) before saving; entries that are already
 * ranges are left as they are.
 */
export function foldValidationCells(ws: ExcelJS.Worksheet): void {
  const dv = internals(ws).dataValidations;
  const byRule = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  const folded: Record<string, ExcelJS.DataValidation | undefined> = {};
  for (const [address, rule] of Object.entries(dv.model)) {
    if (!rule) continue;
    if (address.includes(":")) folded[address] = rule;
    else {
      const cells = byRule.get(rule) ?? [];
      cells.push(parseAddress(address));
      byRule.set(rule, cells);
    }
  }
  for (const [rule, cells] of byRule) {
    for (const ref of rectangles(cells)) folded[ref] = rule;
  }
  dv.model = folded;
}

/** Cells as a few disjoint rectangles: runs of rows per column, then columns with the same run side by side. */
function rectangles(cells: readonly { row: number; col: number }[]): string[] {
  const rowsByCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = rowsByCol.get(c.col) ?? [];
    rows.push(c.row);
    rowsByCol.set(c.col, rows);
  }
  const runs: { col: number; from: number; to: number }[] = [];
  for (const [col, rows] of [...rowsByCol].sort((a, b) => a[0] - b[0])) {
    rows.sort((a, b) => a - b);
    let from = rows[0] ?? 0;
    rows.forEach((r, i) => {
      const next = rows[i + 1];
      if (next !== r + 1) {
        runs.push({ col, from, to: r });
        if (next !== undefined) from = next;
      }
    });
  }
  const out: string[] = [];
  const used = new Set<number>();
  runs.forEach((run, i) => {
    if (used.has(i)) return;
    let last = run.col;
    for (let j = i + 1; j < runs.length; j++) {
      const other = runs[j];
      if (!other || used.has(j) || other.col !== last + 1 || other.from !== run.from || other.to !== run.to) continue;
      used.add(j);
      last = other.col;
    }
    const a = `${columnLetter(run.col)}${run.from}`;
    const b = `${columnLetter(last)}${run.to}`;
    out.push(a === b ? a : `${a}:${b}`);
  });
  return out;
}

import type { CellValue } from "../domain/schema/types";
import { cellAddress, parseAddress } from "./a1";
import type { PlanCell, PlanOp } from "./plan-types";

/** Cells as read from a sheet, from A1: what a plan of changes compares its wanted cells with. */
export type FoundCells = readonly (readonly CellValue[])[];

const blank = (v: CellValue) => v === undefined || v === "";
const same = (wanted: PlanCell, found: CellValue) =>
  wanted !== null && typeof wanted === "object" ? false : blank(wanted) ? blank(found) : wanted === found;

/**
 * `cells` ops for only the cells of `rows` (placed at `origin`) that differ from what was read, one op per run of
 * changed cells in a row; formula cells are always written. Without a read (a new sheet) the whole block is one op.
 * A change plan thus writes a rule a user has not touched and leaves every other cell as the user keeps it.
 */
export function changedCells(
  sheet: string,
  origin: string,
  rows: readonly (readonly PlanCell[])[],
  found: FoundCells | undefined,
  options: { readonly numFmts?: readonly (readonly (string | undefined)[])[]; readonly headerRow?: boolean } = {},
): PlanOp[] {
  if (!found) return [{ kind: "cells", sheet, origin, rows, ...options }];
  const at = parseAddress(origin);
  const ops: PlanOp[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const cellAt = (i: number) => found[at.row - 1 + r]?.[at.col - 1 + i];
      if (same(row[c] as PlanCell, cellAt(c))) {
        c++;
        continue;
      }
      const from = c;
      while (c < row.length && !same(row[c] as PlanCell, cellAt(c))) c++;
      const numFmts = options.numFmts?.[r]?.slice(from, c);
      ops.push({
        kind: "cells",
        sheet,
        origin: cellAddress(at.row + r, at.col + from),
        rows: [row.slice(from, c)],
        ...(numFmts?.some((f) => f !== undefined) ? { numFmts: [numFmts] } : {}),
      });
    }
  });
  return ops;
}

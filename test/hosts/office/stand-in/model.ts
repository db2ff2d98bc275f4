import { cellAddress, columnIndex } from "../../../../src/workbook/a1";

/** Excel's error codes, as `OfficeExtension.Error.code` carries them. */
export class StandInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A rectangle, 0-based, bounds included. */
export interface Area {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export type Scalar = string | number | boolean;

export interface Cell {
  value?: Scalar;
  /** Formula text with its "="; the stand-in does not calculate, so `values` reads "" for it. */
  formula?: string;
  /** Entered after an apostrophe: text, whatever it looks like. */
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
}

export interface ValidationModel {
  area: Area;
  rule: unknown;
  ignoreBlanks?: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormatModel {
  area: Area;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

/** "B2", "A1:C3", "$A$1", "C:C" (whole columns), "2:2" (whole rows). */
export function parseArea(address: string): Area {
  const [a = "", b = a] = address.replace(/\$/g, "").toUpperCase().split(":");
  const cols = /^([A-Z]+)$/;
  const rows = /^(\d+)$/;
  if (cols.test(a) && cols.test(b)) return { r0: 0, r1: MAX_ROWS - 1, c0: columnIndex(a) - 1, c1: columnIndex(b) - 1 };
  if (rows.test(a) && rows.test(b)) return { r0: Number(a) - 1, r1: Number(b) - 1, c0: 0, c1: MAX_COLS - 1 };
  const p = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s);
    if (!m?.[1] || !m[2]) throw new StandInError("InvalidArgument", `not a range address: ${address}`);
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]) - 1 };
  };
  const from = p(a);
  const to = p(b);
  return { r0: from.r, c0: from.c, r1: to.r, c1: to.c };
}

export function areaAddress(area: Area): string {
  return `${cellAddress(area.r0 + 1, area.c0 + 1)}:${cellAddress(area.r1 + 1, area.c1 + 1)}`;
}

export const inside = (inner: Area, outer: Area) =>
  inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
export const overlaps = (a: Area, b: Area) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/**
 * What Excel makes of a string written to `values` or `formulas` when the cell is not formatted as text: an
 * apostrophe makes the rest text; numbers, percentages, ISO dates and TRUE/FALSE are converted; = + - @ start a
 * formula. (Excel knows more forms, by locale; these are enough to show what an unprotected write loses.)
 */
export function typeIn(cell: Cell, input: string): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const number = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?(%?)\s*$/.exec(input);
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (number) cell.value = Number(input.replace("%", "")) / (number[3] ? 100 : 1);
  else if (date) cell.value = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 + 25_569;
  else if (/^(true|false)$/i.test(input)) cell.value = input.toUpperCase() === "TRUE";
  else if (/^[=+\-@]/.test(input) && input.length > 1) {
    cell.formula = input.startsWith("=") ? input : `=${input}`;
    delete cell.value;
  } else cell.value = input;
}

/** A chart as Office.js builds it; ranges as "'Sheet'!A1:B2". */
export interface ChartModel {
  name: string;
  type: string;
  source: string;
  seriesBy: unknown;
  seriesName?: unknown;
  categories?: string;
  title?: unknown;
  from?: unknown;
  to?: unknown;
  legendVisible?: unknown;
  valueAxis: Record<string, unknown>;
  categoryAxis: Record<string, unknown>;
}

export class SheetModel {
  readonly rows: (Cell | undefined)[][] = [];
  readonly charts: ChartModel[] = [];
  freezeRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly boldRows = new Set<number>();
  validations: ValidationModel[] = [];
  conditionalFormats: ConditionalFormatModel[] = [];
  /** Merged areas (Home › Merge & Center, `Range.merge`). */
  merges: Area[] = [];
  /** Protected (Review › Protect Sheet): every write to the sheet is refused with AccessDenied. */
  protected = false;

  constructor(public name: string) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  ensure(r: number, c: number): Cell {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= {});
  }

  /** The used range, or undefined when the sheet is empty (valuesOnly: cells with a value or a formula). */
  usedArea(valuesOnly: boolean): Area | undefined {
    let area: Area | undefined;
    this.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell) return;
        const used = cell.value !== undefined || cell.formula !== undefined;
        if (!used && (valuesOnly || cell.numberFormat === undefined)) return;
        area = area
          ? { r0: Math.min(area.r0, r), c0: Math.min(area.c0, c), r1: Math.max(area.r1, r), c1: Math.max(area.c1, c) }
          : { r0: r, c0: c, r1: r, c1: c };
      }),
    );
    return area;
  }

  /** Removes the listed things inside `area`; Excel would split one that only overlaps, the stand-in refuses. */
  removeInside<T extends { area: Area }>(list: T[], area: Area, what: string): T[] {
    if (list.some((x) => overlaps(x.area, area) && !inside(x.area, area))) {
      throw new StandInError("NotImplemented", `stand-in: partial clear of a ${what} on ${this.name}`);
    }
    return list.filter((x) => !inside(x.area, area));
  }
}

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  style?: unknown;
  showBandedRows?: unknown;
  showFilterButton?: unknown;
}

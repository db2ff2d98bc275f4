import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnWidthPoints } from "../../../src/hosts/office/office-cells";
import { tableInternals } from "../../../src/hosts/xlsx/exceljs-internals";
import type { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { columnLetter, parseAddress } from "../../../src/workbook/a1";
import { sheetXml, validationsIn } from "../../support/xlsx-parts";
import type { ExcelStandIn } from "./excel-stand-in";

/**
 * What a workbook holds besides cell values, in one shape for both hosts so a test can compare them: rules as the
 * saved file states them (type and formula text without "="), formulas and number formats per table column.
 */
export interface WorkbookFacts {
  /** "sheet!range type formula1 formula2", sorted. */
  readonly validations: string[];
  /** "sheet!range formula fill font", sorted. */
  readonly highlights: string[];
  /** name → formula without "=". */
  readonly names: Record<string, string>;
  /** "table.header" → distinct body formulas without "=". */
  readonly formulas: Record<string, string[]>;
  /** "table.header" → distinct body number formats other than General. */
  readonly numFmts: Record<string, string[]>;
  /** sheet → frozen rows. */
  readonly frozen: Record<string, number>;
  /** "sheet!column" → width in points. */
  readonly widths: Record<string, number>;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
const noEq = (f: unknown) => String(f).replace(/^=/, "");

interface ExcelJsConditional {
  ref: string;
  rules: {
    formulae?: string[];
    style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
  }[];
}

export async function xlsxFacts(host: XlsxHost, tables: readonly string[]): Promise<WorkbookFacts> {
  const data = await host.toBuffer();
  const facts = empty();
  for (const ws of host.workbook.worksheets) {
    for (const v of validationsIn(await sheetXml(data, ws.name))) {
      for (const range of v.sqref.split(" ")) {
        facts.validations.push(`${ws.name}!${range} ${v.type} ${unescape(v.formula1)} ${v.formula2 ?? ""}`);
      }
    }
    const cfs = (ws as unknown as { conditionalFormattings: ExcelJsConditional[] }).conditionalFormattings;
    for (const cf of cfs) {
      for (const rule of cf.rules) {
        const colour = (argb?: string) => `#${(argb ?? "").slice(2)}`;
        const style = rule.style;
        const fill = colour(style?.fill?.bgColor?.argb);
        facts.highlights.push(`${ws.name}!${cf.ref} ${rule.formulae?.[0]} ${fill} ${colour(style?.font?.color?.argb)}`);
      }
    }
    facts.frozen[ws.name] = ws.views[0]?.state === "frozen" ? (ws.views[0].ySplit ?? 0) : 0;
    ws.columns?.forEach((col, i) => {
      if (col.width) facts.widths[`${ws.name}!${i}`] = columnWidthPoints(col.width);
    });
    for (const name of tables) {
      const ref = tableInternals(ws.getTable(name))?.table.tableRef;
      if (ref) columnFacts(facts, name, ref, (r, c) => ws.getCell(r, c));
    }
  }
  const workbookXml = (await (await JSZip.loadAsync(data)).file("xl/workbook.xml")?.async("string")) ?? "";
  for (const m of workbookXml.matchAll(/<definedName\b[^>]*\bname="([^"]*)"[^>]*>([^<]*)<\/definedName>/g)) {
    facts.names[unescape(m[1] ?? "")] = unescape(m[2] ?? "");
  }
  return sorted(facts);
}

export function standInFacts(excel: ExcelStandIn, tables: readonly string[]): WorkbookFacts {
  const facts = empty();
  for (const sheet of excel.model.sheets) {
    for (const v of excel.validations(sheet.name))
      facts.validations.push(`${sheet.name}!${v.range} ${ruleText(v.rule)}`);
    for (const f of excel.conditionalFormats(sheet.name)) {
      facts.highlights.push(`${sheet.name}!${f.range} ${noEq(f.formula)} ${f.fill} ${f.font}`);
    }
    facts.frozen[sheet.name] = sheet.freezeRows;
    for (const [c, points] of sheet.columnWidths) facts.widths[`${sheet.name}!${c}`] = points;
  }
  for (const table of excel.model.tables.filter((t) => tables.includes(t.name))) {
    const { r0, c0, r1, c1 } = table.area;
    const ref = `${columnLetter(c0 + 1)}${r0 + 1}:${columnLetter(c1 + 1)}${r1 + 1}`;
    columnFacts(facts, table.name, ref, (r, c) => {
      const cell = table.sheet.cell(r - 1, c - 1);
      return { formula: cell?.formula, numFmt: cell?.numberFormat ?? "General", value: cell?.value };
    });
  }
  for (const [name, formula] of excel.model.names) facts.names[name] = noEq(formula);
  return sorted(facts);
}

function ruleText(rule: unknown): string {
  const r = rule as Partial<Record<string, { formula1?: unknown; formula2?: unknown; source?: unknown }>>;
  const [type = "", body] = Object.entries(r)[0] ?? [];
  const label = type === "wholeNumber" ? "whole" : type;
  if (body?.source !== undefined) return `${label} ${noEq(body.source)} `;
  return `${label} ${noEq(body?.formula1)} ${body?.formula2 === undefined ? "" : noEq(body.formula2)}`;
}

type CellLike = { formula?: string; numFmt?: string; value?: unknown };

function columnFacts(facts: WorkbookFacts, table: string, ref: string, cell: (r: number, c: number) => CellLike) {
  const [a = "A1", b = a] = ref.split(":");
  const from = parseAddress(a);
  const to = parseAddress(b);
  for (let c = from.col; c <= to.col; c++) {
    const header = `${table}.${String(cell(from.row, c).value)}`;
    const formulas = new Set<string>();
    const formats = new Set<string>();
    for (let r = from.row + 1; r <= to.row; r++) {
      const x = cell(r, c);
      if (x.formula) formulas.add(noEq(x.formula));
      if (x.numFmt && x.numFmt !== "General") formats.add(x.numFmt);
    }
    if (formulas.size) facts.formulas[header] = [...formulas];
    if (formats.size) facts.numFmts[header] = [...formats];
  }
}

const empty = (): WorkbookFacts => ({
  validations: [],
  highlights: [],
  names: {},
  formulas: {},
  numFmts: {},
  frozen: {},
  widths: {},
});

function sorted(f: WorkbookFacts): WorkbookFacts {
  return { ...f, validations: [...f.validations].sort(), highlights: [...f.highlights].sort() };
}

/**
 * The xlsx host's formula cells without the cached results it writes next to them (the domain's values): the
 * stand-in keeps formulas but computes nothing, so the hosts' reads are compared on formulas and plain values.
 */
export function withoutCachedResults(host: XlsxHost): XlsxHost {
  for (const ws of host.workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  return host;
}

import JSZip from "jszip";
import type { CarriedParts } from "./carried-parts";
import { readCarriedParts, worksheetIndexes, writeCarriedParts } from "./carried-parts";
import type { SheetChart } from "./chart-parts";
import { readCharts, writeCharts } from "./chart-parts";
import { fromFileFormula, toFileFormula } from "./future-functions";
import { xmlEscape, xmlUnescape } from "./xml-text";

/**
 * ExcelJS cannot model two parts of a workbook that the product relies on, so the xlsx host writes them into the
 * package itself:
 * - defined names whose formula is not a plain range (the growing list names, OFFSET(…)): ExcelJS drops them on
 *   read and cannot add them, so they are captured when a file is opened and written back on save;
 * - a table column's calculatedColumnFormula, which makes Excel fill the formula into rows a user adds;
 * - a user table's custom totals-row formula (totalsRowFormula), which ExcelJS neither reads nor writes;
 * - chart sheets and an .xlsm's VBA project, which ExcelJS drops (carried-parts.ts);
 * - the quote prefix of text that begins like a formula, which ExcelJS neither reads nor writes (quote-prefix.ts).
 */
export interface PackageExtras {
  /** name → formula text without "=" */
  readonly formulaNames: ReadonlyMap<string, string>;
  /** table name → column name → formula text without "=" */
  readonly calculatedColumns: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** table name → column name → totals-row formula text without "=" */
  readonly totalsRowFormulas: ReadonlyMap<string, ReadonlyMap<string, string>>;
  readonly charts: readonly SheetChart[];
  readonly carried: CarriedParts;
}

/** True when a defined name's formula is a plain range, which ExcelJS keeps by itself. */
export function isPlainRange(formula: string): boolean {
  return /^('([^']|'')+'|[A-Za-z0-9_.]+)!\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(formula);
}

/**
 * Reads the extras out of a package and returns the package without the parts ExcelJS cannot parse
 * (its table reader breaks on a tableColumn that has a calculatedColumnFormula child).
 */
export async function readExtras(data: ArrayBuffer | Uint8Array): Promise<{
  formulaNames: Map<string, string>;
  calculatedColumns: Map<string, Map<string, string>>;
  totalsRowFormulas: Map<string, Map<string, string>>;
  charts: SheetChart[];
  carried: CarriedParts;
  data: Uint8Array;
}> {
  const zip = await JSZip.loadAsync(data);
  const charts = await readCharts(zip);
  const carried = await readCarriedParts(zip);
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const original = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const xml = worksheetIndexes(original, rels);
  if (xml !== original) zip.file("xl/workbook.xml", xml);
  const formulaNames = new Map<string, string>();
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attrs = m[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    const formula = xmlUnescape(m[2] ?? "");
    if (name && !/\blocalSheetId=/.test(attrs) && !isPlainRange(formula)) formulaNames.set(xmlUnescape(name), formula);
  }
  const calculatedColumns = new Map<string, Map<string, string>>();
  const totalsRowFormulas = new Map<string, Map<string, string>>();
  for (const path of tableParts(zip)) {
    const tableXml = (await zip.file(path)?.async("string")) ?? "";
    const table = /<table\b[^>]*\bname="([^"]*)"/.exec(tableXml)?.[1];
    const formulas = new Map<string, string>();
    const totals = new Map<string, string>();
    const cleaned = tableXml.replace(
      /<tableColumn\b([^>]*?)(?<!\/)>([\s\S]*?)<\/tableColumn>/g,
      (_whole, attrs: string, body: string) => {
        const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
        const formula = /<calculatedColumnFormula\b[^>]*>([^<]*)<\/calculatedColumnFormula>/.exec(body)?.[1];
        if (name !== undefined && formula !== undefined)
          formulas.set(xmlUnescape(name), fromFileFormula(xmlUnescape(formula)));
        const total = /<totalsRowFormula\b[^>]*>([^<]*)<\/totalsRowFormula>/.exec(body)?.[1];
        if (name !== undefined && total !== undefined) totals.set(xmlUnescape(name), xmlUnescape(total));
        return `<tableColumn${attrs}/>`;
      },
    );
    if (table && formulas.size > 0) calculatedColumns.set(xmlUnescape(table), formulas);
    if (table && totals.size > 0) totalsRowFormulas.set(xmlUnescape(table), totals);
    zip.file(path, cleaned);
  }
  return {
    formulaNames,
    calculatedColumns,
    totalsRowFormulas,
    charts,
    carried,
    // Deflated as it came: the parts left as they were keep their compressed bytes instead of being inflated.
    data: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }),
  };
}

const tableParts = (zip: JSZip) => Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p));

/** Writes the extras into an ExcelJS-written package. */
export async function addExtras(zip: JSZip, extras: PackageExtras): Promise<void> {
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", withDefinedNames(workbookXml, extras.formulaNames));
  for (const path of tableParts(zip)) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const table = xmlUnescape(/<table\b[^>]*\bname="([^"]*)"/.exec(xml)?.[1] ?? "");
    const withTotals = /<table\b[^>]*\btotalsRowCount="[1-9]/.test(xml);
    const columns = withColumnFormulas(
      xml,
      extras.calculatedColumns.get(table),
      withTotals ? extras.totalsRowFormulas.get(table) : undefined,
    );
    zip.file(path, withTotals ? columns : withoutTotalsRow(columns));
  }
  await writeCharts(zip, extras.charts);
  await writeCarriedParts(zip, extras.carried);
}

function withDefinedNames(xml: string, names: ReadonlyMap<string, string>): string {
  if (names.size === 0) return xml;
  const entries = [...names]
    .map(([n, f]) => `<definedName name="${xmlEscape(n)}">${xmlEscape(f)}</definedName>`)
    .join("");
  const existing = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(xml);
  if (existing) {
    const kept = (existing[1] ?? "").replace(
      /<definedName\b[^>]*\bname="([^"]*)"[^>]*>[^<]*<\/definedName>/g,
      (whole, n: string) => (names.has(xmlUnescape(n)) ? "" : whole),
    );
    return xml.replace(existing[0], `<definedNames>${kept}${entries}</definedNames>`);
  }
  return xml.replace(/(<\/sheets>)/, `$1<definedNames>${entries}</definedNames>`);
}

/** Puts each column's calculated formula and custom totals formula back, in CT_TableColumn's order. */
function withColumnFormulas(
  xml: string,
  calculated: ReadonlyMap<string, string> | undefined,
  totals: ReadonlyMap<string, string> | undefined,
): string {
  if (!calculated && !totals) return xml;
  return xml.replace(/<tableColumn\b([^>]*?)(\/>|>([\s\S]*?)<\/tableColumn>)/g, (whole, attrs: string) => {
    const name = xmlUnescape(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const formula = calculated?.get(name);
    const total = /\btotalsRowFunction="custom"/.test(attrs) ? totals?.get(name) : undefined;
    if (formula === undefined && total === undefined) return whole;
    const children =
      (formula === undefined
        ? ""
        : `<calculatedColumnFormula>${xmlEscape(toFileFormula(formula))}</calculatedColumnFormula>`) +
      (total === undefined ? "" : `<totalsRowFormula>${xmlEscape(total)}</totalsRowFormula>`);
    return `<tableColumn${attrs}>${children}</tableColumn>`;
  });
}

/**
 * A table without a totals row, as Excel writes one: ExcelJS marks it totalsRowShown="1" and labels its first
 * column "Total" (an English word a later "Total Row" toggle in Excel would show), totals functions "none".
 */
function withoutTotalsRow(xml: string): string {
  return xml
    .replace(/(<table\b[^>]*\btotalsRowShown=")1"/, '$10"')
    .replace(/<tableColumn\b[^>]*>/g, (tag) => tag.replace(/\s(totalsRowLabel|totalsRowFunction)="[^"]*"/g, ""));
}

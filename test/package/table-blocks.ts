import type { CellValue } from "../../src/domain/schema/types";
import { parseAddress } from "../../src/workbook/a1";
import type { PackageModel, SheetRef } from "./package-model";
import { loadPackage } from "./package-model";
import { parseRange } from "./package-rules";
import type { XmlElement } from "./xml-tree";
import { attr, childElements, textOf } from "./xml-tree";

/** A block of a table's body rows as the xlsx host's readTable gives them (blank rows left out). */
export interface TableBlock {
  readonly table: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** How many of the table's rows with a value came before this block. */
  readonly before: number;
}

/** A cell's value as the xlsx host reads it: the cached result of a formula, booleans as TRUE/FALSE, "" as nothing. */
function valueOf(model: PackageModel, c: XmlElement): CellValue {
  const type = attr(c, "t");
  const inline = type === "inlineStr" ? childElements(c, "is").map(textOf).join("") : undefined;
  const v = childElements(c, "v")[0];
  const raw = inline ?? (v ? textOf(v) : undefined);
  if (raw === undefined || raw === "") return undefined;
  if (type === "s") return model.sharedStrings[Number(raw)] || undefined;
  if (type === "b") return raw === "1" ? "TRUE" : "FALSE";
  if (type === "str" || type === "inlineStr" || type === "e") return raw;
  return Number(raw);
}

/**
 * Reads the named tables of a workbook as a stream (test/package's package reader: one row in memory at a time) and
 * hands their body rows over in blocks of `size`, so a table of any length is compared without a grid of it.
 */
export async function readTableBlocks(
  data: Uint8Array,
  tables: readonly string[],
  onBlock: (block: TableBlock) => void,
  size = 2_000,
): Promise<void> {
  interface Open {
    readonly table: string;
    readonly rect: ReturnType<typeof parseRange>;
    headers: string[];
    rows: CellValue[][];
    before: number;
  }
  const bySheet = new Map<string, Open>();
  const flush = (open: Open) => {
    if (open.rows.length === 0) return;
    onBlock({ table: open.table, headers: open.headers, rows: open.rows, before: open.before });
    open.before += open.rows.length;
    open.rows = [];
  };
  let model: PackageModel | undefined;
  const tableOf = (sheet: SheetRef) => {
    if (bySheet.has(sheet.part) || !model) return bySheet.get(sheet.part);
    for (const r of model.relationships(sheet.part).filter((x) => x.type.endsWith("/table"))) {
      const xml = model.xml.get(r.part);
      const name = xml && [attr(xml, "name"), attr(xml, "displayName")].find((n) => n && tables.includes(n));
      if (xml && name) {
        const open = { table: name, rect: parseRange(attr(xml, "ref") ?? ""), headers: [], rows: [], before: 0 };
        bySheet.set(sheet.part, open);
        return open;
      }
    }
    return undefined;
  };
  await loadPackage(data, {
    part: () => undefined,
    rows(partial) {
      model = partial;
      return {
        keep: () => false,
        row(sheet, row) {
          const open = tableOf(sheet);
          const r = Number(attr(row, "r"));
          if (!open || !model || r < open.rect.r0 || r > open.rect.r1) return;
          const values: CellValue[] = new Array<CellValue>(open.rect.c1 - open.rect.c0 + 1).fill(undefined);
          for (const c of childElements(row, "c")) {
            const col = parseAddress(attr(c, "r") ?? "A1").col;
            if (col >= open.rect.c0 && col <= open.rect.c1) values[col - open.rect.c0] = valueOf(model, c);
          }
          if (r === open.rect.r0) open.headers = values.map((h) => (h === undefined ? "" : String(h)));
          else if (values.some((v) => v !== undefined)) open.rows.push(values);
          if (open.rows.length >= size) flush(open);
        },
      };
    },
  });
  for (const open of bySheet.values()) flush(open);
}

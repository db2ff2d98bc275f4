import DataValidationsXform from "exceljs/lib/xlsx/xform/sheet/data-validations-xform";

/** The parser's state while it reads one `<dataValidation>` (ExcelJS 4.4). */
interface ValidationParsing {
  _address: string | undefined;
  _dataValidation: { formulae?: unknown[]; operator?: unknown };
  model: Record<string, unknown>;
}

let kept = false;

/**
 * Makes ExcelJS keep each range of a validation's sqref as one entry when it reads a sheet. It reads a rule over
 * A2:A100001 into 100,000 entries, one per cell (a workbook of 20,000 issues opened with 687,200 of them, more than
 * half as many as it has cells), which cost memory and time on every open and were folded back into ranges on every
 * save (package-fixups.ts). Everything else it reads from the element stays as ExcelJS parses it; only the entries'
 * addresses differ, and the host only reads them as ranges (apply-ops.ts). Installed once, for every sheet of every
 * size.
 */
export function keepValidationRanges(): void {
  if (kept) return;
  kept = true;
  const parseClose = DataValidationsXform.prototype.parseClose;
  DataValidationsXform.prototype.parseClose = function (this: ValidationParsing, name: string): boolean {
    if (name !== "dataValidation") return parseClose.call(this, name);
    const rule = this._dataValidation;
    if (!rule.formulae || rule.formulae.length === 0) {
      delete rule.formulae;
      delete rule.operator;
    }
    for (const range of (this._address ?? "").split(/\s+/).filter(Boolean)) this.model[range] = rule;
    return true;
  };
}

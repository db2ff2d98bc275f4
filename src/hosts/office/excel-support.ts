/* global Excel, Office */
import { ExcelVersionError } from "./office-errors";
import type { OfficeHostOptions } from "./office-host";
import { OfficeHost } from "./office-host";

/**
 * The newest requirement set the Office host uses: data validation and `runtime.enableEvents` are ExcelApi 1.8;
 * everything else it needs (tables and `Range.delete` 1.1, column widths and sheet protection 1.2, named items, named
 * table columns and `getUsedRangeOrNullObject` 1.4, conditional formats and `suspendApiCalculationUntilNextSync` 1.6,
 * `getRangeByIndexes`, `freezePanes` and `NamedItem.formula` 1.7) is older. `Table.resize` and
 * `Range.getMergedAreasOrNullObject` (1.13), and `Range.getSpecialCellsOrNullObject` (1.9, to tell a value typed over a
 * calculated column from its formula) are used where Excel has them.
 */
export const EXCEL_API = { set: "ExcelApi", minVersion: "1.8" } as const;

/** The part of `Office.context.requirements` the check needs (a stand-in in tests). */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * Checks, before any work, that this Excel offers every API the Office host calls.
 * @throws ExcelVersionError with a message for the user when it does not, or when Office.js is not in Excel.
 */
export function checkExcelSupport(requirements: RequirementChecker | undefined = officeRequirements()): void {
  if (!requirements) {
    throw new ExcelVersionError(EXCEL_API.set, EXCEL_API.minVersion, "Office.js is not loaded; open it inside Excel");
  }
  if (!requirements.isSetSupported(EXCEL_API.set, EXCEL_API.minVersion)) {
    throw new ExcelVersionError(
      EXCEL_API.set,
      EXCEL_API.minVersion,
      "this Excel is older; update Office or use Excel on the web",
    );
  }
}

function officeRequirements(): RequirementChecker | undefined {
  if (typeof Office === "undefined") return undefined;
  return Office.context?.requirements;
}

/**
 * The Office host over the live workbook, after the requirement check.
 * @throws ExcelVersionError when this Excel is too old.
 */
export function openExcelHost(options: OfficeHostOptions = {}): OfficeHost {
  checkExcelSupport();
  const requirements = officeRequirements();
  const api19 = requirements?.isSetSupported(EXCEL_API.set, "1.9") === true;
  const api17 = requirements?.isSetSupported(EXCEL_API.set, "1.7") === true;
  return new OfficeHost((batch) => Excel.run(batch), {
    append: appendMode(requirements),
    reportLook: { format: true, page: api19, styles: api17 },
    specialCells: api19,
    ...options,
  });
}

/** `Table.resize` is ExcelApi 1.13; older Excel appends with TableRowCollection.add (write-steps.ts). */
export function appendMode(requirements: RequirementChecker | undefined): "resize" | "rowsAdd" {
  return requirements?.isSetSupported(EXCEL_API.set, "1.13") ? "resize" : "rowsAdd";
}

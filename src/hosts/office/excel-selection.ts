/* global Excel */
import { OfficeHostError } from "./office-errors";

async function excelRun<T>(step: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw new OfficeHostError(step, error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** Shows a cell to the user: activates its sheet and selects it (the 校验 panel's "go to the problem"). */
export function selectCell(sheet: string, address: string): Promise<void> {
  return excelRun(`selecting ${sheet}!${address}`, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/** The name of the sheet the user is on (import "the current sheet"). */
export function activeSheetName(): Promise<string> {
  return excelRun("reading the active sheet", async (context) => {
    const worksheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    await context.sync();
    return worksheet.name;
  });
}

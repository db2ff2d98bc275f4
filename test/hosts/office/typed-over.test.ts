import { ISSUES } from "../../../src/domain/schema";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { validateWorkbook } from "../../../src/use-cases/validate-workbook";
import { DEFAULT_DIMENSIONS } from "../../../src/domain/settings";
import { tableOps } from "../../../src/workbook/layout-table";
import { freshTable } from "../../support/fresh-table";
import { ExcelStandIn } from "./excel-stand-in";
import { tableCells } from "./faults/workbook-state";

/**
 * Issue 10 item 7 inside Excel: a value typed over a calculated column is found by the formula it replaced
 * (Range.getSpecialCellsOrNullObject, ExcelApi 1.9), also a value the formula could have given; an older Excel
 * falls back to the values a formula cannot give.
 */
async function typedOver() {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run), { lang: "zh-CN" });
  const rows = [
    { id: "2024-SVC-001", receivedAt: 45356.5, urgency: "一般" },
    { id: "2024-SVC-002", receivedAt: 45357.5, urgency: "紧急" },
  ];
  const content = { rows, extraHeaders: [], base: freshTable(ISSUES) };
  const ops = tableOps(ISSUES, ISSUES.sheet.zh, content, DEFAULT_DIMENSIONS, "zh-CN");
  await new OfficeHost(excel.run).apply({ lang: "zh-CN", ops });
  const table = excel.model.table("IssueLog");
  const col = (header: string) => table.area.c0 + (tableCells(excel, "IssueLog")?.headers.indexOf(header) ?? -1);
  // the user types over two calculated cells: what the formula would show, and a note
  table.sheet.ensure(table.area.r0 + 2, col("是否超时")).value = "否";
  delete table.sheet.ensure(table.area.r0 + 2, col("是否超时")).formula;
  table.sheet.ensure(table.area.r0 + 1, col("处理时限")).value = "明天下班前";
  delete table.sheet.ensure(table.area.r0 + 1, col("处理时限")).formula;
  return excel;
}

const found = async (excel: ExcelStandIn, specialCells: boolean) =>
  (await validateWorkbook(new OfficeHost(excel.run, { specialCells }))).problems
    .filter((p) => p.sheet === "问题记录")
    .map((p) => [p.row, p.column, p.value]);

test("with ExcelApi 1.9 every typed-over calculated cell is found, the plausible one too", async () => {
  expect(await found(await typedOver(), true)).toEqual([
    [2, "处理时限 (N)", "明天下班前"],
    [3, "是否超时 (X)", "否"],
  ]);
});

test("below ExcelApi 1.9 only a value the formula cannot give is found", async () => {
  expect(await found(await typedOver(), false)).toEqual([[2, "处理时限 (N)", "明天下班前"]]);
});

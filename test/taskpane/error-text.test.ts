import { OfficeHostError } from "../../src/hosts/office/office-errors";
import { catalogues } from "../../src/taskpane/locale";
import { errorText } from "../../src/taskpane/locale/error-text";
import { SheetProtectedError, WorkbookChangedError } from "../../src/workbook/plan-errors";

/** Excel's error codes, as OfficeExtension.Error carries them, become what to do — in both languages. */
const refusal = (code: string) =>
  new OfficeHostError("writing 问题记录!A2:M9", `Excel's own words for ${code}`, {
    cause: Object.assign(new Error(`Excel's own words for ${code}`), { code }),
  });

test.each([
  ["InvalidOperationInCellEditMode", "Excel is editing a cell", "Excel 正在编辑单元格"],
  ["AccessDenied", "Excel did not allow the change", "Excel 不允许此修改"],
  ["ItemNotFound", "A sheet or table the add-in needs is gone", "加载项需要的工作表或表格已不存在"],
  ["InvalidArgument", "Excel did not accept a value or a range", "Excel 不接受某个值或区域"],
  ["GeneralException", "Excel could not complete the operation", "Excel 未能完成此操作"],
  ["Conflict", "Someone else changed the same part of the workbook", "其他人同时修改了工作簿的同一部分"],
  ["RequestPayloadSizeLimitExceeded", "Too much data for one request to Excel", "一次发送给 Excel 的数据过多"],
  ["ResponsePayloadSizeLimitExceeded", "Too much data for one request to Excel", "一次发送给 Excel 的数据过多"],
])("%s", (code, en, zh) => {
  const error = refusal(code);
  expect(errorText(catalogues["en-US"], error).title).toBe(en);
  expect(errorText(catalogues["zh-CN"], error).title).toBe(zh);
  // the detail names what was being written; Excel's own message is for the log only
  expect(errorText(catalogues["en-US"], error).detail).toBe("writing 问题记录!A2:M9");
  expect(JSON.stringify(errorText(catalogues["zh-CN"], error))).not.toContain("own words");
});

test("checks before writing are told with what to do", () => {
  const t = catalogues["zh-CN"];
  expect(errorText(t, new SheetProtectedError("问题记录")).next).toContain("撤消工作表保护");
  expect(errorText(t, new WorkbookChangedError("table IssueLog", "rows were added")).next).toContain("重新运行");
});

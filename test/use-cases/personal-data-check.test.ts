import { ISSUES } from "../../src/domain/schema";
import type { RecordRow } from "../../src/domain/schema/types";
import { freshTable } from "../support/fresh-table";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { validateWorkbook } from "../../src/use-cases/validate-workbook";
import { tableOps } from "../../src/workbook/layout-table";

const NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静"];

test("validate names each column that holds personal data under a header that does not say so", async () => {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const rows: RecordRow[] = NAMES.map((name, i) => ({
    id: `2024-SVC-00${i + 1}`,
    receivedAt: 45352 + i,
    urgency: "一般",
    product: name,
    列1: name,
    号码: `139${String(10_000_000 + i * 1_234_567).slice(-8)}`,
    姓名: name,
    备注: "上门及时",
  }));
  const extra = ["列1", "号码", "姓名", "备注"];
  await host.apply({
    lang: "zh-CN",
    ops: tableOps(
      ISSUES,
      "问题记录",
      { rows, extraHeaders: extra, base: freshTable(ISSUES) },
      DEFAULT_DIMENSIONS,
      "zh-CN",
    ),
  });

  const report = await validateWorkbook(host);
  expect(report.warnings.map((w) => [w.sheet, w.column, w.kind])).toEqual([
    ["问题记录", "产品信息 (J)", "name"],
    // the user columns follow the 30 fields of a new table (导入来源, 区域, 服务等级 last)
    ["问题记录", "列1 (AE)", "name"],
    ["问题记录", "号码 (AF)", "contact"],
  ]);
  expect(report.warnings[1]?.message).toMatch(
    /^问题记录: column "列1" holds people's names but is not recognised as personal data/,
  );
  expect(report.problems).toEqual([]);
});

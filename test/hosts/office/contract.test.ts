import { demoSeed } from "../../../src/demo/demo-seed";
import { TABLE_KEYS, tableSpecs } from "../../../src/domain/schema";
import type { Lang } from "../../../src/domain/schema/types";
import { DEFAULT_DIMENSIONS } from "../../../src/domain/settings";
import type { WorkbookHost } from "../../../src/hosts/host";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../../src/use-cases/read-workbook";
import type { SetUpInput } from "../../../src/use-cases/set-up-workbook";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { DIMENSIONS_TABLE, HOLIDAYS_TABLE } from "../../../src/workbook/layout-settings";
import { resolveSheetNames } from "../../../src/workbook/sheet-names";
import type { WorkbookPlan } from "../../../src/workbook/plan-types";
import { standInChartFacts, xlsxChartFacts } from "./chart-facts";
import { ExcelStandIn } from "./excel-stand-in";
import { standInFacts, withoutCachedResults, xlsxFacts } from "./workbook-facts";

/**
 * The contract (ARCHITECTURE.md "Testing layers" 3): the same set-up, with the same demo records, through the
 * Office host on the stand-in and through the xlsx host gives the same workbook: sheets, headers, values,
 * formulas, number formats, validations, highlights and names; and both read back the same records.
 */
const seed: SetUpInput["seed"] = demoSeed({ issues: 200, seed: "contract" });
const TABLES = [...tableSpecs(DEFAULT_DIMENSIONS).map((s) => s.tableName), DIMENSIONS_TABLE, HOLIDAYS_TABLE];

/** Both hosts over a new workbook, which in Excel always has a "Sheet1". */
function newHosts() {
  const excel = new ExcelStandIn();
  const xlsx = XlsxHost.create();
  xlsx.workbook.addWorksheet("Sheet1");
  return { excel, office: new OfficeHost(excel.run), xlsx };
}

async function expectSameWorkbook(office: WorkbookHost, xlsxWithResults: XlsxHost, excel: ExcelStandIn, lang: Lang) {
  const xlsx = withoutCachedResults(xlsxWithResults);
  expect(await office.sheetNames()).toEqual(await xlsx.sheetNames());
  for (const name of TABLES) expect([name, await office.readTable(name)]).toEqual([name, await xlsx.readTable(name)]);
  for (const sheet of Object.values(resolveSheetNames([], lang))) {
    expect([sheet, trim(await office.readSheet(sheet))]).toEqual([sheet, trim(await xlsx.readSheet(sheet))]);
  }
  expect(await readWorkbookState(office, lang)).toEqual(await readWorkbookState(xlsx, lang));
  expect(standInFacts(excel, TABLES)).toEqual(await xlsxFacts(xlsx, TABLES));
}

/** Rows and columns past the last value: ExcelJS counts formatted cells, Excel's values-only used range does not. */
function trim(rows: readonly (readonly unknown[])[] | undefined) {
  if (!rows) return rows;
  const used = (v: unknown) => v !== undefined && v !== null && v !== "";
  const lastWhere = <T>(list: readonly T[], ok: (x: T) => boolean) => list.reduce((n, x, i) => (ok(x) ? i : n), -1);
  const cut = rows.map((r) => r.slice(0, lastWhere(r, used) + 1).map((v) => (used(v) ? v : undefined)));
  return cut.slice(0, lastWhere(cut, (r) => r.length > 0) + 1);
}

describe.each<Lang>(["zh-CN", "en-US"])("set-up through both hosts (%s)", (lang) => {
  const hosts = newHosts();

  beforeAll(async () => {
    await setUpWorkbook(hosts.office, { lang, seed });
    await setUpWorkbook(hosts.xlsx, { lang, seed });
  }, 60_000);

  test("gives the same sheets, tables, values, formulas, formats, validations, highlights and names", async () => {
    await expectSameWorkbook(hosts.office, hosts.xlsx, hosts.excel, lang);
  });

  test("holds every demo record, with calculated columns and list validations in place", async () => {
    const state = await readWorkbookState(hosts.office, lang);
    for (const key of TABLE_KEYS)
      expect([key, state.tables[key]?.records.length]).toEqual([key, seed?.tables[key].length]);
    const facts = standInFacts(hosts.excel, TABLES);
    expect(Object.keys(facts.formulas).length).toBeGreaterThanOrEqual(10);
    expect(facts.validations.filter((v) => / list L_/.test(v)).length).toBeGreaterThanOrEqual(20);
  });

  test("running set-up again through both hosts keeps them equal (existing tables, names and rules replaced)", async () => {
    await setUpWorkbook(hosts.office, { lang });
    await setUpWorkbook(hosts.xlsx, { lang });
    await expectSameWorkbook(hosts.office, hosts.xlsx, hosts.excel, lang);
  }, 60_000);
});

describe("a regenerated sheet with charts through both hosts", () => {
  const sheet = "月报 Report";
  const ref = (range: string) => `'${sheet}'!${range}`;
  const plan: WorkbookPlan = {
    lang: "zh-CN",
    ops: [
      { kind: "sheet", name: sheet, freezeRows: 0, replace: true },
      {
        kind: "cells",
        sheet,
        origin: "A1",
        rows: [
          ["维度", "得分率"],
          ["响应速度", 0.8],
          ["服务态度", { formula: "B2+0.05" }],
        ],
        numFmts: [[], [undefined, "0.0%"], [undefined, "0.0%"]],
        headerRow: true,
      },
      { kind: "table", sheet, name: "ReportTrend", origin: "A6", columns: [{ header: "月份" }], rows: [["2024-01"]] },
      {
        kind: "chart",
        sheet,
        type: "bar",
        title: "各维度得分率",
        categories: ref("$A$2:$A$3"),
        values: ref("$B$2:$B$3"),
        anchor: { from: "D2", to: "K16" },
      },
      {
        kind: "chart",
        sheet,
        type: "line",
        title: "总体得分率",
        categories: ref("$A$7:$A$7"),
        values: ref("$B$2:$B$2"),
        anchor: { from: "D18", to: "K30" },
      },
    ],
  };
  const hosts = newHosts();

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      await hosts.office.apply(plan);
      await hosts.xlsx.apply(plan);
    }
  });

  test("replaces the sheet, its table and its charts instead of adding to them", async () => {
    expect(await hosts.office.sheetNames()).toEqual(["Sheet1", sheet]);
    expect(await hosts.office.sheetNames()).toEqual(await hosts.xlsx.sheetNames());
    withoutCachedResults(hosts.xlsx);
    expect(await hosts.office.readSheet(sheet)).toEqual(await hosts.xlsx.readSheet(sheet));
    expect(await hosts.office.readTable("ReportTrend")).toEqual(await hosts.xlsx.readTable("ReportTrend"));
  });

  test("draws the same charts: type, title, ranges, place and value axis", async () => {
    const charts = standInChartFacts(hosts.excel);
    expect(charts).toHaveLength(2);
    expect(charts).toEqual(await xlsxChartFacts(hosts.xlsx));
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { demoSeed } from "../../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import type { ImportSource } from "../../../src/import/read-source";
import { generateReport } from "../../../src/use-cases/generate-report";
import { importRecords } from "../../../src/use-cases/import-records";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { shareWorkbook } from "../../../src/use-cases/share-workbook";
import { updateSettings } from "../../../src/use-cases/update-settings";
import { validateWorkbook } from "../../../src/use-cases/validate-workbook";
import { ExcelStandIn } from "./excel-stand-in";
import { tableCells } from "./faults/workbook-state";

/**
 * Issue 10, inside Excel: the user-content round trip of test/hosts/xlsx/user-content-roundtrip.test.ts on the
 * Office host, with what the stand-in models of a workbook (cells with values, formulas and number formats,
 * validations, conditional formats, charts, names, sheet order, column widths). A set-up demo book gets the user's
 * own sheet, formulas in data cells of two tables (one of them the table the imports grow), an extra column and a
 * note beside a table; then set-up again, two imports of the same survey export, validate, report, share and a
 * settings change run in turn, and after each everything the user put there is as it was and the evaluation table
 * holds the survey's 9 records once. (Hidden rows, filters, comments, pictures, chart sheets and macros are the
 * Excel file's: Office.js writes no part of them, and the xlsx round trip checks them in the package.)
 */
const NOTES = "我的笔记";
const WJX: ImportSource = {
  fileName: "wjx-evaluations.csv",
  kind: "csv",
  bytes: readFileSync(join(__dirname, "../../fixtures/import/wjx-evaluations.csv")),
};

const excel = new ExcelStandIn();
const host = () => new OfficeHost(excel.run, { blockRows: 50 });

/** The cell of a table's body row under a header: [row, col] on the sheet. */
function cellOf(table: string, header: string, bodyRow: number): [number, number] {
  const t = excel.model.table(table);
  const col = tableCells(excel, table)?.headers.indexOf(header) ?? -1;
  if (col < 0) throw new Error(`fixture: ${table} has no ${header}`);
  return [t.area.r0 + 1 + bodyRow, t.area.c0 + col];
}

let placed: { product: [number, number]; suggestion: [number, number]; beside: [number, number] };

/** Everything the user put in the workbook, as the stand-in holds it (cells whole: value, formula, format). */
function userContent() {
  const notes = excel.model.sheet(NOTES);
  const issues = excel.model.table("IssueLog");
  const at = ([r, c]: [number, number], sheet = issues.sheet) => sheet.cell(r, c);
  return {
    notes: {
      rows: notes.rows,
      validations: notes.validations,
      conditionalFormats: notes.conditionalFormats,
      charts: notes.charts,
      columnWidths: [...notes.columnWidths],
    },
    productFormulas: [at(placed.product), at([placed.product[0] + 1, placed.product[1]])],
    suggestionFormula: at(placed.suggestion, excel.model.table("EvaluationLog").sheet),
    extraColumn: tableCells(excel, "IssueLog")?.rows.map((r) => r[r.length - 1]),
    beside: at(placed.beside),
    name: excel.model.names.get("我的合计"),
    order: excel.model.sheets.map((s) => s.name).filter((n) => before.order.includes(n)),
  };
}

const evaluationRefs = () => {
  const cells = tableCells(excel, "EvaluationLog");
  const col = cells?.headers.indexOf("导入来源") ?? -1;
  return (cells?.rows ?? []).map((r) => r[col] ?? "").filter((ref) => ref !== "");
};

let before: { order: string[]; content: ReturnType<typeof userContent>; evaluations: number };
const after = new Map<string, { content: ReturnType<typeof userContent>; evaluations: number; refs: string[] }>();

beforeAll(async () => {
  await setUpWorkbook(host(), { lang: "zh-CN", seed: demoSeed({ issues: 12, seed: "round-trip" }) });
  const m = excel.model;
  // the user's own sheet, first in the tab order
  const notes = m.addSheet(NOTES);
  m.moveSheet(notes, 0);
  [
    ["名称", "数量", "比例"],
    ["甲", 3, 0.25],
    ["乙", 5, 0.5],
    ["丙", 8, 0.75],
  ].forEach((row, r) => row.forEach((v, c) => (notes.ensure(r, c).value = v)));
  notes.ensure(0, 4).formula = "=SUM(B2:B4)";
  for (const r of [1, 2, 3]) notes.ensure(r, 2).numberFormat = "0.00%";
  notes.ensure(0, 0).bold = true;
  notes.validations.push({ area: { r0: 1, c0: 3, r1: 1, c1: 3 }, rule: { list: { source: "是,否" } } });
  notes.conditionalFormats.push({ area: { r0: 1, c0: 1, r1: 3, c1: 1 }, type: "Custom", formula: "=B2>4" });
  notes.charts.push({
    name: "我的图表",
    type: "ColumnClustered",
    source: `'${NOTES}'!A1:B4`,
    seriesBy: "Columns",
    valueAxis: {},
    categoryAxis: {},
  });
  notes.columnWidths.set(0, 80);
  m.names.set("我的合计", `='${NOTES}'!$B$2:$B$4`);
  // formulas in table data cells, an extra column and a note beside IssueLog
  const product = cellOf("IssueLog", "产品信息", 0);
  const issues = m.table("IssueLog");
  issues.sheet.ensure(...product).formula = "=1+41";
  issues.sheet.ensure(product[0] + 1, product[1]).formula = "=2*21";
  const suggestion = cellOf("EvaluationLog", "意见建议", 0);
  m.table("EvaluationLog").sheet.ensure(...suggestion).formula = '="复核"&"中"';
  m.addTableColumn(issues, "我的备注");
  issues.sheet.ensure(issues.area.r0 + 1, issues.area.c1).value = "已回访";
  const beside: [number, number] = [issues.area.r0 + 2, issues.area.c1 + 3];
  issues.sheet.ensure(...beside).value = "旁注";
  placed = { product, suggestion, beside };
  before = { order: m.sheets.map((s) => s.name), content: undefined as never, evaluations: 0 };
  const content = structuredClone(userContent());
  before = { ...before, content, evaluations: tableCells(excel, "EvaluationLog")?.rows.length ?? 0 };

  const stage = async (name: string, run: () => Promise<unknown>) => {
    await run();
    after.set(name, {
      content: structuredClone(userContent()),
      evaluations: tableCells(excel, "EvaluationLog")?.rows.length ?? 0,
      refs: evaluationRefs(),
    });
  };
  await stage("set-up again", () => setUpWorkbook(host(), { lang: "zh-CN" }));
  await stage("first import", () => importRecords(host(), "evaluations", WJX));
  await stage("second import of the same file", () => importRecords(host(), "evaluations", WJX));
  await stage("validate", () => validateWorkbook(host()));
  await stage("report", () =>
    generateReport(host(), { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter }),
  );
  await stage("share", () => shareWorkbook(host(), XlsxHost.create(), "zh-CN", { loadSegmenter: loadJiebaSegmenter }));
  await stage("settings", () => updateSettings(host(), { rules: { lowRate: 0.75 } }));
}, 300_000);

test("the fixture holds the user's content (the checks read what the user wrote)", () => {
  const { content } = before;
  expect(content.notes.rows[0]?.[4]?.formula).toBe("=SUM(B2:B4)");
  expect(content.productFormulas.map((c) => c?.formula)).toEqual(["=1+41", "=2*21"]);
  expect(content.suggestionFormula?.formula).toBe('="复核"&"中"');
  expect(content.extraColumn?.[0]).toBe("已回访");
  expect([content.beside?.value, content.name, content.order[0]]).toEqual(["旁注", `='${NOTES}'!$B$2:$B$4`, NOTES]);
});

const STAGES = [
  "set-up again",
  "first import",
  "second import of the same file",
  "validate",
  "report",
  "share",
  "settings",
];

test.each(STAGES)("after %s everything the user put there is as it was", (stage) => {
  const { extraColumn, ...rest } = after.get(stage)?.content ?? ({} as ReturnType<typeof userContent>);
  const { extraColumn: was, ...restBefore } = before.content;
  expect(rest).toEqual(restBefore);
  // the extra column keeps its value; rows the imports append leave it blank
  expect(extraColumn?.slice(0, was?.length)).toEqual(was);
  expect(extraColumn?.slice(was?.length ?? 0).every((v) => v === "")).toBe(true);
});

test("the evaluation table holds the survey's 9 records once, after two imports and every later stage", () => {
  expect(after.get("first import")?.evaluations).toBe(before.evaluations + 9);
  for (const stage of STAGES.slice(1)) {
    const refs = after.get(stage)?.refs ?? [];
    expect([stage, after.get(stage)?.evaluations, refs.length, new Set(refs).size]).toEqual([
      stage,
      before.evaluations + 9,
      9,
      9,
    ]);
  }
});

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { evaluationsSpec } from "../../src/domain/schema";
import type { CellValue, RecordRow } from "../../src/domain/schema/types";
import { monthKey } from "../../src/domain/serial";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ImportSummary } from "../../src/import/import-types";
import { generateReport, type ReportResult } from "../../src/use-cases/generate-report";
import { importRecords } from "../../src/use-cases/import-records";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { parseAddress } from "../../src/workbook/a1";
import { recordsFromGrid } from "../../src/workbook/read-records";
import { calculatedExpectations, compareCalculated } from "../support/calculated-expectations";
import { recalculate } from "../support/libreoffice";

/**
 * After an import, LibreOffice recalculates the workbook and every evaluation's 加权得分, 得分率 and 有效性 must
 * equal what the domain code computes for the row — the demo's rows and the 200 imported ones alike. An answer
 * without 客户编号 is in the table, flagged 信息不全 by the sheet, and counted in the month report's live total
 * (issue 10 item 4, DOMAIN.md §4.1).
 */
type Kind = "valid" | "straight" | "fast" | "blankScore" | "noCustomer";
const KINDS: Kind[] = ["valid", "valid", "valid", "valid", "straight", "fast", "blankScore", "noCustomer"];
const ROWS = 200;

/** A 问卷星-style export of 200 answers; each row's kind is known here, independently of the import. */
function surveyCsv(): { text: string; kinds: Kind[] } {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const kinds: Kind[] = [];
  const lines = [
    "序号,提交答卷时间,所用时间,来源,1、客户编号,2、服务类型,3、响应速度,4、服务态度,5、专业能力,6、问题解决效果,7、服务便捷性,8、意见建议",
  ];
  for (let i = 1; i <= ROWS; i++) {
    const kind = KINDS[Math.floor(next() * KINDS.length)] ?? "valid";
    kinds.push(kind);
    let scores = [1, 2, 3, 4, 5].map(() => String(1 + Math.floor(next() * 5)));
    if (kind === "straight") scores = scores.map(() => scores[0] ?? "3");
    if (kind !== "straight" && scores.every((s) => s === scores[0])) scores[1] = scores[0] === "5" ? "4" : "5";
    if (kind === "blankScore") scores[Math.floor(next() * 5)] = "";
    if (next() < 0.3) scores = scores.map((s) => (s === "" ? s : `${s}分`));
    const seconds = kind === "fast" ? 5 + Math.floor(next() * 24) : 30 + Math.floor(next() * 400);
    const day = 1 + Math.floor(next() * 28);
    const customer = kind === "noCustomer" ? "" : `C202403${String(day).padStart(2, "0")}${String(i).padStart(3, "0")}`;
    const type = ["维修", "咨询", "投诉", "保养", "其他"][i % 5] ?? "其他";
    lines.push(
      [
        i,
        `2024/3/${String(day)} 10:${String(i % 60).padStart(2, "0")}:00`,
        `${String(seconds)}秒`,
        "微信",
        customer,
        type,
      ]
        .concat(scores, [`意见${String(i)}`])
        .join(","),
    );
  }
  return { text: lines.join("\r\n") + "\r\n", kinds };
}

let summary: ImportSummary;
let kinds: Kind[];
let inputs: RecordRow[];
let results: RecordRow[];
let state: Awaited<ReturnType<typeof readWorkbookState>>;
let report: ReportResult;
let reportSheet: readonly (readonly CellValue[])[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "sqd-import-proof-"));
  const file = join(dir, "book.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 60, seed: "import-proof" } });
  const survey = surveyCsv();
  kinds = survey.kinds;
  const host = await XlsxHost.load(readFileSync(file));
  summary = await importRecords(host, "evaluations", {
    fileName: "survey.csv",
    kind: "csv",
    bytes: new TextEncoder().encode(survey.text),
  });
  report = await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: loadJiebaSegmenter });
  writeFileSync(file, await host.toBuffer());
  state = await readWorkbookState(await XlsxHost.load(readFileSync(file)), "zh-CN");
  inputs = state.tables.evaluations?.records ?? [];
  const spec = evaluationsSpec(state.parsed.settings.dimensions);
  const recalculated = await XlsxHost.load(readFileSync(recalculate(file).file));
  results = recordsFromGrid(spec, await recalculated.readTable(spec.tableName), { withCalculated: true }).records;
  reportSheet = (await recalculated.readSheet(report.sheet)) ?? [];
}, 600_000);

test("the import accounts for the 200 answers as the generator made them", () => {
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  expect(summary.rowsRead).toBe(ROWS);
  expect(summary.quarantined).toBe(0);
  expect(summary.imported).toBe(ROWS);
  expect(summary.invalidEvaluations).toBe(ROWS - count("valid"));
  expect(count("valid")).toBeGreaterThan(50);
  expect(count("noCustomer")).toBeGreaterThan(10);
});

test("an answer without 客户编号 is in the table and LibreOffice's 有效性 flags it 信息不全", () => {
  const numbers = kinds.flatMap((k, i) => (k === "noCustomer" ? [String(i + 1)] : []));
  const flagged = results.filter((r) => numbers.includes(String(r["序号"])));
  expect(flagged).toHaveLength(numbers.length);
  expect(flagged.map((r) => [r["customerId"], r["validity"]])).toEqual(numbers.map(() => [undefined, "无效:信息不全"]));
});

test("the month's live total counts them: 评估份数 = the demo's March evaluations + all 200 answers", () => {
  const march = (r: RecordRow) => typeof r["serviceDate"] === "number" && monthKey(r["serviceDate"]) === "2024-03";
  const demoMarch = results.filter((r) => r["序号"] === undefined && march(r)).length;
  const at = (path: string) => {
    const { row, col } = parseAddress(report.cells[path] ?? "A1");
    return reportSheet[row - 1]?.[col - 1];
  };
  expect(at("evaluations.total")).toBe(demoMarch + ROWS);
  const validMarch = results.filter((r) => march(r) && r["validity"] === "有效").length;
  expect(at("evaluations.valid")).toBe(validMarch);
  expect(Number(at("evaluations.validityRate"))).toBeCloseTo(validMarch / (demoMarch + ROWS), 12);
});

test("every evaluation's calculated cells equal the domain code after LibreOffice recalculates", () => {
  const imported = inputs.filter((r) => r["序号"] !== undefined);
  expect(imported).toHaveLength(summary.imported);
  expect(results).toHaveLength(inputs.length);
  const columns = calculatedExpectations(state.parsed.settings, state.parsed.settings.rules.asOf ?? 0).evaluations;
  const { mismatches, seen } = compareCalculated(inputs, results, columns, "EvaluationLog");
  expect(mismatches.slice(0, 20)).toEqual([]);
  expect(seen.get("validity")).toEqual(
    new Set(["有效", "无效:同值作答", "无效:用时过短", "无效:信息不全", ...(seen.get("validity") ?? [])]),
  );
  for (const [field, values] of seen) expect([field, values.size > 1]).toEqual([field, true]);
});

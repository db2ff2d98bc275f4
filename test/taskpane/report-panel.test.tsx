/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ExcelBridge } from "../../src/taskpane/state/host-context";
import { generateReport, type ReportResult } from "../../src/use-cases/generate-report";
import { renderPane, settled, simpleSegmenter, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);

const MONTH = "2024-03";
let demo: Uint8Array;
let expected: ReportResult;

beforeAll(async () => {
  demo = await (await workbookHost("zh-CN", 120)).toBuffer();
  const copy = await XlsxHost.load(demo);
  expected = await generateReport(copy, { month: MONTH, lang: "zh-CN", loadSegmenter: simpleSegmenter });
});

const percent = (locale: string, x: number | undefined) =>
  x === undefined ? "—" : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(x);
const card = (name: string) => screen.getByRole("group", { name }).textContent ?? "";

describe("月报 panel", () => {
  it("offers the months with records, latest first, named for the locale", async () => {
    renderPane({ host: await XlsxHost.load(demo), panel: "report" });
    await settled();
    const months = Array.from((screen.getByLabelText("月份") as HTMLSelectElement).options).map((o) => o.textContent);
    expect(months).toEqual(expect.arrayContaining(["2024年3月", "2024年2月", "2024年1月"]));
    expect(months.indexOf("2024年3月")).toBeLessThan(months.indexOf("2024年1月"));
    // Calls and feedback run on into April; the month of the latest issue is the one suggested.
    expect((screen.getByLabelText("月份") as HTMLSelectElement).value).toBe(MONTH);
  });

  it("generates the report and shows the domain's headline figures", async () => {
    const host = await XlsxHost.load(demo);
    renderPane({ host, panel: "report" });
    await settled();
    fireEvent.change(screen.getByLabelText("月份"), { target: { value: MONTH } });
    fireEvent.click(screen.getByRole("button", { name: "生成月报" }));
    await settled();
    await screen.findByRole("heading", { name: "2024年3月概览" });
    const e = expected.report.evaluations;
    expect(card("总体得分率")).toContain(percent("zh-CN", e.overallRate));
    expect(card("问卷有效率")).toContain(percent("zh-CN", e.validityRate));
    expect(card("问卷有效率")).toContain(`${e.total} 份中 ${e.valid} 份有效`);
    expect(card("样本覆盖率")).toContain(percent("zh-CN", e.coverage));
    expect(card("时限达成率")).toContain(percent("zh-CN", expected.report.sla.onTimeRate));
    expect(
      screen.getByText(`已写入工作表“${expected.sheet}”；新增改进建议 ${expected.improvementsAdded} 条。`),
    ).toBeTruthy();
    expect(await host.sheetNames()).toContain(expected.sheet);
    for (const k of expected.report.topKeywords) expect(screen.getByText(`${k.keyword}——${k.count} 次`)).toBeTruthy();
  });

  it("shows the grade and the figures in English, and opens the sheet in Excel", async () => {
    const host = await XlsxHost.load(demo);
    const activate = jest.spyOn(host, "activate");
    const excel: ExcelBridge = { selectCell: jest.fn(), activeSheetName: jest.fn() };
    renderPane({ host, panel: "report", locale: "en-US", kind: "excel", excel });
    await settled();
    fireEvent.change(screen.getByLabelText("Month"), { target: { value: MONTH } });
    fireEvent.click(screen.getByRole("button", { name: "Generate report" }));
    await settled();
    await screen.findByRole("heading", { name: "March 2024 at a glance" });
    const grade = { 优秀: "Excellent", 良好: "Good", 待改进: "Needs improvement" }[
      expected.report.evaluations.grade ?? "待改进"
    ];
    expect(card("Overall score rate")).toBe(
      `Overall score rate${percent("en-US", expected.report.evaluations.overallRate)}${grade}`,
    );
    fireEvent.click(screen.getByRole("button", { name: "Open the report sheet" }));
    await waitFor(() => expect(activate).toHaveBeenCalledWith(expected.sheet));
  });

  it("reports a week or a custom range of days (issue 15)", async () => {
    const host = await XlsxHost.load(demo);
    renderPane({ host, panel: "report" });
    await settled();
    fireEvent.change(screen.getByLabelText("报告周期"), { target: { value: "week" } });
    const weeks = Array.from((screen.getByLabelText("周期") as HTMLSelectElement).options).map((o) => o.value);
    expect(weeks).toEqual(expect.arrayContaining(["2024-W10", "2024-W01"]));
    fireEvent.change(screen.getByLabelText("周期"), { target: { value: "2024-W10" } });
    fireEvent.click(screen.getByRole("button", { name: "生成月报" }));
    await settled();
    await screen.findByRole("heading", { name: "2024-W10概览" });
    expect(await host.sheetNames()).toContain("周报 2024-W10");

    fireEvent.change(screen.getByLabelText("报告周期"), { target: { value: "range" } });
    const generate = screen.getByRole("button", { name: "生成月报" });
    expect((generate as HTMLButtonElement).disabled).toBe(true); // no days chosen yet
    fireEvent.change(screen.getByLabelText("开始日期"), { target: { value: "2024-03-04" } });
    fireEvent.change(screen.getByLabelText("结束日期(含)"), { target: { value: "2024-03-20" } });
    fireEvent.click(generate);
    await settled();
    await screen.findByRole("heading", { name: "2024-03-04~2024-03-20概览" });
    expect(await host.sheetNames()).toContain("报告 2024-03-04~2024-03-20");
  });

  it("says there is nothing to report in a workbook without dated records", async () => {
    const bare = XlsxHost.create();
    const sheet = bare.workbook.addWorksheet("问题记录");
    sheet.addRow(["x"]);
    renderPane({ host: bare, panel: "report" });
    await settled();
    expect(await screen.findByText("还没有带日期的记录。请先导入或录入记录。")).toBeTruthy();
  });
});

describe("月报 panel: one team (issue 15)", () => {
  it("offers every team of the Lists sheet after 全部团队, and reports the one chosen on its own sheet", async () => {
    const host = await XlsxHost.load(demo);
    const team = await generateReport(await XlsxHost.load(demo), {
      month: MONTH,
      team: "电话客服部",
      lang: "zh-CN",
      loadSegmenter: simpleSegmenter,
    });
    renderPane({ host, panel: "report" });
    await settled();
    const picker = screen.getByLabelText("团队") as HTMLSelectElement;
    const teams = Array.from(picker.options).map((o) => o.textContent);
    expect(teams[0]).toBe("全部团队");
    expect(teams).toEqual(expect.arrayContaining(["电话客服部", "在线客服部", "售后支持组"]));
    expect(picker.value).toBe("");
    fireEvent.change(screen.getByLabelText("月份"), { target: { value: MONTH } });
    fireEvent.change(picker, { target: { value: "电话客服部" } });
    fireEvent.click(screen.getByRole("button", { name: "生成月报" }));
    await settled();
    await screen.findByRole("heading", { name: "2024年3月 · 电话客服部概览" });
    expect(team.report.sla.total).toBeLessThan(expected.report.sla.total);
    expect(card("问卷有效率")).toContain(
      `${team.report.evaluations.total} 份中 ${team.report.evaluations.valid} 份有效`,
    );
    expect(card("时限达成率")).toContain(percent("zh-CN", team.report.sla.onTimeRate));
    expect(await host.sheetNames()).toEqual(expect.arrayContaining(["月报 2024-03 电话客服部"]));
    expect(await host.sheetNames()).not.toContain(expected.sheet); // the all-teams report is not written over
  });

  it("names the picker in English", async () => {
    renderPane({ host: await XlsxHost.load(demo), panel: "report", locale: "en-US" });
    await settled();
    const picker = screen.getByLabelText("Team") as HTMLSelectElement;
    expect(picker.options[0]?.textContent).toBe("All teams");
  });
});

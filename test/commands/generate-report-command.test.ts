import { generateReportFromRibbon } from "../../src/commands/generate-report-command";
import { demoSeed } from "../../src/demo/demo-seed";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import { serialFromParts } from "../../src/domain/serial";
import { OfficeHost } from "../../src/hosts/office";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { ExcelStandIn } from "../hosts/office/excel-stand-in";

/** The ribbon's 生成月报 through the Office host on the Excel stand-in. */
function ribbon(excel: ExcelStandIn, today: number) {
  const notices: { text: string; kind: string }[] = [];
  const run = generateReportFromRibbon({
    openHost: () => new OfficeHost(excel.run),
    lang: "zh-CN",
    loadSegmenter: loadJiebaSegmenter,
    notify: (text, kind) => void notices.push({ text, kind }),
    today,
  });
  return { run, notices };
}

test("reports the previous calendar month, activates its sheet and says so", async () => {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run), { lang: "zh-CN", seed: demoSeed({ issues: 120, seed: "ribbon" }) });
  const { run, notices } = ribbon(excel, serialFromParts(2024, 3, 10));
  await run;
  expect(excel.model.activeSheet).toBe("月报 2024-02");
  expect(notices).toHaveLength(1);
  expect(notices[0]?.kind).toBe("success");
  expect(notices[0]?.text).toContain("月报 2024-02");
}, 60_000);

test("falls back to the latest month with data when the previous month has none", async () => {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run), { lang: "zh-CN", seed: demoSeed({ issues: 120, seed: "ribbon" }) });
  const { run } = ribbon(excel, serialFromParts(2026, 11, 23));
  await run;
  expect(excel.model.activeSheet).toMatch(/^月报 2024-0[34]$/);
}, 60_000);

test("tells the user, and does not throw, when the workbook is not set up", async () => {
  const excel = new ExcelStandIn();
  const { run, notices } = ribbon(excel, serialFromParts(2024, 3, 10));
  await expect(run).resolves.toBeUndefined();
  expect(notices).toEqual([{ kind: "error", text: expect.stringContaining("请先在任务窗格「开始」中设置工作簿") }]);
});

test("a workbook too large for the button's time limit is sent to the task pane, with the reason", async () => {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run), { lang: "zh-CN", seed: demoSeed({ issues: 120, seed: "ribbon" }) });
  const notices: { text: string; kind: string }[] = [];
  await generateReportFromRibbon({
    openHost: () => new OfficeHost(excel.run),
    lang: "zh-CN",
    loadSegmenter: loadJiebaSegmenter,
    notify: (text, kind) => void notices.push({ text, kind }),
    today: serialFromParts(2024, 3, 10),
    maxRecords: 100,
  });
  expect(notices).toEqual([{ kind: "error", text: expect.stringMatching(/条记录.*5 分钟时限.*打开任务窗格/) }]);
  expect(excel.sheetNames().some((s) => s.startsWith("月报"))).toBe(false);
}, 60_000);

test("an Excel error is told as what to do, without Excel's own message", async () => {
  const excel = new ExcelStandIn();
  await setUpWorkbook(new OfficeHost(excel.run), { lang: "en-US", seed: demoSeed({ issues: 120, seed: "ribbon" }) });
  excel.resetStats();
  excel.failAt = 4;
  const notices: { text: string; kind: string }[] = [];
  const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
  await generateReportFromRibbon({
    openHost: () => new OfficeHost(excel.run),
    lang: "en-US",
    loadSegmenter: loadJiebaSegmenter,
    notify: (text, kind) => void notices.push({ text, kind }),
    today: serialFromParts(2024, 3, 10),
  });
  expect(notices).toHaveLength(1);
  expect(notices[0]?.text).toMatch(/Excel is editing a cell.*Press Enter or Esc/);
  expect(notices[0]?.text).not.toContain("cell-editing mode");
  expect(String(error.mock.calls[0]?.[0])).toContain("cell-editing mode");
  error.mockRestore();
}, 60_000);

/**
 * The task pane end to end in real Chromium (issue 5, acceptance): the production build in dist/ served on 127.0.0.1,
 * the pane in browser mode on an .xlsx in memory — demo workbook → import a 问卷星 export → validate → report →
 * download. LibreOffice then recalculates the downloaded workbook, and every report cell must equal the domain's
 * figure. Screenshots of every panel at 320×800 in zh-CN and en-US go to artifacts/screenshots/.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadJiebaSegmenter } from "../../src/domain/keywords/jieba-node";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport, type ReportResult } from "../../src/use-cases/generate-report";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { parseAddress } from "../../src/workbook/a1";
import { sameResult } from "../support/compare";
import { recalculate } from "../support/libreoffice";
import { PaneDriver, SCREENSHOTS } from "./support/pane-driver";
import { figure } from "../support/report-figures";
import { paneSession } from "./support/pane-session";

jest.setTimeout(600_000);

const MONTH = "2024-03";
const WJX = join(__dirname, "../fixtures/import/wjx-evaluations.csv");

const session = paneSession();

describe("zh-CN: demo → import → validate → report → download, proved by LibreOffice", () => {
  let pane: PaneDriver;
  let shownOverallRate = "";
  const out = mkdtempSync(join(tmpdir(), "sqd-e2e-"));
  const book = join(out, "服务质量演示.xlsx");

  beforeAll(async () => {
    pane = new PaneDriver(await session.open("zh-CN"), "zh-CN");
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("starts in browser mode and builds the demo workbook", async () => {
    await pane.page.getByText(pane.t.hostBrowser).waitFor();
    await pane.shot("start-welcome");
    await pane.startDemo();
    const issues = pane.page.getByRole("listitem").filter({ hasText: "问题记录" });
    expect(await issues.innerText()).toContain("300 行");
    await pane.shot("start");
  });

  test("moves between the panels with the arrow keys", async () => {
    await pane.page.getByRole("tab", { name: "开始" }).focus();
    await pane.page.keyboard.press("ArrowRight");
    expect(await pane.page.evaluate(() => document.activeElement?.id)).toBe("tab-import");
  });

  test("imports the 问卷星 export into the evaluation table", async () => {
    await pane.importFile(WJX);
    expect(await pane.page.getByLabel(pane.t.importTable, { exact: true }).inputValue()).toBe("evaluations");
    await pane.shot("import-preview");
    await pane.runImport();
    // The answer without 客户编号 is imported too, flagged 信息不全 by the sheet: nothing is set aside.
    expect(await pane.page.getByRole("group", { name: "已导入", exact: true }).innerText()).toContain("9");
    expect(await pane.page.getByRole("group", { name: "待核查", exact: true }).innerText()).toContain("0");
    await pane.shot("import");
  });

  test("validates the workbook", async () => {
    expect(await pane.validate()).toMatch(/^已检查 [\d,]+ 行/);
    await pane.shot("validate");
  });

  test("generates the March report with the segmenter loaded on demand", async () => {
    shownOverallRate = await pane.report(MONTH);
    expect(shownOverallRate).toMatch(/^\d+(\.\d)?%$/);
    await pane.shot("report");
  });

  test("shows the settings and the shareable copy", async () => {
    await pane.tab("tabSettings");
    await pane.page.getByRole("button", { name: pane.t.settingsDimensions }).waitFor();
    await pane.shot("settings");
    await pane.page.getByRole("button", { name: pane.t.settingsRules }).click();
    await pane.shot("settings-rules");
    await pane.tab("tabShare");
    const copy = await pane.download(() => pane.button(pane.t.shareRun).click());
    expect(copy.suggestedFilename()).toBe("服务质量演示-共享.xlsx");
    await pane.page.getByText(/^已下载/).waitFor();
    await pane.shot("share");
    expect(pane.overflowing).toEqual([]);
    expect(await pane.tabRows()).toBe(1);
  });

  test("downloads the workbook", async () => {
    const download = await pane.download(() => pane.button(pane.t.downloadWorkbook).click());
    expect(download.suggestedFilename()).toBe("服务质量演示.xlsx");
    await download.saveAs(book);
  });

  describe("the downloaded workbook", () => {
    let result: ReportResult;
    let sheet: readonly (readonly CellValue[])[];

    beforeAll(async () => {
      // The domain's figures for the same rows, computed in Node on a copy (the download itself stays as saved).
      result = await generateReport(await XlsxHost.load(await readBook(book)), {
        month: MONTH,
        lang: "zh-CN",
        loadSegmenter: loadJiebaSegmenter,
      });
      const recalculated = await XlsxHost.load(await readBook(recalculate(book).file));
      sheet = (await recalculated.readSheet(result.sheet)) ?? [];
    }, 300_000);

    const cell = (address: string): CellValue => {
      const { row, col } = parseAddress(address);
      return sheet[row - 1]?.[col - 1];
    };

    test("holds the demo records with the imported evaluations", async () => {
      const state = await readWorkbookState(await XlsxHost.load(await readBook(book)), "zh-CN");
      const ids = state.tables.evaluations?.records.map((r) => r["customerId"]) ?? [];
      expect(ids).toEqual(expect.arrayContaining(["C20240301001", "C20240301009"]));
      expect(state.existingSheets).toEqual(expect.arrayContaining(["导入记录", result.sheet]));
    });

    test("every report formula, recalculated by LibreOffice, equals the domain's figure", () => {
      const mismatches = Object.entries(result.cells)
        .map(([path, address]) => [path, address, cell(address), figure(result.report, path)] as const)
        .filter(([, , got, want]) => !sameResult(got, want));
      expect(mismatches).toEqual([]);
      expect(Object.keys(result.cells).length).toBeGreaterThan(100);
      const previous = Object.entries(result.previousCells).filter(
        ([path, address]) => !sameResult(cell(address), figure(result.report.previous, path)),
      );
      expect(previous).toEqual([]);
    });

    test("the pane showed the domain's overall rate", () => {
      const rate = result.report.evaluations.overallRate;
      const expected = new Intl.NumberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 }).format(rate ?? 0);
      expect(shownOverallRate).toBe(expected);
    });
  });
});

describe("en-US: every panel", () => {
  test("walks the panels in English and takes their screenshots", async () => {
    const pane = new PaneDriver(await session.open("en-US"), "en-US");
    expect(await pane.page.getByRole("heading", { level: 1 }).innerText()).toBe("Service Quality Desk");
    await pane.shot("start-welcome");
    await pane.startDemo();
    await pane.shot("start");
    await pane.importFile(WJX);
    await pane.shot("import-preview");
    await pane.runImport();
    await pane.shot("import");
    expect(await pane.validate()).toMatch(/^[\d,]+ rows checked/);
    await pane.shot("validate");
    expect(await pane.report(MONTH)).toMatch(/%$/);
    await pane.shot("report");
    await pane.tab("tabSettings");
    await pane.page.getByRole("button", { name: pane.t.settingsDimensions }).waitFor();
    await pane.shot("settings");
    await pane.page.getByRole("button", { name: pane.t.settingsRules }).click();
    await pane.shot("settings-rules");
    await pane.tab("tabShare");
    await pane.shot("share");
    expect(pane.overflowing).toEqual([]);
    expect(await pane.tabRows()).toBe(1);
  });

  test("follows a dark colour scheme", async () => {
    const pane = new PaneDriver(await session.open("zh-CN", "dark"), "zh-CN", "dark");
    await pane.startDemo();
    await pane.shot("start");
    await pane.tab("tabReport");
    await pane.shot("report");
  });
});

test("no page threw while the panes ran", () => {
  console.log(`Screenshots in ${SCREENSHOTS}`);
  expect(session.pageErrors).toEqual([]);
});

async function readBook(file: string): Promise<Uint8Array> {
  const { readFile } = await import("node:fs/promises");
  return readFile(file);
}

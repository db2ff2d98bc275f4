/**
 * @jest-environment jsdom
 */
import { fireEvent, screen } from "@testing-library/react";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { QUARANTINE_SHEET, quarantineOps } from "../../src/import/quarantine";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { readFileBytes } from "../../src/taskpane/workbook/files";
import { personalDataCells } from "../support/personal-data";
import { renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);

/** What the pane hands the browser to download: the Blob and the anchor's file name. */
function captureDownloads(): { blob?: Blob; name?: string } {
  const captured: { blob?: Blob; name?: string } = {};
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      captured.blob = blob;
      return "blob:test";
    },
    revokeObjectURL: () => undefined,
  });
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    captured.name = this.download;
  });
  return captured;
}

describe("共享 panel", () => {
  it("downloads a masked copy and leaves the open workbook as it is", async () => {
    const host = await workbookHost("zh-CN", 60);
    const before = await readWorkbookState(host, "zh-CN");
    const names = new Set(
      (before.tables.issues?.records ?? [])
        .map((r) => r["customerName"])
        .filter((n): n is string => typeof n === "string"),
    );
    expect(await personalDataCells(host, names)).not.toEqual([]);
    const downloads = captureDownloads();
    renderPane({ host, panel: "share" });
    fireEvent.click(screen.getByRole("button", { name: "下载共享副本" }));
    await settled();

    expect(downloads.name).toBe("测试-共享.xlsx");
    const copy = await XlsxHost.load(await readFileBytes(downloads.blob as Blob));
    expect(await personalDataCells(copy, names)).toEqual([]);
    const masked = await readWorkbookState(copy, "zh-CN");
    expect(masked.tables.issues?.records).toHaveLength(60);
    const count = /遮蔽 (\d+) 个单元格/.exec((await screen.findByText(/^已下载/)).textContent ?? "")?.[1];
    expect(Number(count)).toBeGreaterThan(60);
    expect(await personalDataCells(host, names)).not.toEqual([]);
  });

  it("copies the import quarantine masked, leaves out the user's own sheets, and says why it cannot encrypt", async () => {
    const host = await workbookHost("en-US");
    await host.apply({
      lang: "en-US",
      ops: quarantineOps({
        sheet: QUARANTINE_SHEET.en,
        lang: "en-US",
        existing: undefined,
        source: "survey.csv",
        headers: ["Name", "Phone"],
        rows: [{ sourceRow: 2, reasons: [{ kind: "noValues" }], values: ["王小明", "13812345678"] }],
      }),
    });
    host.workbook.addWorksheet("My notes").addRow(["call 13812345678"]);
    const downloads = captureDownloads();
    renderPane({ host, panel: "share", locale: "en-US" });
    expect((screen.getByLabelText("Password to open") as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(/The browser cannot encrypt the copy/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Download shareable copy" }));
    await settled();
    expect(downloads.name).toBe("测试-shareable.xlsx");
    const copy = await XlsxHost.load(await readFileBytes(downloads.blob as Blob));
    expect(await copy.sheetNames()).toEqual([
      "Issues",
      "Evaluations",
      "Follow-ups",
      "Feedback",
      "Improvements",
      "Lists",
      "Settings",
      "Import quarantine",
    ]);
    expect((await copy.readSheet("Import quarantine"))?.[1]?.slice(3)).toEqual(["王**", "138****5678"]);
  });
});

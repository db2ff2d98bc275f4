/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { ISSUES } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import type { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ExcelBridge } from "../../src/taskpane/state/host-context";
import { tableOps } from "../../src/workbook/layout-table";
import { freshTable } from "../support/fresh-table";
import { renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);

/** A set-up workbook whose issue table has a text date (B3) and an urgency not on the list (M3). */
async function withMistakes(): Promise<XlsxHost> {
  const host = await workbookHost("zh-CN");
  const rows = [
    { id: "2024-SVC-001", receivedAt: 45356.5, urgency: "一般" },
    { id: "2024-SVC-002", receivedAt: "昨天", urgency: "特急" },
  ];
  await host.apply({
    lang: "zh-CN",
    ops: tableOps(
      ISSUES,
      "问题记录",
      { rows, extraHeaders: [], base: freshTable(ISSUES) },
      DEFAULT_DIMENSIONS,
      "zh-CN",
    ),
  });
  return host;
}

describe("校验 panel", () => {
  it("finds nothing wrong in a fresh workbook", async () => {
    renderPane({ host: await workbookHost("zh-CN"), panel: "validate" });
    fireEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await settled();
    expect((await screen.findByText(/未发现问题/)).textContent).toBe("已检查 0 行，未发现问题。");
    expect(screen.getByRole("button", { name: "重新校验" })).toBeTruthy();
  });

  it("warns about a column of names that is not recognised as personal data", async () => {
    const host = await workbookHost("zh-CN");
    const rows = ["张伟", "王芳", "李娜"].map((name, i) => ({
      id: `2024-SVC-00${i + 1}`,
      receivedAt: 45356 + i,
      urgency: "一般",
      列1: name,
    }));
    await host.apply({
      lang: "zh-CN",
      ops: tableOps(
        ISSUES,
        "问题记录",
        { rows, extraHeaders: ["列1"], base: freshTable(ISSUES) },
        DEFAULT_DIMENSIONS,
        "zh-CN",
      ),
    });
    renderPane({ host, panel: "validate" });
    fireEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await settled();
    // the user column follows the 30 fields of a new table (导入来源, 区域, 服务等级 last)
    expect((await screen.findByText(/看起来是姓名/)).textContent).toMatch(/^问题记录 的列 列1 \(AE\) 看起来是姓名/);
  });

  it("lists each problem with its sheet, cell, value and what was expected", async () => {
    renderPane({ host: await withMistakes(), panel: "validate" });
    fireEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await settled();
    const items = within(await screen.findByRole("list", { name: "问题列表" })).getAllByRole("listitem");
    const texts = items.map((item) => item.textContent);
    expect(texts).toContainEqual(
      expect.stringContaining("问题记录!B3接收时间 (B) 的值：昨天应为：日期和时间（日期单元格，不是文本）"),
    );
    expect(texts).toContainEqual(
      expect.stringContaining("问题记录!M3紧急程度 (M) 的值：特急应为：列表工作表中该列表的值（一般、紧急、重大）"),
    );
    expect(screen.getByText(/已检查 2 行，发现 \d+ 个问题。/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /跳转到/ })).toBeNull();
  });

  it("in browser mode shows the problem's row in the read-only viewer, and returns to the list", async () => {
    renderPane({ host: await withMistakes(), panel: "validate" });
    fireEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await settled();
    const item = await screen.findByRole("button", { name: "在工作表查看中显示 问题记录!B3" });
    item.focus();
    fireEvent.click(item);
    await settled();
    const grid = await screen.findByRole("table", { name: /^问题记录，/ });
    const current = grid.querySelector('[aria-current="true"]');
    expect(current?.getAttribute("aria-rowindex")).toBe("4"); // sheet row 3, after the A-B-C header row
    expect(current?.textContent).toContain("昨天");
    expect(document.activeElement).toBe(current);
    fireEvent.click(screen.getByRole("button", { name: "返回" }));
    await waitFor(() => expect(document.activeElement).toBe(item));
    expect(screen.queryByRole("table", { name: /^问题记录，/ })).toBeNull();
  });

  it("in Excel selects the problem's cell when it is clicked", async () => {
    const excel: ExcelBridge = { selectCell: jest.fn(async () => undefined), activeSheetName: jest.fn() };
    renderPane({ host: await withMistakes(), panel: "validate", kind: "excel", excel, locale: "en-US" });
    fireEvent.click(screen.getByRole("button", { name: "Check now" }));
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "Go to 问题记录!B3" }));
    await waitFor(() => expect(excel.selectCell).toHaveBeenCalledWith("问题记录", "B3"));
  });

  it("shows Excel's refusal as an error with what to do next", async () => {
    const { OfficeHostError } = await import("../../src/hosts/office/office-errors");
    const excel: ExcelBridge = {
      selectCell: jest.fn(async () => Promise.reject(new OfficeHostError("selecting 问题记录!B3", "InvalidArgument"))),
      activeSheetName: jest.fn(),
    };
    renderPane({ host: await withMistakes(), panel: "validate", kind: "excel", excel });
    fireEvent.click(screen.getByRole("button", { name: "开始校验" }));
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "跳转到 问题记录!B3" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Excel 未能完成此操作");
    // what was being done, not Excel's own words (those go to the log)
    expect(alert.textContent).toContain("selecting 问题记录!B3");
    expect(alert.textContent).not.toContain("InvalidArgument");
  });
});

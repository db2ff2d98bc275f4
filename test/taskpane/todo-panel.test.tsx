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

/**
 * Two issues of 2024, long past any deadline whatever today is: a 一般 issue received Fri 2024-01-05 10:00 and
 * never completed (due Wed 2024-01-10 10:00: Mon, Tue, Wed), and a completed issue scored 2 (不满意) but not reopened.
 */
async function withDueIssues(): Promise<XlsxHost> {
  const host = await workbookHost("zh-CN");
  const rows = [
    { id: "2024-SVC-001", receivedAt: 45296 + 10 / 24, urgency: "一般", handler: "王工", team: "售后支持组" },
    {
      id: "2024-SVC-002",
      receivedAt: 45296,
      urgency: "一般",
      completedAt: 45297,
      satisfaction: 2,
      status: "已完成",
      handler: "李工",
    },
  ];
  const ops = tableOps(
    ISSUES,
    "问题记录",
    { rows, extraHeaders: [], base: freshTable(ISSUES) },
    DEFAULT_DIMENSIONS,
    "zh-CN",
  );
  await host.apply({ lang: "zh-CN", ops });
  return host;
}

describe("待办 panel", () => {
  it("groups what is due with counts, deadline, lateness and owner, and counts per owner", async () => {
    renderPane({ host: await withDueIssues(), panel: "todo" });
    await settled();
    expect((await screen.findByText(/^共 2 项/)).textContent).toBe("共 2 项，超时 2 项");
    const sla = screen.getByRole("list", { name: "一般问题处理时限(3个工作日) · 1 项" });
    const slaItem = within(sla).getByRole("button");
    expect(slaItem.textContent).toMatch(
      /^2024-SVC-001 已超时 \d+ 天( \d+ 小时)?时限 2024-01-10 10:00 · 王工：查看 问题记录 第 2 行$/,
    );
    const reopen = screen.getByRole("list", { name: "不满意未重新处理 · 1 项" });
    expect(within(reopen).getByRole("button").textContent).toBe(
      "2024-SVC-002 需立即处理请重新打开问题 · 李工：查看 问题记录 第 3 行",
    );
    // Equal loads are listed by name: 李 (U+674E) before 王 (U+738B).
    const owners = screen.getByRole("table", { name: "按负责人统计" });
    expect(
      within(owners)
        .getAllByRole("row")
        .map((r) => r.textContent),
    ).toEqual(["李工1（超时 1）", "王工1（超时 1）"]);
  });

  it("in browser mode opens the item's row in the sheet viewer", async () => {
    renderPane({ host: await withDueIssues(), panel: "todo" });
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: /^2024-SVC-001 .*：查看 问题记录 第 2 行$/ }));
    await settled();
    const grid = await screen.findByRole("table", { name: /^问题记录，/ });
    const current = grid.querySelector('[aria-current="true"]');
    expect(current?.textContent).toContain("2024-SVC-001");
    expect(current?.textContent).toContain("2024-01-05 10:00"); // 接收时间 shown as a date, not a serial
  });

  it("in Excel selects the item's row", async () => {
    const excel: ExcelBridge = { selectCell: jest.fn(async () => undefined), activeSheetName: jest.fn() };
    renderPane({ host: await withDueIssues(), panel: "todo", kind: "excel", excel, locale: "en-US" });
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: /^2024-SVC-002 due now.*: show row 3 of 问题记录$/ }));
    await waitFor(() => expect(excel.selectCell).toHaveBeenCalledWith("问题记录", "3:3"));
  });

  it("says so when nothing is due", async () => {
    renderPane({ host: await workbookHost("en-US"), panel: "todo", locale: "en-US" });
    await settled();
    expect((await screen.findByText("Nothing is due or late.")).textContent).toBe("Nothing is due or late.");
  });
});

/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { fileOf, renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);

/** The status list's rows as [table, badge]. */
async function statusRows(): Promise<string[][]> {
  const list = await screen.findByRole("list", { name: "表格与工作表" });
  return within(list)
    .getAllByRole("listitem")
    .map((item) => [
      item.querySelector(".fui-Body1")?.textContent ?? "",
      item.querySelector(".fui-Badge")?.textContent ?? "",
    ]);
}

describe("开始 panel", () => {
  it("offers the demo, a new workbook and opening a file while none is open", () => {
    renderPane();
    expect(screen.getByRole("heading", { name: "欢迎使用" })).toBeTruthy();
    for (const name of ["从演示工作簿开始", "新建工作簿", "打开 .xlsx 文件"]) {
      expect(screen.getByRole("button", { name })).toBeTruthy();
    }
  });

  it("sets up a new workbook and lists its tables with their row counts", async () => {
    renderPane();
    fireEvent.click(screen.getByRole("button", { name: "新建工作簿" }));
    await settled();
    expect(await statusRows()).toEqual([
      ["问题记录", "0 行"],
      ["满意度评估", "0 行"],
      ["回访记录", "0 行"],
      ["反馈明细", "0 行"],
      ["改进清单", "0 行"],
      ["列表", "已有"],
      ["设置", "已有"],
    ]);
    expect(screen.getByText("服务质量.xlsx")).toBeTruthy();
    expect(screen.getByRole("button", { name: "检查并修复" })).toBeTruthy();
    // The new workbook's status is the result: focus is there, not back on the page body.
    const list = screen.getByRole("list", { name: "表格与工作表" });
    await waitFor(() => expect(document.activeElement?.contains(list)).toBe(true));
  });

  it("opens an .xlsx, shows what is missing and sets it up", async () => {
    const bare = XlsxHost.create();
    bare.workbook.addWorksheet("我的数据");
    renderPane();
    fireEvent.change(screen.getByLabelText("打开 .xlsx 文件"), {
      target: { files: [fileOf("旧台账.xlsx", await bare.toBuffer())] },
    });
    await settled();
    expect((await statusRows()).map(([, badge]) => badge)).toEqual(Array(7).fill("缺失"));
    expect(screen.getByText("旧台账.xlsx")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "建立工作簿" }));
    await settled();
    await waitFor(() => expect(screen.getByText(/完成：新建 7 个工作表/)).toBeTruthy());
    expect((await statusRows()).map(([, badge]) => badge)).toEqual([...Array(5).fill("0 行"), "已有", "已有"]);
  });

  it("sets up a hand-kept 问题记录 as the issue table and says so, in place of a false 'your rows stay'", async () => {
    const kept = XlsxHost.create();
    const sheet = kept.workbook.addWorksheet("问题记录");
    sheet.addRow(["问题编号", "接收时间", "问题描述", "备注"]);
    sheet.addRow(["2024-SVC-001", 45356.5, "空调不制冷", "已联系"]);
    sheet.addRow(["2024-SVC-002", 45357.5, "安装改期", null]);
    sheet.addRow(["2024-SVC-003", 45358.5, "屏幕闪烁", null]);
    renderPane();
    fireEvent.change(screen.getByLabelText("打开 .xlsx 文件"), {
      target: { files: [fileOf("台账.xlsx", await kept.toBuffer())] },
    });
    await settled();
    expect((await statusRows())[0]).toEqual(["问题记录", "缺失"]);
    fireEvent.click(screen.getByRole("button", { name: "建立工作簿" }));
    await settled();
    const done = await screen.findByText(/^完成：新建 6 个工作表/);
    expect(done.textContent).toContain(
      "工作表“问题记录”的 3 行已成为表格 IssueLog 的记录，每个值仍在原来的列名下。未对应字段的列作为额外列保留：备注。",
    );
    expect((await statusRows())[0]).toEqual(["问题记录", "3 行"]);
  });

  it("says a file that is not a workbook cannot be opened, and what to do", async () => {
    renderPane({ locale: "en-US" });
    fireEvent.change(screen.getByLabelText("Open .xlsx…"), { target: { files: [fileOf("notes.xlsx", "not a zip")] } });
    await settled();
    const alert = await screen.findByRole("alert");
    await waitFor(() => expect(document.activeElement?.contains(alert)).toBe(true));
    expect(alert.textContent).toContain("This file is not a readable Excel workbook");
    expect(alert.textContent).toContain("Save it from Excel or LibreOffice as .xlsx");
    fireEvent.click(within(alert).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the row counts of a workbook with records, in English", async () => {
    renderPane({ host: await workbookHost("en-US", 40), locale: "en-US" });
    await settled();
    const list = await screen.findByRole("list", { name: "Tables and sheets" });
    expect(within(list).getAllByText(/^\d+ rows$/)).toHaveLength(5);
    expect(within(list).getByText("Issues").closest("li")?.textContent).toContain("40 rows");
  });

  it("builds the demo workbook", async () => {
    renderPane();
    fireEvent.click(screen.getByRole("button", { name: "从演示工作簿开始" }));
    await settled(60_000);
    const rows = await statusRows();
    expect(rows[0]).toEqual(["问题记录", "300 行"]);
    expect(screen.getByText("服务质量演示.xlsx")).toBeTruthy();
    expect(screen.getByRole("button", { name: "下载工作簿" })).toBeTruthy();
  });
});

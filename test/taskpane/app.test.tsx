/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { PaneRoot } from "../../src/taskpane/components/pane-root";
import { renderPane } from "./support/render-pane";

/** Tab names as a screen reader reads them (Fluent keeps a hidden bold copy of each label for layout). */
const tabNames = () =>
  screen
    .getAllByRole("tab")
    .map((tab) => tab.querySelector("[class*='fui-Tab__content']:not([aria-hidden])")?.textContent);

describe("App", () => {
  it("starts in the given language with the product name as its title", () => {
    render(<PaneRoot kind="browser" initialLocale="zh-CN" />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("服务质量管家");
    expect(screen.getByText("浏览器模式")).toBeTruthy();
  });

  it("switches the title, the tabs and the document language with the language switch", () => {
    render(<PaneRoot kind="browser" initialLocale="zh-CN" />);
    fireEvent.change(screen.getByLabelText("语言"), { target: { value: "en-US" } });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Service Quality Desk");
    expect(tabNames()).toEqual(["Due", "Start", "Import", "Check", "Report", "Settings", "Share"]);
    expect(document.documentElement.lang).toBe("en-US");

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh-CN" } });
    expect(tabNames()).toEqual(["待办", "开始", "导入", "校验", "月报", "设置", "共享"]);
    expect(document.documentElement.lang).toBe("zh-CN");
  });

  it("says when it is connected to Excel", () => {
    render(<PaneRoot kind="excel" initialLocale="en-US" />);
    expect(screen.getByText("Connected to Excel")).toBeTruthy();
  });

  it("shows an Excel that is too old as an error above the panels", async () => {
    const { ExcelVersionError } = await import("../../src/hosts/office/office-errors");
    const error = new ExcelVersionError("ExcelApi", "1.8", "this Excel is older");
    render(<PaneRoot kind="excel" initialLocale="zh-CN" startupError={error} />);
    expect(screen.getByRole("alert").textContent).toContain("此 Excel 版本过旧");
  });

  it("sends every panel but 开始 back to 开始 while no workbook is open", () => {
    renderPane({ panel: "report" });
    expect(screen.getByText("请先在“开始”面板打开工作簿，或从演示工作簿开始。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "前往“开始”" }));
    expect(screen.getByRole("tab", { name: "开始" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("button", { name: "从演示工作簿开始" })).toBeTruthy();
  });
});

describe("browser mode", () => {
  it("downloads the open workbook as .xlsx under its file name", async () => {
    const { workbookHost, settled } = await import("./support/render-pane");
    const { XlsxHost } = await import("../../src/hosts/xlsx/xlsx-host");
    const { readFileBytes } = await import("../../src/taskpane/workbook/files");
    const host = await workbookHost("zh-CN");
    let blob: Blob | undefined;
    let name = "";
    Object.assign(URL, { createObjectURL: (b: Blob) => ((blob = b), "blob:test"), revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      name = this.download;
    });
    renderPane({ host });
    await settled();
    fireEvent.click(screen.getByRole("button", { name: "下载工作簿" }));
    await settled();
    expect(name).toBe("测试.xlsx");
    expect(blob?.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const saved = await XlsxHost.load(await readFileBytes(blob as Blob));
    expect(await saved.sheetNames()).toEqual(await host.sheetNames());
  });
});

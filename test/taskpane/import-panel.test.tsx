/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import type { ExcelBridge } from "../../src/taskpane/state/host-context";
import { fileOf, installCodecs, renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);
installCodecs();

const WJX = readFileSync(join(__dirname, "../fixtures/import/wjx-evaluations.csv"));
const GBK = readFileSync(join(__dirname, "../fixtures/import/gbk-issues.csv"));

/** The mapping table's rows as [letter, source, target]. */
function mappingRows(): string[][] {
  const table = screen.getByRole("table", { name: "源列及其对应字段" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent ?? ""),
    );
}

async function choose(name: string, bytes: Uint8Array) {
  fireEvent.change(screen.getByLabelText("选择文件"), { target: { files: [fileOf(name, bytes)] } });
  await settled();
}

describe("导入 panel", () => {
  let host: XlsxHost;
  beforeEach(async () => {
    host = await workbookHost("zh-CN");
  });

  it("previews a 问卷星 export: detects the evaluation table and shows each column's field", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    await choose("wjx-evaluations.csv", WJX);
    expect((screen.getByLabelText("导入到") as HTMLSelectElement).value).toBe("evaluations");
    const rows = mappingRows();
    expect(rows).toContainEqual(["G", "1、客户编号", "客户编号"]);
    expect(rows).toContainEqual(["I", "3、响应速度", "响应速度"]);
    expect(rows).toContainEqual(["A", "序号", "保留（平台列）"]);
    expect(screen.getByText("wjx-evaluations.csv · UTF-8-BOM")).toBeTruthy();
    expect(screen.getByRole("button", { name: "导入 9 行" })).toBeTruthy();
  });

  it("imports it and shows the counts, the problems and where the set-aside rows went", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    await choose("wjx-evaluations.csv", WJX);
    fireEvent.click(screen.getByRole("button", { name: "导入 9 行" }));
    await settled();
    await screen.findByRole("heading", { name: "导入结果" });
    const figure = (label: string) => screen.getByRole("group", { name: label }).textContent;
    expect(figure("读取行数")).toBe("读取行数9");
    expect(figure("已导入")).toBe("已导入8");
    expect(figure("待核查")).toBe("待核查1");
    expect(figure("有效问卷率")).toContain("62.5%");
    expect(screen.getByText("无法导入的行已放入工作表“导入待核查”，并注明原因。")).toBeTruthy();
    const problems = within(screen.getByRole("list", { name: "导入问题" })).getAllByRole("listitem");
    expect(problems[0]?.textContent).toContain("第 7 行 · 1、客户编号 (G)");
    expect((await host.readTable("EvaluationLog"))?.rows).toHaveLength(8);
    // Browser mode: the sheet is named, there is nothing to open.
    expect(screen.queryByRole("button", { name: /打开“导入待核查”/ })).toBeNull();
  });

  it("detects the issue table of a GBK ticket export, and says what an unknown file lacks", async () => {
    renderPane({ host, panel: "import", locale: "en-US" });
    await settled();
    fireEvent.change(screen.getByLabelText("Choose file…"), { target: { files: [fileOf("tickets.csv", GBK)] } });
    await settled();
    expect((screen.getByLabelText("Import into") as HTMLSelectElement).value).toBe("issues");
    expect(screen.getByText("tickets.csv · GB18030")).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Choose file…"), {
      target: { files: [fileOf("notes.csv", "a,b,c\n1,2,3\n")] },
    });
    await settled();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This file cannot be imported");
    expect(alert.textContent).toContain("notes.csv: no recognisable header row");
  });

  it("refuses a file that is neither CSV nor XLSX", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    await choose("报告.pdf", new Uint8Array([37, 80, 68, 70]));
    expect((await screen.findByRole("alert")).textContent).toContain("不支持此类文件");
  });

  it("in Excel imports the current sheet and opens the quarantine sheet", async () => {
    const excel: ExcelBridge = { selectCell: jest.fn(), activeSheetName: jest.fn(async () => "问卷") };
    const sheet = host.workbook.addWorksheet("问卷");
    const text = new TextDecoder().decode(WJX).replace(/^\uFEFF/, "");
    for (const line of text.split("\n").slice(0, 8)) sheet.addRow(line.split(","));
    const activate = jest.spyOn(host, "activate");
    renderPane({ host, panel: "import", kind: "excel", excel });
    await settled();
    fireEvent.click(screen.getByRole("button", { name: "使用当前工作表" }));
    await settled();
    fireEvent.click(screen.getByRole("button", { name: "导入 7 行" }));
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "打开“导入待核查”" }));
    await waitFor(() => expect(activate).toHaveBeenCalledWith("导入待核查"));
  });
});

/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluationsSpec } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import type { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { recordsFromGrid } from "../../src/workbook/read-records";
import type { ExcelBridge } from "../../src/taskpane/state/host-context";
import { fileOf, installCodecs, renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);
installCodecs();

const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);
const WJX = readFileSync(join(__dirname, "../fixtures/import/wjx-evaluations.csv"));
const GBK = readFileSync(join(__dirname, "../fixtures/import/gbk-issues.csv"));

/** A cell's text; for the field cell, the option chosen in its select. */
function cellText(cell: HTMLElement): string {
  const select = cell.querySelector("select");
  return (select ? select.selectedOptions[0]?.textContent : cell.textContent) ?? "";
}

/** The mapping table's rows as [letter, source, target]. */
function mappingRows(): string[][] {
  const table = screen.getByRole("table", { name: "源列及其对应字段" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cellText(cell).replace(/示例：.*$/, "")),
    );
}

/** The sample values shown under each source header, by column letter. */
function sampleLines(): Map<string, string> {
  const table = screen.getByRole("table", { name: "源列及其对应字段" });
  return new Map(
    within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => {
        const [letter, header] = within(row).getAllByRole("cell").map(cellText);
        return [letter ?? "", /示例：(.*)$/.exec(header ?? "")?.[1] ?? ""];
      }),
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
    expect(sampleLines().get("G")).toBe("C20240301001、C20240301002、C20240301003");
    expect(screen.getByText("wjx-evaluations.csv · UTF-8-BOM")).toBeTruthy();
    expect(screen.getByRole("button", { name: "导入 9 行" })).toBeTruthy();
  });

  it("lets a column's field be corrected before the import, and imports the column into that field", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    const file = "客户编号,服务日期,经办,编号,响应速度\nC1,2024-03-05,E07,X9,4\n";
    await choose("corrected.csv", new TextEncoder().encode(file));
    expect(mappingRows()).toEqual([
      ["A", "客户编号", "客户编号"],
      ["B", "服务日期", "服务日期"],
      ["C", "经办", "保留为额外列"],
      ["D", "编号", "保留为额外列"],
      ["E", "响应速度", "响应速度"],
    ]);
    const staff = screen.getByRole("combobox", { name: "列 C 经办 → 对应字段" });
    expect(
      within(staff)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(expect.arrayContaining(["保留为额外列", "服务人员工号", "意见建议"]));
    fireEvent.change(staff, { target: { value: "staffId" } });
    await settled();
    // 编号 (D) takes 客户编号 from column A, which is then kept as an extra column.
    fireEvent.change(screen.getByRole("combobox", { name: "列 D 编号 → 对应字段" }), {
      target: { value: "customerId" },
    });
    await settled();
    expect(mappingRows()).toEqual([
      ["A", "客户编号", "保留为额外列"],
      ["B", "服务日期", "服务日期"],
      ["C", "经办", "服务人员工号"],
      ["D", "编号", "客户编号"],
      ["E", "响应速度", "响应速度"],
    ]);
    expect((screen.getByLabelText("导入到") as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      "满意度评估（识别 4 列）",
    );

    fireEvent.click(screen.getByRole("button", { name: "导入 1 行" }));
    await settled();
    await screen.findByRole("heading", { name: "导入结果" });
    const { records } = recordsFromGrid(EVALUATIONS, await host.readTable("EvaluationLog"));
    expect(records.map((r) => [r.customerId, r.serviceDate, r.staffId, r.d_response, r["客户编号 (2)"]])).toEqual([
      ["X9", 45356, "E07", 4, "C1"],
    ]);
  });

  it("imports it, shows the counts and the problems, removes the import again, and never imports a row twice", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    const importWjx = async () => {
      await choose("wjx-evaluations.csv", WJX);
      fireEvent.click(screen.getByRole("button", { name: "导入 9 行" }));
      await settled();
      await screen.findByRole("heading", { name: "导入结果" });
    };
    await importWjx();
    const figure = (label: string) => screen.getByRole("group", { name: label }).textContent;
    expect(figure("读取行数")).toBe("读取行数9");
    expect(figure("已导入")).toBe("已导入9");
    expect(figure("待核查")).toBe("待核查0");
    expect(figure("有效问卷率")).toContain("55.6%");
    // The answer without 客户编号 is imported (flagged 信息不全 by the sheet), and listed as a problem.
    expect(screen.queryByText(/无法导入的行已放入工作表/)).toBeNull();
    const problems = within(screen.getByRole("list", { name: "导入问题" })).getAllByRole("listitem");
    expect(problems[0]?.textContent).toBe(
      "1、客户编号 (G) · 1 行（首见：第 7 行）“客户编号”为必填项；此行已导入并标记。",
    );
    expect((await host.readTable("EvaluationLog"))?.rows).toHaveLength(9);

    fireEvent.click(screen.getByRole("button", { name: "撤销本次导入" }));
    expect(screen.getByText("删除本次导入添加的 9 行？手工录入或其他导入的行不受影响。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "删除这些行" }));
    await settled();
    expect(await screen.findByText(/^已删除导入 I\d{8}-01 的 9 行。$/)).toBeTruthy();
    expect((await host.readTable("EvaluationLog"))?.rows.filter((r) => r.some((v) => v !== undefined))).toEqual([]);
    expect(screen.queryByRole("button", { name: "撤销本次导入" })).toBeNull();

    await importWjx();
    expect(figure("已导入")).toBe("已导入9");
    await importWjx();
    expect(figure("已导入")).toBe("已导入0");
    expect(figure("此前已导入")).toBe("此前已导入9");
    expect(screen.getByText("有 9 行此前已导入，本次未重复添加。")).toBeTruthy();
    expect((await host.readTable("EvaluationLog"))?.rows).toHaveLength(9);
    expect((await host.readTable("ImportLog"))?.rows.map((r) => [r[0], r[5], r[6]])).toEqual([
      [expect.stringMatching(/-01$/), 9, 0],
      [expect.stringMatching(/-02$/), 9, 0],
      [expect.stringMatching(/-03$/), 0, 9],
    ]);

    // The 导入记录 list, newest first: an import can be removed later, not only right after it ran.
    const history = within(await screen.findByRole("list", { name: "导入记录" })).getAllByRole("listitem");
    expect(
      history.map((li) => li.textContent?.replace(/I\d{8}-/g, "I…-").replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, "T")),
    ).toEqual([
      "I…-03 · Twjx-evaluations.csv → 满意度评估：添加 0 行，9 行此前已导入",
      "I…-02 · Twjx-evaluations.csv → 满意度评估：添加 9 行，0 行此前已导入撤销 I…-02",
      "I…-01 · Twjx-evaluations.csv → 满意度评估：添加 9 行，0 行此前已导入已于 T 撤销",
    ]);
    fireEvent.click(within(history[1] as HTMLElement).getByRole("button", { name: /^撤销 I\d{8}-02$/ }));
    fireEvent.click(screen.getByRole("button", { name: "删除这些行" }));
    await settled();
    expect(await screen.findByText(/^已删除导入 I\d{8}-02 的 9 行。$/)).toBeTruthy();
    expect((await host.readTable("EvaluationLog"))?.rows.filter((r) => r.some((v) => v !== undefined))).toEqual([]);
  });

  it("detects the issue table of a GBK ticket export, and says what an unknown file lacks", async () => {
    renderPane({ host, panel: "import", locale: "en-US" });
    await settled();
    fireEvent.change(screen.getByLabelText("Choose file…"), { target: { files: [fileOf("tickets.csv", GBK)] } });
    await settled();
    expect((screen.getByLabelText("Import into") as HTMLSelectElement).value).toBe("issues");
    expect(screen.getByText("tickets.csv · GB18030")).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /^Column A .+ → field$/ })).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Choose file…"), {
      target: { files: [fileOf("notes.csv", "a,b,c\n1,2,3\n")] },
    });
    await settled();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("This file cannot be imported");
    expect(alert.textContent).toContain("notes.csv: no row among the first 20 names a column of the table.");
  });

  it("says in Chinese, without English, why an unknown file cannot be imported", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    await choose("随便.csv", new TextEncoder().encode("a,b,c\n1,2,3\n"));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("随便.csv：前 20 行中没有一行包含该表的列名。");
    expect(alert.textContent?.replace(/随便\.csv|CSV|Excel/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  });

  it("adds a value found outside a list to the list with one click, once for all its rows", async () => {
    renderPane({ host, panel: "import" });
    await settled();
    const rows = [1, 2, 3].map((i) => `T${String(i)},2024-03-05 09:00,一般,电话,专业能力`);
    await choose(
      "tickets.csv",
      new TextEncoder().encode(["工单号,受理时间,紧急程度,渠道,问题类别", ...rows].join("\n")),
    );
    fireEvent.click(screen.getByRole("button", { name: "导入 3 行" }));
    await settled();
    const problems = within(screen.getByRole("list", { name: "导入问题" })).getAllByRole("listitem");
    expect(problems).toHaveLength(1);
    expect(problems[0]?.textContent).toContain("问题类别 (E) · 3 行（首见：第 2、3、4 行）");
    // the import history is read again after an import; the fix waits for it like a user would
    await screen.findByRole("heading", { name: "导入记录" });
    await settled();
    fireEvent.click(screen.getByRole("button", { name: "将“专业能力”加入“问题分类”列表" }));
    await settled();
    await screen.findByText("已将“专业能力”加入“问题分类”列表，相关行已有效。");
    const lists = await host.readSheet("列表");
    expect(lists?.some((row) => row.includes("专业能力"))).toBe(true);
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
    // Nothing a cell can hold: the one kind of row that is set aside.
    sheet.addRow(["", "", "", "\u0001"]);
    const activate = jest.spyOn(host, "activate");
    renderPane({ host, panel: "import", kind: "excel", excel });
    await settled();
    fireEvent.click(screen.getByRole("button", { name: "使用当前工作表" }));
    await settled();
    fireEvent.click(screen.getByRole("button", { name: "导入 8 行" }));
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "打开“导入待核查”" }));
    await waitFor(() => expect(activate).toHaveBeenCalledWith("导入待核查"));
  });
});

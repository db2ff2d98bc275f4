/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(120_000);

describe("sheet viewer", () => {
  it("shows any sheet read-only from the workbook bar, rendering only the rows in sight of a large table", async () => {
    // 3,000 demo issues: the issue sheet has 3,001 rows with its header.
    renderPane({ host: await workbookHost("zh-CN", 3000), panel: "start" });
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "工作表" }));
    await settled();
    const grid = await screen.findByRole("table", { name: /^问题记录，/ });
    expect(grid.getAttribute("aria-rowcount")).toBe("3002"); // 3,001 sheet rows + the column-letter row
    const rendered = within(grid).getAllByRole("row");
    expect(rendered.length).toBeLessThan(100);
    expect(rendered[0]?.textContent).toContain("A · 问题编号"); // column letters with the table's header
    expect(rendered[1]?.textContent).toMatch(/^1问题编号接收时间/); // sheet row 1, the header row itself
    // Another sheet from the list: the Settings sheet, its labels as written.
    fireEvent.change(screen.getByLabelText("工作表"), { target: { value: "设置" } });
    await settled();
    const settings = await screen.findByRole("table", { name: /^设置，/ });
    expect(settings.textContent).toContain("超时判断截止时间(留空=当前)");
  });
});

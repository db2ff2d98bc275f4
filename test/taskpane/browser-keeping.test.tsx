/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { memoryStore, renderPane, settled, workbookHost } from "./support/render-pane";

/** Issue 10 item 6: browser mode keeps work — kept in the browser's storage, confirmed before it is replaced. */
jest.setTimeout(60_000);

const statusBadge = async (table: string) => {
  const list = await screen.findByRole("list", { name: "表格与工作表" });
  const item = within(list)
    .getAllByRole("listitem")
    .find((li) => li.querySelector(".fui-Body1")?.textContent === table);
  return item?.querySelector(".fui-Badge")?.textContent;
};

describe("browser mode keeps work", () => {
  beforeEach(() => {
    Object.assign(URL, { createObjectURL: () => "blob:test", revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it("keeps the workbook after every change, marks it not downloaded until it is, and warns on leaving", async () => {
    const store = memoryStore();
    renderPane({ store });
    fireEvent.click(screen.getByRole("button", { name: "新建工作簿" }));
    await settled();
    await waitFor(() => expect(store.kept?.name).toBe("服务质量.xlsx"));
    expect(store.kept?.unsaved).toBe(false);
    expect(screen.queryByText("尚未下载")).toBeNull();

    const leave = () => {
      const event = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    // Any operation that writes (here 检查并修复) marks the workbook changed.
    fireEvent.click(screen.getByRole("button", { name: "检查并修复" }));
    await settled();
    await waitFor(() => expect(store.kept?.unsaved).toBe(true));
    expect(screen.getByText("尚未下载")).toBeTruthy();
    expect(leave()).toBe(true);
    const kept = await XlsxHost.load(store.kept?.bytes ?? new Uint8Array());
    expect(await kept.readTable("IssueLog")).toBeDefined();

    fireEvent.click(screen.getByRole("button", { name: "下载工作簿" }));
    await settled();
    await waitFor(() => expect(screen.queryByText("尚未下载")).toBeNull());
    expect(leave()).toBe(false);
  });

  it("asks before a workbook with changes not downloaded is replaced, and keeps it when told no", async () => {
    const host = await workbookHost("zh-CN");
    renderPane({ host, store: memoryStore() });
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "检查并修复" }));
    await settled();
    await screen.findByText("尚未下载");
    const confirm = jest.spyOn(window, "confirm").mockReturnValue(false);
    fireEvent.click(screen.getByRole("button", { name: "从演示工作簿开始" }));
    await settled();
    expect(confirm).toHaveBeenCalledWith("当前工作簿有尚未下载的更改。仍要替换它吗？");
    expect(screen.getByText("测试.xlsx")).toBeTruthy();

    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole("button", { name: "从演示工作簿开始" }));
    await settled();
    await waitFor(() => expect(screen.queryByText("测试.xlsx")).toBeNull());
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it("offers the workbook kept on the last visit and opens it again, with its rows", async () => {
    const host = await workbookHost("zh-CN", 20);
    const bytes = await host.toBuffer();
    const store = memoryStore({ name: "台账.xlsx", bytes, savedAt: Date.UTC(2024, 2, 5, 8), unsaved: true });
    renderPane({ store });
    expect(
      await screen.findByText(/上次打开的工作簿“台账.xlsx”.*仍保存在此浏览器中。其中有尚未下载的更改。/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重新打开“台账.xlsx”" }));
    await settled();
    expect(await statusBadge("问题记录")).toBe("20 行");
    expect(screen.getByText("台账.xlsx")).toBeTruthy();
    expect(screen.getByText("尚未下载")).toBeTruthy();
  });
});

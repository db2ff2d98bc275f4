/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { renderPane, settled, workbookHost } from "./support/render-pane";

jest.setTimeout(60_000);

const stateOf = async (host: XlsxHost) => readWorkbookState(await XlsxHost.load(await host.toBuffer()), "zh-CN");
/** The "nothing was saved" message bar (each wrong field also carries its own message). */
const notSaved = async () => (await screen.findByText(/^未保存：/)).closest(".fui-MessageBar") as HTMLElement;
const save = () => fireEvent.click(screen.getByRole("button", { name: "保存设置" }));

async function open(host: XlsxHost) {
  renderPane({ host, panel: "settings" });
  await settled();
  await screen.findByRole("button", { name: "维度与权重" });
}

describe("设置 panel", () => {
  it("shows the dimensions with their class and the class shares in percent", async () => {
    await open(await workbookHost("zh-CN"));
    const dimensions = within(screen.getByRole("list", { name: "维度与权重" })).getAllByRole("listitem");
    expect(dimensions).toHaveLength(5);
    expect((within(dimensions[0] as HTMLElement).getByLabelText("中文名称") as HTMLInputElement).value).toBe(
      "响应速度",
    );
    expect((within(dimensions[2] as HTMLElement).getByLabelText("类别") as HTMLSelectElement).value).toBe("核心");
    expect((screen.getByLabelText("核心维度总权重") as HTMLInputElement).value).toBe("60");
    expect(screen.getByRole("button", { name: "保存设置" }).hasAttribute("disabled")).toBe(true);
  });

  it("writes a threshold typed in percent to the Settings sheet", async () => {
    const host = await workbookHost("zh-CN");
    await open(host);
    fireEvent.click(screen.getByRole("button", { name: "阈值与目标" }));
    fireEvent.change(screen.getByLabelText("低分维度阈值(得分率)"), { target: { value: "75" } });
    fireEvent.change(screen.getByLabelText("最短填写用时(秒)"), { target: { value: "45" } });
    save();
    await settled();
    expect(await screen.findByText("已保存到“设置”与“列表”工作表。")).toBeTruthy();
    const { rules } = (await stateOf(host)).parsed.settings;
    expect([rules.lowRate, rules.minFillSeconds]).toEqual([0.75, 45]);
  });

  it("writes nothing while a value is wrong, and says which and why", async () => {
    const host = await workbookHost("zh-CN");
    await open(host);
    const first = within(screen.getByRole("list", { name: "维度与权重" })).getAllByRole("listitem")[0] as HTMLElement;
    fireEvent.change(within(first).getByLabelText("权重"), { target: { value: "30" } });
    fireEvent.click(screen.getByRole("button", { name: "阈值与目标" }));
    fireEvent.change(screen.getByLabelText("CSAT满意下限(加权得分)"), { target: { value: "四" } });
    save();
    await settled();
    const alert = await notSaved();
    expect(within(alert).getByText("未保存：有 2 处需要更正")).toBeTruthy();
    expect(alert.textContent).toContain("CSAT满意下限(加权得分): 请输入不小于 0 的数字。");
    expect(alert.textContent).toContain("维度与权重: 权重合计须为 100%");
    expect(screen.getByLabelText("CSAT满意下限(加权得分)").closest(".fui-Field")?.textContent).toContain(
      "请输入不小于 0 的数字。",
    );

    fireEvent.change(screen.getByLabelText("CSAT满意下限(加权得分)"), { target: { value: "4" } });
    save();
    await settled();
    await waitFor(async () => expect((await notSaved()).textContent).toContain("未保存：有 1 处需要更正"));
    expect((await stateOf(host)).parsed.settings.dimensions.every((d) => d.weight === undefined)).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "撤销更改" }));
    expect(screen.queryByText(/^未保存：/)).toBeNull();
    expect((within(first).getByLabelText("权重") as HTMLInputElement).value).toBe("");
  });

  it("puts the errors above the form, focused, marks each wrong field invalid, and keeps a running weight total", async () => {
    await open(await workbookHost("zh-CN"));
    const total = () => screen.getByText(/^权重/, { selector: "[aria-live]" }).textContent;
    expect(total()).toBe("权重：均未填写，按类别总权重平均分配。");
    const rows = within(screen.getByRole("list", { name: "维度与权重" })).getAllByRole("listitem") as HTMLElement[];
    fireEvent.change(within(rows[0] as HTMLElement).getByLabelText("权重"), { target: { value: "30" } });
    fireEvent.change(within(rows[1] as HTMLElement).getByLabelText("权重"), { target: { value: "25.5%" } });
    expect(total()).toBe("权重合计 55.5%（已填 2/5 个维度）：须每个维度都填写且合计 100%。"); // 30 + 25.5
    fireEvent.change(screen.getByLabelText("核心维度总权重"), { target: { value: "六十" } });
    save();
    await settled();
    const alert = await notSaved();
    await waitFor(() => expect(alert.parentElement).toBe(document.activeElement));
    const accordion = screen.getByRole("button", { name: "维度与权重" });
    // DOCUMENT_POSITION_FOLLOWING: the accordion comes after the error list.
    expect(alert.compareDocumentPosition(accordion) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByLabelText("核心维度总权重").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByLabelText("辅助维度总权重").getAttribute("aria-invalid")).not.toBe("true");
  });

  it("adds a dimension, which the evaluation table gets as a column", async () => {
    const host = await workbookHost("zh-CN");
    await open(host);
    fireEvent.click(screen.getByRole("button", { name: "添加维度" }));
    const added = within(screen.getByRole("list", { name: "维度与权重" })).getAllByRole("listitem")[5] as HTMLElement;
    fireEvent.change(within(added).getByLabelText("中文名称"), { target: { value: "沟通清晰度" } });
    fireEvent.change(within(added).getByLabelText("英文名称"), { target: { value: "Clarity" } });
    save();
    await settled();
    expect(await screen.findByText("已保存，满意度评估表的维度列也已更新。")).toBeTruthy();
    const state = await stateOf(host);
    expect(state.tables.evaluations?.headers["d_custom1"]).toBe("沟通清晰度");
  });

  it("edits a list a value a line; default values stay", async () => {
    const host = await workbookHost("zh-CN");
    await open(host);
    fireEvent.click(screen.getByRole("button", { name: "下拉列表" }));
    fireEvent.change(screen.getByLabelText("列表"), { target: { value: "channel" } });
    const values = screen.getByLabelText("“服务渠道”的值，每行一个") as HTMLTextAreaElement;
    fireEvent.change(values, { target: { value: values.value.replace("电话\n", "") + "\n视频客服" } });
    save();
    await settled();
    expect((await notSaved()).textContent).toContain("服务渠道: 默认值“电话”不能删除。");

    fireEvent.change(values, { target: { value: `电话\n${values.value}` } });
    save();
    await settled();
    await screen.findByText("已保存到“设置”与“列表”工作表。");
    expect((await stateOf(host)).lists.get("channel")).toContain("视频客服");
  });

  it("speaks English, with English labels for the Settings rows", async () => {
    renderPane({ host: await workbookHost("en-US"), panel: "settings", locale: "en-US" });
    await settled();
    fireEvent.click(await screen.findByRole("button", { name: "Thresholds and targets" }));
    expect((screen.getByLabelText("Low-score dimension below (rate)") as HTMLInputElement).value).toBe("70");
    expect(screen.getByRole("group", { name: "Handling deadlines" })).toBeTruthy();
  });
});

import { evaluationsSpec } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { freshTable } from "../support/fresh-table";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { readWorkbookState } from "../../src/use-cases/read-workbook";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { updateSettings, type DimensionDraft } from "../../src/use-cases/update-settings";
import { tableOps } from "../../src/workbook/layout-table";
import { DIMENSIONS_TABLE } from "../../src/workbook/layout-settings";

async function setUp(): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  return host;
}

/** Saves and reopens, so the assertions see what the file holds. */
const reopened = async (host: XlsxHost) => XlsxHost.load(await host.toBuffer());
const stateOf = async (host: XlsxHost) => readWorkbookState(await reopened(host), "zh-CN");
const drafts = (): DimensionDraft[] =>
  DEFAULT_DIMENSIONS.map((d) => ({ key: d.key, zh: d.zh, en: d.en, class: d.class, weight: undefined }));

describe("updateSettings", () => {
  it("writes changed rules to the Settings sheet and leaves the others", async () => {
    const host = await setUp();
    const update = await updateSettings(host, { rules: { lowRate: 0.75, deptCode: "KF" } });
    expect(update).toEqual({ problems: [], written: true, evaluationsRewritten: false });
    const { parsed } = await stateOf(host);
    expect(parsed.settings.rules.lowRate).toBe(0.75);
    expect(parsed.settings.rules.deptCode).toBe("KF");
    expect(parsed.settings.rules.gradeGood).toBe(0.8);
  });

  const expectations: [string, Parameters<typeof updateSettings>[1], [string, string][]][] = [
    ["a percentage over 100%", { rules: { lowRate: 1.5 } }, [["rules.lowRate", "percent"]]],
    ["text where a number belongs", { rules: { csatMin: "四" } }, [["rules.csatMin", "number"]]],
    ["a blank department code", { rules: { deptCode: undefined } }, [["rules.deptCode", "required"]]],
    ["'good' above 'excellent'", { rules: { gradeGood: 0.95 } }, [["rules.gradeGood", "order"]]],
    ["class shares summing to 90%", { rules: { coreShare: 0.5 } }, [["dimensions", "weights"]]],
    [
      "one explicit weight among blanks",
      { dimensions: drafts().map((d, i) => (i === 0 ? { ...d, weight: 0.2 } : d)) },
      [["dimensions", "weights"]],
    ],
    [
      "a dimension without a class",
      { dimensions: drafts().map((d, i) => (i === 1 ? { ...d, class: "主要" } : d)) },
      [["dimensions.1.class", "class"]],
    ],
    ["a default list value removed", { lists: { urgency: ["一般", "紧急"] } }, [["lists.urgency", "default-removed"]]],
    [
      "a list value twice",
      {
        lists: {
          channel: ["电话", "电话", "在线客服", "APP", "邮件", "上门服务", "门店", "社交媒体", "电商平台", "其他"],
        },
      },
      [["lists.channel", "duplicate"]],
    ],
  ];
  it.each(expectations)("refuses %s and writes nothing", async (_, edit, problems) => {
    const host = await setUp();
    const before = await host.toBuffer();
    const update = await updateSettings(host, edit);
    expect(update.written).toBe(false);
    expect(update.problems.map((p) => [p.field, p.code])).toEqual(problems);
    expect(await (await reopened(host)).readSheet("设置")).toEqual(
      await (await XlsxHost.load(before)).readSheet("设置"),
    );
  });

  it("adds list values and blanks the cells of removed ones, also below the longest list", async () => {
    const host = await setUp();
    const stopWords = (await stateOf(host)).lists.get("stopWords") ?? [];
    const longest = Math.max(...[...(await stateOf(host)).lists.values()].map((v) => v.length));
    expect(stopWords).toHaveLength(longest);
    await updateSettings(host, { lists: { stopWords: [...stopWords, "然后", "那么", "其实"] } });
    expect((await stateOf(host)).lists.get("stopWords")).toEqual([...stopWords, "然后", "那么", "其实"]);
    await updateSettings(host, { lists: { stopWords } });
    expect((await stateOf(host)).lists.get("stopWords")).toEqual(stopWords);
  });

  it("writes explicit weights that sum to 100% without touching the evaluation table", async () => {
    const host = await setUp();
    const weights = [0.1, 0.1, 0.3, 0.4, 0.1];
    const update = await updateSettings(host, { dimensions: drafts().map((d, i) => ({ ...d, weight: weights[i] })) });
    expect(update).toEqual({ problems: [], written: true, evaluationsRewritten: false });
    const dims = (await (await reopened(host)).readTable(DIMENSIONS_TABLE))?.rows.map((r) => r[4]);
    expect(dims).toEqual(weights);
  });

  it("adds a dimension: the evaluation table gets its column, existing scores stay", async () => {
    const host = await setUp();
    const spec = evaluationsSpec(DEFAULT_DIMENSIONS);
    await host.apply({
      lang: "zh-CN",
      ops: tableOps(
        spec,
        "满意度评估",
        { rows: [{ customerId: "C1", serviceDate: 45356, d_response: 4 }], extraHeaders: [], base: freshTable(spec) },
        DEFAULT_DIMENSIONS,
        "zh-CN",
      ),
    });
    const dimensions = [
      ...drafts(),
      { key: "d_custom1", zh: "沟通清晰度", en: "Clarity", class: "辅助", weight: undefined },
    ];
    const update = await updateSettings(host, { dimensions });
    expect(update.evaluationsRewritten).toBe(true);
    const state = await stateOf(host);
    expect(state.parsed.settings.dimensions.map((d) => d.key)).toContain("d_custom1");
    expect(state.tables.evaluations?.headers["d_custom1"]).toBe("沟通清晰度");
    expect(state.tables.evaluations?.records[0]?.["d_response"]).toBe(4);
  });

  it("refuses to remove a dimension that holds scores, and removes one that holds none", async () => {
    const host = await setUp();
    const spec = evaluationsSpec(DEFAULT_DIMENSIONS);
    await host.apply({
      lang: "zh-CN",
      ops: tableOps(
        spec,
        "满意度评估",
        { rows: [{ customerId: "C1", serviceDate: 45356, d_response: 4 }], extraHeaders: [], base: freshTable(spec) },
        DEFAULT_DIMENSIONS,
        "zh-CN",
      ),
    });
    const refused = await updateSettings(host, { dimensions: drafts().filter((d) => d.key !== "d_response") });
    expect(refused.problems.map((p) => [p.field, p.code, p.params])).toEqual([
      ["dimensions", "in-use", { value: "响应速度", count: 1 }],
    ]);
    const removed = await updateSettings(host, { dimensions: drafts().filter((d) => d.key !== "d_convenience") });
    expect(removed.written).toBe(true);
    const state = await stateOf(host);
    expect(state.parsed.settings.dimensions.map((d) => d.key)).not.toContain("d_convenience");
    expect((await (await reopened(host)).readTable(DIMENSIONS_TABLE))?.rows).toHaveLength(4);
    expect(state.tables.evaluations?.headers["d_convenience"]).toBeUndefined();
  });

  it("needs a set-up workbook", async () => {
    await expect(updateSettings(XlsxHost.create(), { rules: { lowRate: 0.6 } })).rejects.toMatchObject({
      code: "not-set-up",
    });
  });
});

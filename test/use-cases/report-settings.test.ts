import { SettingsError } from "../../src/domain/errors";
import { SETTING_SPECS } from "../../src/domain/settings";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { generateReport } from "../../src/use-cases/generate-report";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";

/** Issue 10 item 7: `report` refuses to compute from a workbook whose Settings it cannot read, writing nothing. */
const segmenter = async () => (text: string) => text.split(/\s+/);

async function book(damage: (host: XlsxHost) => void): Promise<XlsxHost> {
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  damage(host);
  return XlsxHost.load(await host.toBuffer());
}

async function refusal(host: XlsxHost) {
  const before = await host.sheetNames();
  const error = await generateReport(host, { month: "2024-03", lang: "zh-CN", loadSegmenter: segmenter }).catch(
    (e: unknown) => e,
  );
  expect(await host.sheetNames()).toEqual(before);
  return error;
}

test("a deleted Settings sheet", async () => {
  const error = await refusal(await book((host) => host.workbook.removeWorksheet("设置")));
  expect(error).toBeInstanceOf(SettingsError);
  expect((error as SettingsError).message).toBe(
    "设置: the Settings sheet is missing, so the report has no rules to compute with; run init to add it again",
  );
});

test("a rule value it cannot read", async () => {
  const row = SETTING_SPECS.findIndex((s) => s.key === "minFillSeconds") + 2;
  const error = await refusal(
    await book((host) => {
      const cell = host.workbook.getWorksheet("设置")?.getCell(`C${String(row)}`);
      if (cell) cell.value = "三十";
    }),
  );
  expect(error).toBeInstanceOf(SettingsError);
  expect((error as SettingsError).message).toMatch(/^设置: the setting minFillSeconds holds "三十", expected number; /);
});

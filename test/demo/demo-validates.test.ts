import { DEMO_ISSUES, demoSeed } from "../../src/demo/demo-seed";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { validateWorkbook } from "../../src/use-cases/validate-workbook";

jest.setTimeout(120_000);

describe("the demo workbook", () => {
  it.each(["zh-CN", "en-US"] as const)("%s passes its own validation: 0 problems", async (lang) => {
    const host = XlsxHost.create();
    await setUpWorkbook(host, { lang, seed: demoSeed({ issues: DEMO_ISSUES, seed: "demo" }) });
    const report = await validateWorkbook(host);
    expect(report.rowsChecked).toBeGreaterThan(900);
    expect(report.problems.map((p) => `${p.sheet}!${p.row} ${p.column}`)).toEqual([]);
  });
});

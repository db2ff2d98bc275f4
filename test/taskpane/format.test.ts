import { fill, formatters } from "../../src/taskpane/locale/format";

describe("formatters", () => {
  const zh = formatters("zh-CN");
  const en = formatters("en-US");
  const expectations: [string, string, string][] = [
    ["count", zh.count(12345), en.count(12345)],
    ["percent", zh.percent(0.8734), en.percent(0.8734)],
    ["no data", zh.percent(undefined), en.decimal(undefined)],
    ["month", zh.month("2024-03"), en.month("2024-03")],
  ];
  const want: Record<string, [string, string]> = {
    count: ["12,345", "12,345"],
    percent: ["87.3%", "87.3%"],
    "no data": ["—", "—"],
    month: ["2024年3月", "March 2024"],
  };
  it.each(expectations)("%s", (name, zhText, enText) => {
    expect([zhText, enText]).toEqual(want[name]);
  });
});

describe("fill", () => {
  it("fills named placeholders and keeps unknown ones", () => {
    expect(fill("导入 {rows} 行到{table}{x}", { rows: 12, table: "问题记录" })).toBe("导入 12 行到问题记录{x}");
  });
});

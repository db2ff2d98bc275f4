import { FOLLOWUPS, ISSUES, evaluationsSpec } from "../../src/domain/schema";
import type { CellValue, TableSpec } from "../../src/domain/schema/types";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { mapHeaders } from "../../src/import/header-map";

const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);

/** Each source column as `header → key`, `header → extra` or `header → calculated:key`. */
function mapping(spec: TableSpec, rows: CellValue[][]): string[] | undefined {
  return mapHeaders(spec, rows)?.columns.map((c) => {
    const t = c.target;
    const to = t.kind === "field" ? t.key : t.kind === "calculated" ? `calculated:${t.key}` : t.meta ? "meta" : "extra";
    return `${c.header} → ${to}`;
  });
}

describe("one header row", () => {
  test.each<[string, TableSpec, string, string]>([
    ["zh label", ISSUES, "接收时间", "receivedAt"],
    ["en label, any case", ISSUES, "RECEIVED AT", "receivedAt"],
    ["synonym 联系电话", ISSUES, "联系电话", "contact"],
    ["synonym 问题类别", ISSUES, "问题类别", "category"],
    ["synonym 回访时间", FOLLOWUPS, "回访时间", "callDate"],
    ["question number 1、", EVALUATIONS, "1、响应速度", "d_response"],
    ["question number Q1.", EVALUATIONS, "Q1. 响应速度", "d_response"],
    ["question number 第1题", EVALUATIONS, "第1题 响应速度", "d_response"],
    ["question number (1)", EVALUATIONS, "(1)响应速度", "d_response"],
    ["full-width question number", EVALUATIONS, "１．响应速度", "d_response"],
    ["matrix question: text—item", EVALUATIONS, "5、请对以下方面打分—专业能力", "d_expertise"],
    ["question type in brackets", EVALUATIONS, "6、问题解决效果[单选题]", "d_resolution"],
    ["a required mark", EVALUATIONS, "*客户编号", "customerId"],
    ["a scale in brackets", ISSUES, "满意度(1-5分)", "satisfaction"],
    ["问卷星 所用时间", EVALUATIONS, "所用时间", "fillSeconds"],
    ["a dimension's name from the source documents", EVALUATIONS, "态度与沟通", "d_attitude"],
    ["问卷星 convenience question", EVALUATIONS, "8、办理是否方便", "d_convenience"],
    ["问卷星 open question", EVALUATIONS, "9、您对我们的服务还有什么意见或建议？", "comment"],
    ["腾讯问卷 numbering", EVALUATIONS, "Q5:问题是否得到解决", "d_resolution"],
    ["金数据 wording", EVALUATIONS, "服务人员态度", "d_attitude"],
    ["Microsoft Forms open question", EVALUATIONS, "Any other comments?", "comment"],
  ])("%s: %#", (_name, spec, header, key) => {
    expect(mapping(spec, [[header], ["x"]])).toEqual([`${header} → ${key}`]);
  });

  test("问卷星's own columns are kept as extra columns; 提交答卷时间 stands for a missing 服务日期", () => {
    const header = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、客户编号"];
    expect(mapping(EVALUATIONS, [header])).toEqual([
      "序号 → meta",
      "提交答卷时间 → serviceDate",
      "所用时间 → fillSeconds",
      "来源 → meta",
      "来源详情 → meta",
      "来自IP → meta",
      "1、客户编号 → customerId",
    ]);
  });

  test("with a 服务日期 column, 提交答卷时间 is only kept", () => {
    expect(mapping(EVALUATIONS, [["提交答卷时间", "服务日期"]])).toEqual([
      "提交答卷时间 → meta",
      "服务日期 → serviceDate",
    ]);
  });

  test("a second column naming the same field, a calculated column and an unknown header", () => {
    expect(mapping(EVALUATIONS, [["客户编号", "客户ID", "加权得分", "我的备注"]])).toEqual([
      "客户编号 → customerId",
      "客户ID → extra",
      "加权得分 → calculated:weightedScore",
      "我的备注 → extra",
    ]);
  });

  test("a title row above the header is skipped", () => {
    const header = mapHeaders(ISSUES, [
      ["2024年3月工单导出"],
      [],
      ["问题编号", "接收时间", "紧急程度"],
      ["a", "b", "c"],
    ]);
    expect(header?.headerRows).toEqual([2]);
    expect(header?.firstDataRow).toBe(3);
  });

  test("a column with data but no header is kept; one with neither is not a column", () => {
    const rows = [
      ["接收时间", "", "", "紧急程度"],
      ["2024-03-05", "", "note", "一般"],
    ];
    expect(mapping(ISSUES, rows)).toEqual(["接收时间 → receivedAt", " → extra", "紧急程度 → urgency"]);
    expect(mapHeaders(ISSUES, rows)?.columns.map((c) => c.label)).toEqual(["接收时间 (A)", "C", "紧急程度 (D)"]);
  });

  test("no header naming a field: undefined", () => {
    expect(
      mapHeaders(ISSUES, [
        ["foo", "bar"],
        ["1", "2"],
      ]),
    ).toBeUndefined();
    expect(mapHeaders(ISSUES, [])).toBeUndefined();
  });
});

describe("a header typed over two rows with merged cells", () => {
  const rows: CellValue[][] = [
    ["客户编号", "服务日期", "评分", "", "", "", "", "意见建议"],
    ["", "", "响应速度", "服务态度", "专业能力", "问题解决效果", "服务便捷性", ""],
    ["C1", "2024-03-05", "5", "4", "5", "5", "4", "好"],
  ];

  test("the group cell spans the dimensions, the cells above a blank continue down", () => {
    const header = mapHeaders(EVALUATIONS, rows);
    expect(header?.headerRows).toEqual([0, 1]);
    expect(header?.firstDataRow).toBe(2);
    expect(mapping(EVALUATIONS, rows)).toEqual([
      "客户编号 → customerId",
      "服务日期 → serviceDate",
      "响应速度 → d_response",
      "服务态度 → d_attitude",
      "专业能力 → d_expertise",
      "问题解决效果 → d_resolution",
      "服务便捷性 → d_convenience",
      "意见建议 → comment",
    ]);
  });

  test("merged cells read from an .xlsx repeat their value in every cell they cover", () => {
    const merged: CellValue[][] = [
      ["客户编号", "评分", "评分", "服务日期"],
      ["客户编号", "响应速度", "服务态度", undefined],
      ["C1", 5, 4, 45356],
    ];
    expect(mapping(EVALUATIONS, merged)).toEqual([
      "客户编号 → customerId",
      "响应速度 → d_response",
      "服务态度 → d_attitude",
      "服务日期 → serviceDate",
    ]);
  });

  test("a data row below a one-row header is not taken for a second header row", () => {
    const single: CellValue[][] = [
      ["客户编号", "服务日期", "服务态度"],
      ["C1", "2024-03-05", "服务态度"],
    ];
    expect(mapHeaders(EVALUATIONS, single)?.headerRows).toEqual([0]);
  });
});

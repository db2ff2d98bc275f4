import ExcelJS from "exceljs";
import { guessDelimiter, readSourceGrid } from "../../src/import/read-source";

const csv = (text: string) => ({ fileName: "a.csv", kind: "csv", bytes: new TextEncoder().encode(text) }) as const;

describe("CSV", () => {
  test.each<[string, string, string]>([
    ["comma", "接收时间,紧急程度\n2024-03-05,一般\n", ","],
    ["tab (Excel's Unicode text)", "接收时间\t紧急程度\n2024-03-05\t一般\n", "\t"],
    ["semicolon (a European Excel)", "接收时间;紧急程度\n2024-03-05;一般\n", ";"],
    ["a title line without delimiters above the header", "3月工单\n接收时间;紧急程度;渠道\n", ";"],
    ["one column", "接收时间\n2024-03-05\n", ","],
  ])("%s", (_name, text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });

  test("quoted cells keep delimiters, quotes and line breaks; blank lines stay rows (so row numbers match)", async () => {
    const grid = await readSourceGrid(csv('a,b\r\n"x,1","say ""hi"""\r\n\r\n"two\nlines",=1+1\r\n'));
    expect(grid.rows).toEqual([["a", "b"], ["x,1", 'say "hi"'], [""], ["two\nlines", "=1+1"], [""]]);
    expect(grid.problems).toEqual([]);
  });

  test("an unclosed quote is reported with its record number, and the records after it are read", async () => {
    const grid = await readSourceGrid(csv('a,b\n1,"open\n2,x\n3,"q,r",z\n'));
    expect(grid.problems.map((p) => [p.row, p.reason])).toEqual([[2, { kind: "unbalancedQuote" }]]);
    expect(grid.rows).toEqual([["a", "b"], ["1", '"open'], ["2", "x"], ["3", "q,r", "z"], [""]]);
  });

  test("the header line gives the delimiter even when data lines hold more of another one", () => {
    expect(guessDelimiter("编号;描述\n1;a,b,c,d\n2;e,f,g,h\n")).toBe(";");
    expect(guessDelimiter('"a;b",c\n1,2\n')).toBe(",");
  });
});

describe("XLSX", () => {
  test("merged header cells read as their value in every cell they cover; dates as serials", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("导出");
    ws.getRow(1).values = ["客户编号", "评分", "", "服务日期"];
    ws.getRow(2).values = ["", "响应速度", "服务态度", ""];
    ws.mergeCells("B1:C1");
    ws.mergeCells("A1:A2");
    ws.getRow(3).values = ["C1", 5, 4, new Date(Date.UTC(2024, 2, 5))];
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const grid = await readSourceGrid({ fileName: "m.xlsx", kind: "xlsx", bytes });
    expect(grid.sheet).toBe("导出");
    expect(grid.rows).toEqual([
      ["客户编号", "评分", "评分", "服务日期"],
      ["客户编号", "响应速度", "服务态度", undefined],
      ["C1", 5, 4, 45356],
    ]);
  });
});

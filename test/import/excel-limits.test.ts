import { ImportSourceError } from "../../src/import/errors";
import { readSourceGrid } from "../../src/import/read-source";
import { xlsxExport } from "./xlsx-export";

/**
 * Excel's sheet limits are checked while the source is read: a CSV with more records than Excel has rows
 * (1,048,576), or a record with more fields than Excel has columns (16,384), is refused with a message naming the
 * file, the limit and where it was passed; so is an XLSX export whose sheet goes past them. The large files are generated here, never committed; how long the refusal takes and how much memory it
 * needs are measured by `npm run bench -- import` (bench/import-limits-bench.ts), not asserted.
 */
const HEADER = "工单号,受理时间,渠道,问题描述\n";

/** `header` then `rows` ticket lines, each ending in a line feed. */
function ticketsCsv(rows: number): Uint8Array {
  const line = Buffer.from("T2024030001,2024-03-05 09:00,电话,空调不制冷\n");
  const header = Buffer.from(HEADER);
  const bytes = Buffer.alloc(header.length + line.length * rows);
  header.copy(bytes, 0);
  for (let i = 0; i < rows; i++) line.copy(bytes, header.length + i * line.length);
  return bytes;
}

const csv = (bytes: Uint8Array) => ({ fileName: "tickets.csv", kind: "csv", bytes }) as const;

test("a CSV of 1,048,577 rows (a header and 1,048,576 tickets) is refused naming Excel's row limit", async () => {
  const refusal = readSourceGrid(csv(ticketsCsv(1_048_576)));
  await expect(refusal).rejects.toThrow(ImportSourceError);
  await expect(refusal).rejects.toThrow(
    "tickets.csv row 1048577: more than 1,048,576 rows; expected at most Excel's 1,048,576 rows per sheet",
  );
}, 60_000);

test("with quotes in it (records are then counted by the CSV parser), the same file is refused the same way", async () => {
  const bytes = ticketsCsv(1_048_576);
  const quoted = Buffer.concat([
    Buffer.from('"工单号",受理时间,渠道,问题描述\n'),
    bytes.subarray(Buffer.from(HEADER).length),
  ]);
  await expect(readSourceGrid(csv(quoted))).rejects.toThrow(
    "tickets.csv row 1048577: more than 1,048,576 rows; expected at most Excel's 1,048,576 rows per sheet",
  );
}, 60_000);

test("a quoted line break keeps 1,048,577 lines within 1,048,576 records: read, not refused", async () => {
  const bytes = ticketsCsv(1_048_575);
  const twoLines = Buffer.concat([
    Buffer.from('"工单\n号",受理时间,渠道,问题描述\n'),
    bytes.subarray(Buffer.from(HEADER).length),
  ]);
  const grid = await readSourceGrid(csv(twoLines));
  expect(grid.rows[0]?.[0]).toBe("工单\n号");
  expect(grid.rows.length).toBe(1_048_577);
}, 60_000);

test("a CSV of exactly 1,048,576 rows, its last line end included, is read whole", async () => {
  const grid = await readSourceGrid(csv(ticketsCsv(1_048_575)));
  expect(grid.rows.length).toBe(1_048_577);
  expect(grid.rows[1_048_575]).toEqual(["T2024030001", "2024-03-05 09:00", "电话", "空调不制冷"]);
  expect(grid.rows[1_048_576]).toEqual([""]);
}, 60_000);

test("a record of 16,385 fields is refused naming Excel's column limit and the row", async () => {
  const wide = ["编号", ...Array.from({ length: 16_384 }, (_, i) => `题${String(i + 1)}`)].join(",");
  const refusal = readSourceGrid(csv(new TextEncoder().encode(`${wide}\n1,2\n`)));
  await expect(refusal).rejects.toThrow(
    "tickets.csv row 1: 16,385 columns; expected at most Excel's 16,384 columns per sheet",
  );
});

test("16,384 fields are within the limit", async () => {
  const wide = Array.from({ length: 16_384 }, (_, i) => `题${String(i + 1)}`).join(",");
  const grid = await readSourceGrid(csv(new TextEncoder().encode(`${wide}\n`)));
  expect(grid.rows[0]?.length).toBe(16_384);
});

describe("an XLSX export", () => {
  const xlsx = (bytes: Uint8Array) => ({ fileName: "export.xlsx", kind: "xlsx", bytes }) as const;

  test("whose sheet has a row past 1,048,576 is refused naming the sheet, the row and Excel's limit", async () => {
    const bytes = await xlsxExport("导出", [
      [1, ["编号", "描述"]],
      [2, ["T1", "空调不制冷"]],
      [1_048_577, ["T2", "漏水"]],
    ]);
    await expect(readSourceGrid(xlsx(bytes))).rejects.toThrow(
      "export.xlsx [导出] row 1048577: the sheet goes beyond row 1048577; expected at most Excel's 1,048,576 rows per sheet",
    );
  });

  test("whose stated used range goes past 1,048,576 rows is refused before a row is read", async () => {
    // The rows themselves stay within the limit: only the <dimension> ahead of them can be what is refused.
    const bytes = await xlsxExport("导出", [[1, ["编号"]]], "A1:H1048600");
    await expect(readSourceGrid(xlsx(bytes))).rejects.toThrow(
      "export.xlsx [导出] row 1048600: the sheet goes beyond row 1048600; expected at most Excel's 1,048,576 rows per sheet",
    );
  });

  test("whose last row is 1,048,576 is read", async () => {
    const bytes = await xlsxExport(
      "导出",
      [
        [1, ["编号"]],
        [1_048_576, ["T2"]],
      ],
      "A1:A1048576",
    );
    const grid = await readSourceGrid(xlsx(bytes));
    expect(grid.rows.length).toBe(1_048_576);
    expect(grid.rows[1_048_575]).toEqual(["T2"]);
  }, 60_000);
});

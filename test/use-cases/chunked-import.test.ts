import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { ImportSourceError } from "../../src/import/errors";
import type { ImportSource } from "../../src/import/read-source";
import { importRecords, type ImportOptions } from "../../src/use-cases/import-records";
import { setUpWorkbook } from "../../src/use-cases/set-up-workbook";
import { RecordingHost } from "../support/recording-host";
import { encodeGb18030 } from "../import/gb18030-encoder";
import { xlsxExport } from "../import/xlsx-export";

/**
 * An import converts its source a chunk of rows at a time (issue 18). Cut into chunks of two rows (a CSV into
 * windows of 16 characters), a file plans exactly what it plans read in one chunk, with what crosses a chunk's
 * border: a duplicate id and a repeated row in later chunks, a row set aside and a stray quote in a later chunk
 * (reported with their file, row and column), issue ids generated after every row is in, a re-import that finds
 * every row, and a GB18030 file.
 */

const LONG = "长".repeat(32_768);
const LINES = [
  "问题编号,接收时间,紧急程度,服务渠道,问题描述,问题描述",
  "2024-SVC-001,2024-03-05 09:00,一般,电话,空调不制冷,",
  ",2024-03-05 10:00,紧急,APP,漏水,",
  "2024-SVC-002,2024-03-06 09:00,一般,电话,噪音,",
  "2024-svc-001,2024-03-07 09:00,一般,电话,重复编号,",
  ",2024-03-05 10:00,紧急,APP,漏水,",
  `2024-SVC-003,2024-03-08 09:00,一般,电话,${LONG},`,
  '2024-SVC-004,2024-03-09 09:00,一般,"电话,坏引号,',
  '2024-SVC-005,2024-03-10 09:00,一般,"APP",好,',
  "2024-SVC-006,2024-03-11 09:00,一般,电话,最后一行,",
];
const TEXT = `${LINES.join("\r\n")}\r\n`;
const SMALL: ImportOptions["chunk"] = { rows: 2, csvChars: 16 };
const NOW = 45_360.5;

const csv = (bytes: Uint8Array): ImportSource => ({ fileName: "t.csv", kind: "csv", bytes });

async function planOf(source: ImportSource, chunk?: ImportOptions["chunk"], book?: XlsxHost) {
  const host = book ?? XlsxHost.create();
  if (!book) await setUpWorkbook(host, { lang: "zh-CN" });
  const recorder = new RecordingHost(host);
  const summary = await importRecords(recorder, "issues", source, { now: NOW, chunk });
  return { host, summary, plans: recorder.plans };
}

const kinds = ["duplicateHeader", "duplicateId", "cellTooLong", "unbalancedQuote"];

test("a CSV cut into small chunks plans what it plans in one chunk, and reports what crosses a chunk's border", async () => {
  const whole = await planOf(csv(new TextEncoder().encode(TEXT)));
  const small = await planOf(csv(new TextEncoder().encode(TEXT)), SMALL);
  expect(JSON.stringify(small.plans)).toBe(JSON.stringify(whole.plans));
  expect(small.summary).toEqual(whole.summary);
  const s = small.summary;
  expect([s.rowsRead, s.imported, s.quarantined, s.alreadyImported, s.idsGenerated]).toEqual([9, 7, 1, 1, 2]);
  expect(
    s.problems.filter((p) => kinds.includes(p.reason.kind)).map((p) => [p.file, p.row, p.column, p.reason.kind]),
  ).toEqual([
    ["t.csv", 1, "问题描述 (E)", "duplicateHeader"],
    ["t.csv", 5, "问题编号 (A)", "duplicateId"],
    ["t.csv", 7, "问题描述 (E)", "cellTooLong"],
    ["t.csv", 8, "", "unbalancedQuote"],
  ]);
  const table = small.plans[0]?.ops.find((o) => o.kind === "table" && o.name === "IssueLog");
  if (table?.kind !== "table") throw new Error("no issue table op");
  // Blank ids continue after the highest id of the file, 2024-SVC-006 in its last row; the repeated row is kept.
  const ids = table.rows.map((r) => r[0]);
  expect(ids).toEqual([
    "2024-SVC-001",
    "2024-SVC-007",
    "2024-SVC-002",
    "2024-SVC-008",
    "2024-SVC-004",
    "2024-SVC-005",
    "2024-SVC-006",
  ]);
  const quarantine = small.plans[0]?.ops.find((o) => o.kind === "table" && o.name === "ImportQuarantine");
  expect(quarantine?.kind === "table" && quarantine.rows.map((r) => r.slice(0, 2))).toEqual([["t.csv", 7]]);
});

test("importing the file again in small chunks finds every row it imported", async () => {
  const first = await planOf(csv(new TextEncoder().encode(TEXT)));
  await first.host.apply(first.plans[0] ?? { lang: "zh-CN", ops: [] });
  const again = await planOf(csv(new TextEncoder().encode(TEXT)), SMALL, first.host);
  const s = again.summary;
  expect([s.rowsRead, s.imported, s.quarantined, s.alreadyImported]).toEqual([9, 0, 1, 8]);
});

test("a GB18030 file in small chunks: detected, and planned as the UTF-8 file is", async () => {
  const utf8 = await planOf(csv(new TextEncoder().encode(TEXT)));
  const gbk = await planOf(csv(encodeGb18030(TEXT)), SMALL);
  expect(gbk.summary.encoding).toBe("gb18030");
  expect(JSON.stringify(gbk.plans)).toBe(JSON.stringify(utf8.plans));
});

test("an XLSX sheet in chunks of two rows plans what it plans in one chunk", async () => {
  const rows = LINES.map((line, i) => [i + 1, line.replace(/"/g, "").split(",")] as const);
  const source = { fileName: "t.xlsx", kind: "xlsx", bytes: await xlsxExport("工单", rows) } as const;
  const whole = await planOf(source);
  const small = await planOf(source, { rows: 2 });
  expect(JSON.stringify(small.plans)).toBe(JSON.stringify(whole.plans));
  expect(small.summary.rowsRead).toBe(9);
});

test("a file without a header is refused before anything is planned", async () => {
  const text = ["甲,乙", ...Array.from({ length: 50 }, (_, i) => `${String(i)},x`)].join("\n");
  const host = XlsxHost.create();
  await setUpWorkbook(host, { lang: "zh-CN" });
  const recorder = new RecordingHost(host);
  const importing = importRecords(recorder, "issues", csv(new TextEncoder().encode(text)), { chunk: SMALL });
  await expect(importing).rejects.toThrow(ImportSourceError);
  expect(recorder.plans).toEqual([]);
});

import { demoSeed } from "../../../src/demo/demo-seed";
import { tableSpecs } from "../../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../../src/domain/settings";
import type { ReadRequest, WorkbookHost, WorkbookRead } from "../../../src/hosts/host";
import { OfficeHost } from "../../../src/hosts/office/office-host";
import { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { setUpWorkbook } from "../../../src/use-cases/set-up-workbook";
import { DIMENSIONS_TABLE, HOLIDAYS_TABLE } from "../../../src/workbook/layout-settings";
import { sheetLabels } from "../../../src/workbook/sheet-names";
import { ExcelStandIn } from "./excel-stand-in";
import { withoutCachedResults } from "./workbook-facts";

/**
 * `read` (the bulk verb) gives, name by name, what `readTable`, `readSheet` and `sheetNames` give one at a time, on
 * both hosts — tables and sheets that exist, names that do not, and (on the Office host) however the values are
 * cut into requests.
 */
const TABLES = [...tableSpecs(DEFAULT_DIMENSIONS).map((s) => s.tableName), DIMENSIONS_TABLE, HOLIDAYS_TABLE];
const REQUEST: ReadRequest = {
  tables: [...TABLES, "NoSuchTable", "issuelog"],
  sheets: [...sheetLabels().flatMap((s) => [s.zh, s.en]), "Sheet1", "NoSuchSheet"],
};

/** A read with its tables as a plain Map: the xlsx host makes each grid when asked for (TablesOnRequest). */
async function asMaps(read: Promise<WorkbookRead>): Promise<WorkbookRead> {
  const done = await read;
  return { ...done, tables: new Map(done.tables) };
}

async function singleReads(host: WorkbookHost, request: ReadRequest): Promise<WorkbookRead> {
  const tables = new Map();
  for (const name of request.tables ?? []) tables.set(name, await host.readTable(name));
  const sheets = new Map();
  for (const name of request.sheets ?? []) sheets.set(name, await host.readSheet(name));
  return { sheetNames: await host.sheetNames(), tables, sheets };
}

const excel = new ExcelStandIn();
const xlsx = XlsxHost.create();
xlsx.workbook.addWorksheet("Sheet1");

beforeAll(async () => {
  const seed = demoSeed({ issues: 400, seed: "bulk-read" });
  await setUpWorkbook(new OfficeHost(excel.run), { lang: "zh-CN", seed });
  await setUpWorkbook(xlsx, { lang: "zh-CN", seed });
}, 60_000);

test("the xlsx host's bulk read equals its single reads", async () => {
  const read = await xlsx.read(REQUEST);
  expect(await asMaps(xlsx.read(REQUEST))).toEqual(await singleReads(xlsx, REQUEST));
  expect(read.tables.get("IssueLog")?.rows).toHaveLength(400);
  expect(read.tables.get("NoSuchTable")).toBeUndefined();
  expect(read.sheets.get("NoSuchSheet")).toBeUndefined();
});

test("the Office host's bulk read equals its single reads, in few requests", async () => {
  const host = new OfficeHost(excel.run);
  excel.resetStats();
  const read = await host.read(REQUEST);
  // the list of sheets and tables, the sizes of those that exist, then every value in one request
  expect(excel.syncs).toHaveLength(3);
  expect(read).toEqual(await singleReads(new OfficeHost(excel.run), REQUEST));
  expect(read.tables.get("IssueLog")?.rows).toHaveLength(400);
  // Excel finds tables without case, under the name asked for
  expect(read.tables.get("issuelog")).toEqual({ ...read.tables.get("IssueLog"), name: "issuelog" });
});

test("cut into many small requests, the Office host reads the same", async () => {
  const host = new OfficeHost(excel.run, { blockRows: 37, maxResponseBytes: 40_000 });
  excel.resetStats();
  const read = await host.read(REQUEST);
  expect(excel.syncs.length).toBeGreaterThan(10);
  expect(Math.max(...excel.syncs.map((s) => s.responseBytes))).toBeLessThanOrEqual(44_000);
  expect(read).toEqual(await new OfficeHost(excel.run).read(REQUEST));
});

test("both hosts read the same workbook alike", async () => {
  const request = { tables: [...TABLES, "NoSuchTable"] };
  expect(await new OfficeHost(excel.run).read(request)).toEqual(await asMaps(withoutCachedResults(xlsx).read(request)));
});

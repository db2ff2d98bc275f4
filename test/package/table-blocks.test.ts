import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { tableSpecs } from "../../src/domain/schema";
import type { CellValue } from "../../src/domain/schema/types";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { recalculate } from "../support/libreoffice";
import type { TableBlock } from "./table-blocks";
import { readTableBlocks } from "./table-blocks";

/**
 * The workbook proof of a large workbook reads LibreOffice's recalculated copy as a stream, in blocks: the blocks of
 * each table, joined, are what the xlsx host's readTable reads from the same file.
 */
/**
 * Numbers to a millisecond of a day: ExcelJS turns a date-formatted cell into a Date (milliseconds) and the host turns
 * it back into a serial number, which may differ from the number written in its last bits.
 */
const toMillisecond = (row: readonly CellValue[]) =>
  row.map((v) => (typeof v === "number" ? Math.round(v * 86_400_000) / 86_400_000 : v));

test("a LibreOffice-recalculated demo workbook read in blocks of 50 rows gives readTable's headers and rows", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sqd-blocks-")), "blocks.xlsx");
  await runInit({ file, lang: "zh-CN", demo: { issues: 300, seed: "blocks" } });
  const out = readFileSync(recalculate(file).file);
  const host = await XlsxHost.load(out);
  const names = tableSpecs([]).map((s) => s.tableName);
  const blocks: TableBlock[] = [];
  await readTableBlocks(out, names, (b) => blocks.push(b), 50);
  let tables = 0;
  for (const name of names) {
    const grid = await host.readTable(name);
    if (!grid || grid.rows.length === 0) continue;
    tables++;
    const own = blocks.filter((b) => b.table === name);
    expect(own.map((b) => b.before)).toEqual(own.map((_, i) => i * 50));
    expect({ name, headers: own[0]?.headers, rows: own.flatMap((b) => b.rows).map(toMillisecond) }).toEqual({
      name,
      headers: grid.headers,
      rows: grid.rows.map(toMillisecond),
    });
  }
  expect(tables).toBeGreaterThanOrEqual(4);
}, 300_000);

/**
 * Benchmark of Excel's row limit on import (issue 13 item 2): the command-line import of a generated CSV of
 * 1,048,577 rows (a header and 1,048,576 ticket lines, about 100 MB) into a set-up workbook, run as its own process
 * under /usr/bin/time: how long the refusal takes, the process's peak memory, and that it is refused with a
 * message naming Excel's limit and leaves the workbook as it was. The file is written to a temporary folder and
 * removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../src/cli/init-command";

const ROWS = 1_048_577;

export interface ImportLimitsBench {
  readonly importLimits: {
    readonly rows: number;
    readonly fileBytes: number;
    readonly refused: boolean;
    /** The command's error line. */
    readonly message: string;
    readonly wallSeconds: number;
    readonly peakMemoryMb: number;
    readonly workbookUnchanged: boolean;
  };
}

function ticketsCsv(file: string): number {
  const header = Buffer.from("工单号,受理时间,渠道,问题类别,紧急程度,问题描述,一次性解决,处理人\n");
  const line = Buffer.from("T2024030001,2024-03-05 09:12,在线客服,产品质量,一般,空调不制冷，已上门检测,是,李工\n");
  const bytes = Buffer.alloc(header.length + line.length * (ROWS - 1));
  header.copy(bytes, 0);
  for (let i = 0; i < ROWS - 1; i++) line.copy(bytes, header.length + i * line.length);
  writeFileSync(file, bytes);
  return bytes.length;
}

export async function benchImportLimits(): Promise<ImportLimitsBench> {
  const dir = mkdtempSync(join(tmpdir(), "sqd-import-limits-"));
  try {
    const book = join(dir, "book.xlsx");
    const csv = join(dir, "tickets.csv");
    await runInit({ file: book, lang: "zh-CN" });
    const before = readFileSync(book);
    const fileBytes = ticketsCsv(csv);
    const tsx = join(__dirname, "../node_modules/.bin/tsx");
    const cli = join(__dirname, "../src/cli/main.ts");
    const run = spawnSync(
      "/usr/bin/time",
      ["-f", "TIME %e %M", tsx, cli, "import", book, "--into", "issues", "--from", csv],
      { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 },
    );
    const timing = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
    if (!timing) throw new Error(`no timing from /usr/bin/time: ${run.stderr}`);
    const message = run.stderr.split("\n").find((l) => l.includes("1,048,576")) ?? run.stderr.split("\n")[0] ?? "";
    return {
      importLimits: {
        rows: ROWS,
        fileBytes,
        refused: run.status !== 0 && message.includes("1,048,576"),
        message,
        wallSeconds: Number(timing[1]),
        peakMemoryMb: Math.round(Number(timing[2]) / 1024),
        workbookUnchanged: readFileSync(book).equals(before),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

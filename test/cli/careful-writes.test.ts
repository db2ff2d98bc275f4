import { spawn, spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { runInit } from "../../src/cli/init-command";
import { ISSUES } from "../../src/domain/schema";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";
import { recordsFromGrid } from "../../src/workbook/read-records";

/**
 * Issue 10 item 5: the command line writes a workbook as a careful editor does — one writer at a time (a lock file
 * beside the workbook), the original's mode and symbolic link kept, a read-only file refused, every output path
 * checked before the workbook is written, no temporary file left behind. Real CLI processes throughout.
 */

const root = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "sqd-careful-"));
const demo = join(dir, "demo.xlsx");
const DEMO_ISSUES = 300;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const quiet = (text: string) =>
  text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("npm warn"))
    .join("\n");

/** Starts the CLI; `waiting` resolves when it says on stderr that it waits for another writer. */
function start(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn("npx", ["tsx", "src/cli/main.ts", ...args], {
    cwd: root,
    env: { ...process.env, LC_ALL: "zh_CN.UTF-8", ...env },
  });
  let stdout = "";
  let stderr = "";
  let markWaiting: () => void = () => undefined;
  const waiting = new Promise<void>((resolve) => (markWaiting = resolve));
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes("另一个程序正在写入此工作簿，等待它完成")) markWaiting();
  });
  const done = new Promise<Run>((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr: quiet(stderr) })),
  );
  return { waiting, done };
}

const cli = (args: readonly string[], env: NodeJS.ProcessEnv = {}) => start(args, env).done;

/** Ten issues no other file has (their descriptions carry `tag`), with blank ids the import generates. */
function issuesCsv(tag: string): string {
  const file = join(dir, `issues-${tag}.csv`);
  const rows = Array.from(
    { length: 10 },
    (_, i) => `2024/3/${i + 1} 10:00,热线,产品质量,一般,客户${tag}${i},问题 ${tag}-${i + 1},是,李四`,
  );
  writeFileSync(file, ["受理时间,渠道,问题类别,紧急程度,客户名称,问题描述,一次性解决,处理人", ...rows].join("\n"));
  return file;
}

function bookCopy(name: string, folder = dir): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, name);
  copyFileSync(demo, file);
  return file;
}

async function issueDescriptions(file: string): Promise<string[]> {
  const host = await XlsxHost.load(readFileSync(file));
  return recordsFromGrid(ISSUES, await host.readTable("IssueLog")).records.map((r) => String(r["description"] ?? ""));
}

const lockOf = (file: string) => `${file}.lock`;
const holdLock = (file: string, pid = process.pid) =>
  writeFileSync(lockOf(file), JSON.stringify({ pid, host: hostname(), since: new Date().toISOString() }));
const importArgs = (book: string, csv: string) => ["import", book, "--into", "issues", "--from", csv];

beforeAll(async () => {
  await runInit({ file: demo, lang: "zh-CN", demo: { issues: DEMO_ISSUES, seed: "demo" } });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("two imports into one workbook at the same time", () => {
  test("both wait while another writer holds the lock, then each adds its 10 rows: 320", async () => {
    const book = bookCopy("both-wait.xlsx");
    holdLock(book);
    const env = { SQD_LOCK_WAIT_SECONDS: "600" };
    const a = start(importArgs(book, issuesCsv("A")), env);
    const b = start(importArgs(book, issuesCsv("B")), env);
    await Promise.all([a.waiting, b.waiting]);
    rmSync(lockOf(book));
    const runs = await Promise.all([a.done, b.done]);
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    const descriptions = await issueDescriptions(book);
    expect(descriptions).toHaveLength(DEMO_ISSUES + 20);
    for (const tag of ["A", "B"]) {
      const mine = descriptions.filter((d) => d.startsWith(`问题 ${tag}-`));
      expect(mine.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `问题 ${tag}-${i + 1}`).sort());
    }
    expect(readdirSync(dir).filter((n) => n.startsWith(".both-wait") || n.endsWith(".lock"))).toEqual([]);
  }, 180_000);

  test("started together, they never lose rows: 300 + 10 for each import that says it ran", async () => {
    const book = bookCopy("together.xlsx");
    const runs = await Promise.all([cli(importArgs(book, issuesCsv("C"))), cli(importArgs(book, issuesCsv("D")))]);
    const ran = runs.filter((r) => r.status === 0).length;
    expect(ran).toBeGreaterThan(0);
    for (const refused of runs.filter((r) => r.status !== 0)) {
      expect([refused.status, refused.stderr]).toEqual([2, expect.stringContaining("另一个程序正在写入此工作簿")]);
    }
    expect(await issueDescriptions(book)).toHaveLength(DEMO_ISSUES + 10 * ran);
  }, 180_000);

  test("a writer that cannot get the lock in time stops with a clear message and changes nothing", async () => {
    const book = bookCopy("busy.xlsx");
    const before = readFileSync(book);
    holdLock(book);
    const r = await cli(importArgs(book, issuesCsv("E")), { SQD_LOCK_WAIT_SECONDS: "1", LC_ALL: "en_US.UTF-8" });
    rmSync(lockOf(book));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Error: Another program is writing this workbook.");
    expect(r.stderr).toContain(`delete ${lockOf(book)} and try again`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(book).equals(before)).toBe(true);
  }, 120_000);

  test("a lock and a temporary file left by a crashed writer are cleared by the next one", async () => {
    const book = bookCopy("crashed.xlsx");
    const gone = spawnSync(process.execPath, ["-e", ""]).pid;
    holdLock(book, gone ?? 0);
    const leftover = join(dir, ".crashed.xlsx.0badcafe.tmp");
    writeFileSync(leftover, "half a workbook");
    const r = await cli(importArgs(book, issuesCsv("F")));
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(await issueDescriptions(book)).toHaveLength(DEMO_ISSUES + 10);
    expect(readdirSync(dir).filter((n) => n.includes("crashed.xlsx."))).toEqual([]);
  }, 120_000);
});

describe("the file itself", () => {
  test("an in-place import keeps the workbook's mode and writes through its symbolic link", async () => {
    const real = bookCopy("book.xlsx", join(dir, "real"));
    chmodSync(real, 0o600);
    const link = join(dir, "link.xlsx");
    symlinkSync(real, link);
    const r = await cli(importArgs(link, issuesCsv("G")));
    expect([r.status, r.stderr]).toEqual([0, ""]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    expect(await issueDescriptions(real)).toHaveLength(DEMO_ISSUES + 10);
    expect(readdirSync(join(dir, "real"))).toEqual(["book.xlsx"]);
  }, 120_000);

  test("a read-only workbook is refused with a clear message and left as it was", async () => {
    const book = bookCopy("read-only.xlsx", join(dir, "ro"));
    chmodSync(book, 0o444);
    const before = readFileSync(book);
    const r = await cli(importArgs(book, issuesCsv("H")));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("错误：此文件是只读的。");
    expect(r.stderr).toContain(`error: ${book}: the file is read-only`);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(statSync(book).mode & 0o777).toBe(0o444);
    expect(readdirSync(join(dir, "ro"))).toEqual(["read-only.xlsx"]);
  }, 120_000);
});

describe("output paths are checked before the workbook is written", () => {
  test.each([
    ["import --json", (book: string, folder: string) => [...importArgs(book, issuesCsv("I")), "--json", folder]],
    ["report --json", (book: string, folder: string) => ["report", book, "--month", "2024-03", "--json", folder]],
    ["report --out", (book: string, folder: string) => ["report", book, "--month", "2024-03", "--out", folder]],
  ])(
    "%s naming a folder: exit 2, a clear message, no stack trace, the workbook untouched",
    async (name, args) => {
      const folder = join(dir, `out-${name.replace(/\W+/g, "-")}`);
      const book = bookCopy("book.xlsx", folder);
      mkdirSync(join(folder, "summary"));
      const before = readFileSync(book);
      const r = await cli(args(book, join(folder, "summary")));
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("错误：输出路径无法写入文件。");
      expect(r.stderr).toContain(`${join(folder, "summary")}: is a folder; name a file in it; nothing was written`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(readFileSync(book).equals(before)).toBe(true);
      expect(readdirSync(folder).sort()).toEqual(["book.xlsx", "summary"]);
    },
    120_000,
  );

  test("--json naming the workbook itself is refused before anything is written", async () => {
    const book = bookCopy("self.xlsx", join(dir, "self"));
    const before = readFileSync(book);
    const r = await cli([...importArgs(book, issuesCsv("J")), "--out", join(dir, "self", "out.xlsx"), "--json", book]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--json ${book}: is the same file as the workbook`);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(readdirSync(join(dir, "self"))).toEqual(["self.xlsx"]);
  }, 120_000);
});

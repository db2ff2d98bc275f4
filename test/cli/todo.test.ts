import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { parseAsOf } from "../../src/cli/todo-command";
import { XlsxHost } from "../../src/hosts/xlsx/xlsx-host";

const dir = mkdtempSync(join(tmpdir(), "sqd-todo-"));
const book = join(dir, "demo.xlsx");

function cli(...args: string[]): string {
  return execFileSync("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: join(__dirname, "../.."), encoding: "utf8" });
}

interface JsonItem {
  kind: string;
  id?: string;
  late?: number;
  sheet?: string;
  row?: number;
}

describe("todo <book>", () => {
  beforeAll(() => cli("init", book, "--demo"), 120_000);

  test("--json: as of the Settings sheet's 2024-04-01 (serial 45383), each item pointing at its own row", async () => {
    const out = JSON.parse(cli("todo", book, "--json")) as {
      asOf: number;
      asOfSource: string;
      items: JsonItem[];
      byKind: Record<string, number>;
    };
    // 2024-01-01 = 45292; + 31 (Jan) + 29 (Feb) + 31 (Mar) = 45383.
    expect([out.asOf, out.asOfSource]).toEqual([45383, "settings"]);
    expect(out.items.length).toBeGreaterThan(0);
    const counted = Object.values(out.byKind).reduce((a, b) => a + b, 0);
    expect(counted).toBe(out.items.length);
    const host = await XlsxHost.load(readFileSync(book));
    const sheets = new Map<string, Awaited<ReturnType<XlsxHost["readSheet"]>>>();
    for (const item of out.items) {
      const name = item.sheet ?? "";
      if (!sheets.has(name)) sheets.set(name, await host.readSheet(name));
      const cell = sheets.get(name)?.[(item.row ?? 0) - 1]?.[0]; // the id is the first column
      expect([item.kind, cell]).toEqual([item.kind, item.id]);
    }
  }, 60_000);

  test("--as-of sets the clock the worklist is judged against", () => {
    const early = JSON.parse(cli("todo", book, "--json", "--as-of", "2024-01-01")) as {
      asOf: number;
      items: JsonItem[];
    };
    expect(early.asOf).toBe(45292);
    const text = cli("todo", book, "--as-of", "2024-01-01T09:30");
    expect(text.split("\n")[0]).toContain("worklist as of 2024-01-01 09:30");
  }, 60_000);
});

describe("parseAsOf", () => {
  it.each([
    ["2024-01-01", 45292],
    ["2024-02-29T12:00", 45351.5], // 2024-02-29 = 45292 + 31 + 28
    ["2024-01-05 06:00", 45296.25],
  ])("%s → %d", (text, serial) => {
    expect(parseAsOf(text)).toBeCloseTo(serial, 9);
  });

  it.each(["2024-02-30", "2024-1-1", "2024-01-01T24:00", "yesterday"])("refuses %s", (text) => {
    expect(() => parseAsOf(text)).toThrow(/--as-of must be/);
  });
});

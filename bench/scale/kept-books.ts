import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The init workbook of one size, kept by the scale bench for a later part of the same `npm run bench` (the browser
 * bench opens the workbook of its size instead of making it again); removed when the run ends.
 */
export interface KeptBook {
  readonly file: string;
  readonly initSeconds: number;
}

const kept = new Map<number, KeptBook>();
let folder: string | undefined;

export function keepInitBook(rows: number, file: string, initSeconds: number): void {
  if (folder === undefined) {
    const made = mkdtempSync(join(tmpdir(), "sqd-bench-kept-"));
    process.on("exit", () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  const target = join(folder, `init-${String(rows)}.xlsx`);
  renameSync(file, target);
  kept.set(rows, { file: target, initSeconds });
}

export const keptInitBook = (rows: number): KeptBook | undefined => kept.get(rows);

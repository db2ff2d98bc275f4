import { resolve } from "node:path";
import { formatSerial, serialFromParts } from "../domain/serial";
import { TODO_KINDS, TODO_LABELS } from "../domain/todo";
import type { TodoItem } from "../domain/todo";
import { openWorkbookFile } from "../hosts/xlsx/workbook-file";
import { nowSerial } from "../use-cases/import-records";
import type { WorklistResult } from "../use-cases/read-worklist";
import { readWorklist } from "../use-cases/read-worklist";
import type { ParsedArgs } from "./args";
import { intFlag, stringFlag, UsageError } from "./args";

export const TODO_USAGE = "todo <book.xlsx> [--as-of YYYY-MM-DD[THH:MM]] [--within DAYS] [--json] [--password PW]";

/** `YYYY-MM-DD`, `YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM` as a serial (a date alone is its 00:00). */
export function parseAsOf(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(text);
  const [, y, mo, d, hh, mi] = m ?? [];
  const parts = [y, mo, d, hh ?? "0", mi ?? "0"].map(Number) as [number, number, number, number, number];
  const serial = m ? serialFromParts(...parts) : NaN;
  if (!m || formatSerial(serial, false) !== `${y}-${mo}-${d}` || parts[3] > 23 || parts[4] > 59) {
    throw new UsageError(`--as-of must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not "${text}"`);
  }
  return serial;
}

/** Reads the worklist of a workbook file; never changes the workbook. */
export async function runTodo(args: ParsedArgs, now = nowSerial()): Promise<WorklistResult> {
  const book = args.positional[1];
  if (!book) throw new UsageError(`usage: ${TODO_USAGE}`);
  const asOfText = stringFlag(args, "as-of");
  const host = await openWorkbookFile(resolve(book), { mustExist: true, password: stringFlag(args, "password") });
  return readWorklist(host, {
    now,
    asOf: asOfText === undefined ? undefined : parseAsOf(asOfText),
    withinDays: intFlag(args, "within", 0),
  });
}

function lateText(item: TodoItem): string {
  if (item.late === undefined) return "due now";
  if (item.allDay) {
    const days = Math.abs(item.late);
    return item.late > 0 ? `${days} d late` : item.late === 0 ? "due today" : `due in ${days} d`;
  }
  const hours = Math.round(Math.abs(item.late) * 24);
  const span = hours >= 24 ? `${Math.floor(hours / 24)} d ${hours % 24} h` : `${hours} h`;
  return item.late > 0 ? `${span} late` : `due in ${span}`;
}

/** Groups with their counts, one line per item, then the load per owner. */
export function formatTodo(file: string, result: WorklistResult): string {
  const { worklist, places } = result;
  const lines = [`${file}: worklist as of ${formatSerial(worklist.asOf, true)}, ${worklist.items.length} item(s)`];
  for (const kind of TODO_KINDS) {
    if (worklist.byKind[kind] === 0) continue;
    lines.push("", `${TODO_LABELS[kind].en} (${worklist.byKind[kind]})`);
    worklist.items.forEach((item, i) => {
      if (item.kind !== kind) return;
      const place = places[i];
      const deadline = item.deadline === undefined ? "—" : formatSerial(item.deadline, !item.allDay);
      const where = place ? `${place.sheet}!${place.row}` : "";
      lines.push(`  ${item.id ?? "(no id)"}  ${deadline}  ${lateText(item)}  ${item.owner ?? "(no owner)"}  ${where}`);
    });
  }
  if (worklist.byOwner.length > 0) {
    lines.push("", "by owner:");
    for (const o of worklist.byOwner) lines.push(`  ${o.name ?? "(no owner)"}: ${o.total} (${o.late} late)`);
  }
  return lines.join("\n");
}

/** The worklist as JSON: items with their sheet and row, counts per kind, owner and team. */
export function todoJson(result: WorklistResult): string {
  const { worklist, places } = result;
  const items = worklist.items.map((item, i) => ({ ...item, sheet: places[i]?.sheet, row: places[i]?.row }));
  return JSON.stringify({ ...worklist, items, asOfSource: result.asOfSource }, null, 2);
}

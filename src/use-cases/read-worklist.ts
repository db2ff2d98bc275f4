import type { Lang, TableKey } from "../domain/schema/types";
import { buildWorklist } from "../domain/todo";
import type { TodoItem, Worklist } from "../domain/todo";
import type { WorkbookHost } from "../hosts/host";
import { locateTable } from "../import/locate-rows";
import { readWorkbookState } from "./read-workbook";
import type { WorkbookState } from "./read-workbook";

/** Where a worklist item's record is: its sheet and 1-based Excel row (header row + body row). */
export interface RecordPlace {
  readonly sheet: string;
  readonly row: number;
}

export interface WorklistResult {
  readonly worklist: Worklist;
  /** The sheet and row of each item, in the order of `worklist.items`. */
  readonly places: readonly (RecordPlace | undefined)[];
  /** Where the as-of time came from: the Settings sheet's 超时判断截止时间, or the time given (now). */
  readonly asOfSource: "settings" | "given";
}

/**
 * The 待办 list of a workbook (issue 16): reads the record tables and settings, and builds the worklist as of the
 * Settings sheet's as-of time when one is set, else as of `now` (a serial in the user's time zone). An explicit
 * `asOf` wins over both. Reads only; writes nothing.
 */
export async function readWorklist(
  host: WorkbookHost,
  options: { readonly now: number; readonly asOf?: number; readonly lang?: Lang; readonly withinDays?: number },
): Promise<WorklistResult> {
  const state = await readWorkbookState(host, options.lang ?? "zh-CN");
  const settings = state.parsed.settings;
  const fromSettings = options.asOf === undefined ? settings.rules.asOf : undefined;
  const asOf = options.asOf ?? fromSettings ?? options.now;
  const records = (key: TableKey) => state.tables[key]?.records ?? [];
  const worklist = buildWorklist(
    { issues: records("issues"), followups: records("followups"), improvements: records("improvements") },
    settings,
    asOf,
    { withinDays: options.withinDays },
  );
  const rowsOf = await excelRows(host, state, ["issues", "followups", "improvements"]);
  const placeOf = (item: TodoItem): RecordPlace | undefined => {
    const row = rowsOf.get(item.table)?.[item.record];
    return row === undefined ? undefined : { sheet: state.sheetNames[item.table], row };
  };
  return {
    worklist,
    places: worklist.items.map(placeOf),
    asOfSource: fromSettings === undefined ? "given" : "settings",
  };
}

/** Each record's 1-based Excel row, found by locating the table's header on its sheet (one bulk read). */
async function excelRows(
  host: WorkbookHost,
  state: WorkbookState,
  keys: readonly TableKey[],
): Promise<Map<TableKey, readonly number[]>> {
  const present = keys.filter((k) => state.tables[k]?.base !== undefined);
  const read = await host.read({ sheets: present.map((k) => state.sheetNames[k]) });
  const rows = new Map<TableKey, readonly number[]>();
  for (const key of present) {
    const table = state.tables[key];
    if (!table?.base) continue;
    const sheet = state.sheetNames[key];
    const grid = {
      sheet,
      name: key,
      headers: table.base.headers,
      rows: table.records.map(() => []),
      rowIndex: [],
      bodyRows: 0,
    };
    rows.set(key, locateTable(read.sheets.get(sheet), grid).rows);
  }
  return rows;
}

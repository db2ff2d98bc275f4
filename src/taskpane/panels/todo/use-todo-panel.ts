import { useCallback, useEffect, useRef, useState } from "react";
import { serialFromParts } from "../../../domain/serial";
import type { TodoItem } from "../../../domain/todo/todo-types";
import type { RecordPlace, WorklistResult } from "../../../use-cases/read-worklist";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { useViewer } from "../../state/viewer-context";
import { loadWorkbookActions } from "../../workbook/load-actions";

/** The current local time as a serial date-time (the clock the worklist is judged by when Settings sets none). */
function nowSerial(date = new Date()): number {
  const parts = [date.getMonth() + 1, date.getDate(), date.getHours(), date.getMinutes(), date.getSeconds()] as const;
  return serialFromParts(date.getFullYear(), ...parts);
}

/**
 * The 待办 panel: reads the worklist whenever the workbook changes, and shows an item's row — selected in Excel, or
 * in the read-only sheet viewer in browser mode. After a refresh, focus goes to the summary.
 */
export function useTodoPanel() {
  const { workbook, revision, excel } = useHost();
  const { t } = useLocale();
  const { run, step } = useOperation();
  const viewer = useViewer();
  const [result, setResult] = useState<WorklistResult>();
  const summary = useRef<HTMLDivElement>(null);

  const load = useCallback(
    async (focus: boolean) => {
      if (!workbook) return;
      const found = await run(t.progressWorklist, async () =>
        (await loadWorkbookActions()).worklist(workbook.host, nowSerial()),
      );
      if (!found) return;
      setResult(found);
      if (focus) setTimeout(() => summary.current?.focus(), 0);
    },
    [workbook, run, t],
  );

  useEffect(() => {
    void load(false);
    // Read again when the workbook is replaced or changed, not when the language changes.
  }, [workbook, revision]);

  const show = (_item: TodoItem, place: RecordPlace) => {
    if (excel) void run(t.progressSelecting, () => excel.selectCell(place.sheet, `${place.row}:${place.row}`));
    else viewer.open({ sheet: place.sheet, row: place.row });
  };

  return {
    result,
    refresh: () => void load(true),
    show,
    summary,
    busy: step !== undefined,
    inExcel: excel !== undefined,
  };
}

import { useRef, useState } from "react";
import type { ValidationProblem, ValidationReport } from "../../../use-cases/validate-workbook";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { useViewer } from "../../state/viewer-context";
import { loadWorkbookActions } from "../../workbook/load-actions";

/** `F12` for a problem whose column is `服务日期 (F)` (or just `A`). */
export function cellOf(problem: Pick<ValidationProblem, "row" | "column">): string {
  const letter =
    /\(([A-Z]{1,3})\)\s*$/.exec(problem.column)?.[1] ?? (/^[A-Z]{1,3}$/.test(problem.column) ? problem.column : "A");
  return `${letter}${String(problem.row)}`;
}

/**
 * The 校验 panel: checks every table and the settings, lists the problems, and shows a problem's cell — selected in
 * Excel, or its row in the read-only sheet viewer in browser mode. After a check, focus goes to its summary.
 */
export function useValidatePanel() {
  const { workbook, excel } = useHost();
  const viewer = useViewer();
  const summary = useRef<HTMLDivElement>(null);
  const { t } = useLocale();
  const { run, step } = useOperation();
  const [report, setReport] = useState<ValidationReport>();

  const check = async () => {
    if (!workbook) return;
    const found = await run(t.progressValidating, async () => (await loadWorkbookActions()).validate(workbook.host));
    if (!found) return;
    setReport(found);
    setTimeout(() => summary.current?.focus(), 0);
  };

  const select = (problem: ValidationProblem) => {
    if (excel) void run(t.progressSelecting, () => excel.selectCell(problem.sheet, cellOf(problem)));
    else viewer.open({ sheet: problem.sheet, row: problem.row });
  };

  return { report, check, select, summary, inExcel: excel !== undefined, busy: step !== undefined };
}

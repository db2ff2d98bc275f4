import { useState } from "react";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { useWorkbookStatus } from "../../state/use-workbook-status";
import { fill } from "../../locale/format";
import { readFileBytes } from "../../workbook/files";
import { loadWorkbookActions } from "../../workbook/load-actions";

/**
 * The 开始 panel: the workbook's status (which tables exist, their rows), set up / repair, and in browser mode
 * opening an .xlsx, a demo workbook or a new one.
 */
export function useStartPanel() {
  const { kind, workbook, open, changed } = useHost();
  const { locale, t } = useLocale();
  const { run, step } = useOperation();
  const status = useWorkbookStatus();
  const [done, setDone] = useState<string>();

  const setUp = async () => {
    if (!workbook) return;
    const summary = await run(t.progressSettingUp, async () =>
      (await loadWorkbookActions()).setUp(workbook.host, locale),
    );
    if (!summary) return;
    const rowsAdded = Object.values(summary.rowsAdded).reduce((a, b) => a + b, 0);
    setDone(
      fill(t.startSetUpDone, {
        sheets: summary.sheetsCreated.length,
        values: summary.listValuesAdded,
        rows: rowsAdded,
      }),
    );
    changed();
  };

  const start = async (demo: boolean) => {
    const name = demo ? t.demoFileName : t.newFileName;
    const opened = await run(demo ? t.progressDemo : t.progressNew, async () =>
      (await loadWorkbookActions()).newWorkbook(name, locale, demo),
    );
    if (!opened) return;
    setDone(undefined);
    open(opened);
  };

  const openFile = async (file: File) => {
    const opened = await run(fill(t.progressOpening, { file: file.name }), async () => {
      const bytes = await readFileBytes(file);
      return (await loadWorkbookActions()).openXlsx(file.name, bytes);
    });
    if (!opened) return;
    setDone(undefined);
    open(opened);
  };

  return {
    canOpenFiles: kind === "browser",
    hasWorkbook: workbook !== undefined,
    status,
    done,
    busy: step !== undefined,
    setUp,
    startDemo: () => start(true),
    startNew: () => start(false),
    openFile,
  };
}

import { useEffect, useState } from "react";
import { tableSpecs } from "../../../domain/schema";
import { DEFAULT_DIMENSIONS } from "../../../domain/settings";
import type { AdoptionResult, AdoptRefusal } from "../../../import/adopt-sheets";
import type { Catalogue } from "../../locale";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { useWorkbookStatus } from "../../state/use-workbook-status";
import { fill } from "../../locale/format";
import { readFileBytes } from "../../workbook/files";
import { loadWorkbookActions } from "../../workbook/load-actions";
import type { StoredWorkbook, WorkbookStore } from "../../workbook/workbook-store";

const REASON_KEYS = {
  noHeader: "adoptNoHeader",
  headerNotFirstRow: "adoptHeaderNotFirstRow",
  twoRowHeader: "adoptTwoRowHeader",
  cellTooLong: "adoptCellTooLong",
} as const satisfies Record<AdoptRefusal, keyof Catalogue>;

/** What set-up did with a hand-kept sheet (issue 10 item 2), in the pane's language. */
function adoptionText(t: Catalogue, a: AdoptionResult, space: string): string {
  const table = tableSpecs(DEFAULT_DIMENSIONS).find((s) => s.key === a.table)?.tableName ?? a.table;
  if (a.kind === "newSheet") {
    return fill(t.startNewSheet, { sheet: a.sheet, table, reason: t[REASON_KEYS[a.reason]], newSheet: a.newSheet });
  }
  const adopted = fill(t.startAdopted, { sheet: a.sheet, rows: a.rows, table });
  return a.extraColumns.length === 0
    ? adopted
    : `${adopted}${space}${fill(t.startAdoptedExtra, { columns: a.extraColumns.join("、") })}`;
}

/**
 * The 开始 panel: the workbook's status (which tables exist, their rows), set up / repair, and in browser mode
 * opening an .xlsx, a demo workbook or a new one — after a confirmation when the open one has changes that were not
 * downloaded — or the workbook the browser kept from the last visit.
 */
export function useStartPanel() {
  const { kind, workbook, open, changed, unsaved, store } = useHost();
  const { locale, t } = useLocale();
  const { run, step } = useOperation();
  const status = useWorkbookStatus();
  const [done, setDone] = useState<string>();
  /** Grows each time this panel opened or made a workbook: the new status then takes the focus. */
  const [opened, setOpened] = useState(0);
  const kept = useKept(kind === "browser" && !workbook ? store : undefined);
  /** True when nothing unsaved would be lost, or the user said to go on. */
  const mayReplace = () => !unsaved || window.confirm(t.startConfirmReplace);

  const setUp = async () => {
    if (!workbook) return;
    const summary = await run(t.progressSettingUp, async () =>
      (await loadWorkbookActions()).setUp(workbook.host, locale),
    );
    if (!summary) return;
    const rowsAdded = Object.values(summary.rowsAdded).reduce((a, b) => a + b, 0);
    const done = fill(t.startSetUpDone, {
      sheets: summary.sheetsCreated.length,
      values: summary.listValuesAdded,
      rows: rowsAdded,
    });
    const space = locale === "zh-CN" ? "" : " ";
    setDone([done, ...summary.adoption.map((a) => adoptionText(t, a, space))].join(space));
    changed();
  };

  const start = async (demo: boolean) => {
    if (!mayReplace()) return;
    const name = demo ? t.demoFileName : t.newFileName;
    const opened = await run(demo ? t.progressDemo : t.progressNew, async () =>
      (await loadWorkbookActions()).newWorkbook(name, locale, demo),
    );
    if (!opened) return;
    setDone(undefined);
    setOpened((n) => n + 1);
    open(opened);
  };

  const openFile = async (file: File) => {
    if (!mayReplace()) return;
    const opened = await run(fill(t.progressOpening, { file: file.name }), async () => {
      const bytes = await readFileBytes(file);
      return (await loadWorkbookActions()).openXlsx(file.name, bytes);
    });
    if (!opened) return;
    setDone(undefined);
    setOpened((n) => n + 1);
    open(opened);
  };

  const restore = kept
    ? async () => {
        const opened = await run(fill(t.progressOpening, { file: kept.name }), async () =>
          (await loadWorkbookActions()).openXlsx(kept.name, kept.bytes),
        );
        if (!opened) return;
        setOpened((n) => n + 1);
        open(opened, { unsaved: kept.unsaved });
      }
    : undefined;

  return {
    canOpenFiles: kind === "browser",
    kept,
    restore,
    hasWorkbook: workbook !== undefined,
    status,
    done,
    opened,
    busy: step !== undefined,
    setUp,
    startDemo: () => start(true),
    startNew: () => start(false),
    openFile,
  };
}

/** The workbook the store kept from the last visit, read once when there is a store to read. */
function useKept(store: WorkbookStore | undefined): StoredWorkbook | undefined {
  const [kept, setKept] = useState<StoredWorkbook>();
  useEffect(() => {
    if (!store) return;
    let current = true;
    store.load().then(
      (found) => current && setKept(found),
      (error: unknown) => console.error("the browser's storage could not be read", error),
    );
    return () => {
      current = false;
    };
  }, [store]);
  return kept;
}

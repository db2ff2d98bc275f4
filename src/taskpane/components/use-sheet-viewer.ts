import { useEffect, useState } from "react";
import type { CellValue } from "../../domain/schema/types";
import { useHost } from "../state/host-context";
import { useLocale } from "../state/locale-context";
import { useOperation } from "../state/operation-context";
import { fill } from "../locale/format";
import { loadWorkbookActions } from "../workbook/load-actions";

export interface SheetContent {
  readonly sheet: string;
  readonly cells: readonly (readonly CellValue[])[];
  /** 0-based columns whose first-row header names a date field: their serials are shown as dates. */
  readonly dateColumns: ReadonlySet<number>;
}

/** The viewer's data: the workbook's sheet names and the chosen sheet's cells, read again when the workbook changes. */
export function useSheetViewer(initialSheet: string) {
  const { workbook, revision } = useHost();
  const { t } = useLocale();
  const { run } = useOperation();
  const [sheet, setSheet] = useState(initialSheet);
  const [sheets, setSheets] = useState<readonly string[]>([initialSheet]);
  const [content, setContent] = useState<SheetContent>();

  useEffect(() => setSheet(initialSheet), [initialSheet]);
  useEffect(() => {
    if (!workbook) return;
    let current = true;
    void run(fill(t.progressViewer, { sheet }), async () => {
      const actions = await loadWorkbookActions();
      const names = await workbook.host.sheetNames();
      // No sheet named (the workbook bar's button): the first one.
      const shown = sheet === "" ? (names[0] ?? "") : sheet;
      const cells = await actions.sheetCells(workbook.host, shown);
      const dated = actions.dateHeaders();
      const header = cells?.[0] ?? [];
      const dateColumns = new Set(header.flatMap((h, c) => (typeof h === "string" && dated.has(h) ? [c] : [])));
      if (!current) return;
      setSheets(names);
      setContent({ sheet: shown, cells: cells ?? [], dateColumns });
      if (shown !== sheet) setSheet(shown);
    });
    return () => {
      current = false;
    };
    // `t` and `run` are left out: a change of language does not need the sheet read again.
  }, [workbook, revision, sheet]);

  return { sheet, setSheet, sheets, content: content?.sheet === sheet ? content : undefined };
}

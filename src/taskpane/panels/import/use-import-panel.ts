import { useState } from "react";
import type { TableKey } from "../../../domain/schema/types";
import type { ImportSource } from "../../../import/read-source";
import { fill } from "../../locale/format";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { importSourceOf, readFileBytes } from "../../workbook/files";
import { loadWorkbookActions } from "../../workbook/load-actions";
import type { ImportOutcome, ImportPreview } from "../../workbook/workbook-actions";

/**
 * The 导入 panel: a source (a CSV or XLSX file; in Excel also the current sheet), the column mapping the import
 * will use for the chosen table, the import itself, and its counts with the quarantine sheet.
 */
export function useImportPanel() {
  const { workbook, excel, changed } = useHost();
  const { t } = useLocale();
  const { run, step } = useOperation();
  const [source, setSource] = useState<ImportSource>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [table, setTable] = useState<TableKey>();
  const [outcome, setOutcome] = useState<ImportOutcome>();

  const showPreview = async (read: () => Promise<ImportSource>, what: string) => {
    if (!workbook) return;
    const found = await run(fill(t.progressReadingFile, { file: what }), async () => {
      const next = await read();
      return { next, preview: await (await loadWorkbookActions()).previewImport(workbook.host, next) };
    });
    if (!found) return;
    setSource(found.next);
    setPreview(found.preview);
    setTable(found.preview.detected);
    setOutcome(undefined);
  };

  const chooseFile = (file: File) =>
    showPreview(async () => importSourceOf(file.name, await readFileBytes(file)), file.name);

  const useCurrentSheet =
    excel && workbook
      ? () =>
          showPreview(async () => {
            const sheet = await excel.activeSheetName();
            return { fileName: sheet, kind: "grid", sheet, rows: (await workbook.host.readSheet(sheet)) ?? [] };
          }, t.importCurrentSheet)
      : undefined;

  const mapping = table ? preview?.tables[table] : undefined;

  const runImport = async () => {
    if (!workbook || !source || !table) return;
    const rows = mapping?.dataRows ?? 0;
    const done = await run(fill(t.progressImporting, { rows }), async () =>
      (await loadWorkbookActions()).importFile(workbook.host, table, source),
    );
    if (!done) return;
    // The mapping has served its purpose: the result takes its place, right under the source.
    setPreview(undefined);
    setSource(undefined);
    setOutcome(done);
    changed();
  };

  const quarantine = outcome?.quarantineSheet;
  const openQuarantine =
    excel && workbook && quarantine
      ? () => void run(t.progressSelecting, () => workbook.host.activate(quarantine))
      : undefined;

  return {
    preview,
    table,
    setTable,
    mapping,
    outcome,
    busy: step !== undefined,
    chooseFile,
    useCurrentSheet,
    runImport,
    openQuarantine,
  };
}

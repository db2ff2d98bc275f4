import { useEffect, useState } from "react";
import type { ImportLogEntry } from "../../../import/import-log";
import type { ListKey, TableKey } from "../../../domain/schema/types";
import type { RemovalSummary } from "../../../import/plan-remove";
import type { ImportSource } from "../../../import/read-source";
import { fill } from "../../locale/format";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { importSourceOf, readFileBytes } from "../../workbook/files";
import { loadWorkbookActions } from "../../workbook/load-actions";
import type { ImportOutcome, ImportPreview, MappingCorrections } from "../../workbook/workbook-actions";

/** A value the user added to a list from the import result. */
export interface ListValue {
  readonly list: ListKey;
  readonly value: string;
}

/**
 * The 导入 panel: a source (a CSV or XLSX file; in Excel also the current sheet), the column mapping the import
 * will use for the chosen table with the user's corrections, the import itself, its counts with the
 * quarantine sheet, and the removal of the import's rows again.
 */
export function useImportPanel() {
  const { workbook, excel, changed, revision } = useHost();
  const { t, locale } = useLocale();
  const { run, step } = useOperation();
  const [source, setSource] = useState<ImportSource>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [table, setTable] = useState<TableKey>();
  const [corrections, setCorrections] = useState<MappingCorrections>({});
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const [removal, setRemoval] = useState<RemovalSummary>();
  const [imports, setImports] = useState<readonly ImportLogEntry[]>([]);
  const [added, setAdded] = useState<readonly ListValue[]>([]);

  useEffect(() => {
    setImports([]);
    if (!workbook) return undefined;
    let current = true;
    void run(t.progressReading, async () => {
      const found = await (await loadWorkbookActions()).listImports(workbook.host);
      if (current) setImports(found);
    });
    return () => {
      current = false;
    };
  }, [workbook, revision]);

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
    setCorrections({});
    setOutcome(undefined);
    setRemoval(undefined);
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

  /** Maps a source column to a field (null: keeps it as an extra column). A field has one column: another
   * correction naming the same field gives way and keeps its column as an extra column. */
  const mapColumn = async (index: number, key: string | null) => {
    if (!workbook || !source || !table) return;
    const current = corrections[table] ?? {};
    const others = Object.entries(current).map(([at, k]) => [at, key !== null && k === key ? null : k] as const);
    const next = { ...corrections, [table]: { ...Object.fromEntries(others), [index]: key } };
    const remapped = await run(t.progressMapping, async () =>
      (await loadWorkbookActions()).previewImport(workbook.host, source, next),
    );
    if (!remapped) return;
    setPreview(remapped);
    setCorrections(next);
  };

  const runImport = async () => {
    if (!workbook || !source || !table) return;
    const rows = mapping?.dataRows ?? 0;
    const done = await run(fill(t.progressImporting, { rows }), async () =>
      (await loadWorkbookActions()).importFile(workbook.host, table, source, corrections[table]),
    );
    if (!done) return;
    // The mapping has served its purpose: the result takes its place, right under the source.
    setPreview(undefined);
    setSource(undefined);
    setCorrections({});
    setOutcome(done);
    setRemoval(undefined);
    setAdded([]);
    changed();
  };

  /** The one-click fix of a value outside a list: adds it to the list (issue 13 item 4). */
  const addToList = async (list: ListKey, value: string) => {
    if (!workbook) return;
    const update = await run(fill(t.importAddingToList, { value }), async () =>
      (await loadWorkbookActions()).addToList(workbook.host, list, value, locale),
    );
    if (!update?.written) return;
    setAdded((before) => [...before, { list, value }]);
    changed();
  };

  /** Removes the rows one import added (issue 10 item 3). */
  const removeImport = async (id: string) => {
    if (!workbook) return;
    const done = await run(fill(t.progressRemovingImport, { id }), async () =>
      (await loadWorkbookActions()).undoImport(workbook.host, id),
    );
    if (!done) return;
    setRemoval(done);
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
    mapColumn,
    outcome,
    busy: step !== undefined,
    chooseFile,
    useCurrentSheet,
    runImport,
    openQuarantine,
    removal,
    imports,
    removeImport,
    added,
    addToList: workbook ? (list: ListKey, value: string) => void addToList(list, value) : undefined,
    removeOutcome:
      outcome && outcome.summary.imported > 0 && removal?.importId !== outcome.summary.importId
        ? () => void removeImport(outcome.summary.importId)
        : undefined,
  };
}

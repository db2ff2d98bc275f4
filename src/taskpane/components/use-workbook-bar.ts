import { useHost } from "../state/host-context";
import { useLocale } from "../state/locale-context";
import { useOperation } from "../state/operation-context";
import { useViewer } from "../state/viewer-context";
import { downloadBytes } from "../workbook/files";
import { fill } from "../locale/format";

/**
 * The workbook bar's state: the mode, the open file, "download workbook" in browser mode, whether there are changes
 * not downloaded yet, and whether the browser could not keep the workbook.
 */
export function useWorkbookBar() {
  const { kind, workbook, unsaved, saved, storeFailed } = useHost();
  const { t } = useLocale();
  const { run, step } = useOperation();
  const viewer = useViewer();
  const save = workbook?.save;
  const name = workbook?.name || t.workbookDefaultName;
  const download = save
    ? async () => {
        const bytes = await run(fill(t.progressSaving, { file: name }), () => save());
        if (!bytes) return;
        downloadBytes(bytes, name);
        saved();
      }
    : undefined;
  return {
    kind,
    name: workbook ? name : undefined,
    download,
    /** Browser mode: any sheet (the report, the import quarantine, a table) in the read-only viewer. */
    view: kind === "browser" && workbook ? () => viewer.open({ sheet: "" }) : undefined,
    busy: step !== undefined,
    unsaved: kind === "browser" && unsaved,
    storeFailed: kind === "browser" && storeFailed,
  };
}

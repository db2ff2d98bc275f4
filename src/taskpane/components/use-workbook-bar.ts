import { useHost } from "../state/host-context";
import { useLocale } from "../state/locale-context";
import { useOperation } from "../state/operation-context";
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
    busy: step !== undefined,
    unsaved: kind === "browser" && unsaved,
    storeFailed: kind === "browser" && storeFailed,
  };
}

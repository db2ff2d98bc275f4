import { useEffect, useState } from "react";
import { loadWorkbookActions } from "../workbook/load-actions";
import type { WorkbookStatus } from "../workbook/workbook-actions";
import { useHost } from "./host-context";
import { useLocale } from "./locale-context";
import { useOperation } from "./operation-context";

/** The open workbook's status, read again whenever the workbook is replaced or changed (not on a language switch). */
export function useWorkbookStatus(): WorkbookStatus | undefined {
  const { workbook, revision } = useHost();
  const { locale, t } = useLocale();
  const { run } = useOperation();
  const [status, setStatus] = useState<WorkbookStatus>();
  useEffect(() => {
    setStatus(undefined);
    if (!workbook) return undefined;
    let current = true;
    void run(t.progressReading, async () => {
      const found = await (await loadWorkbookActions()).workbookStatus(workbook.host, locale);
      if (current) setStatus(found);
    });
    return () => {
      current = false;
    };
  }, [workbook, revision]);
  return status;
}

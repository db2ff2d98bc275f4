import { useState } from "react";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { downloadBytes, withSuffix } from "../../workbook/files";
import { loadWorkbookActions } from "../../workbook/load-actions";

/** The 共享 panel: builds the masked, shareable copy from the open workbook (which stays as it is) and downloads it. */
export function useSharePanel() {
  const { workbook, loadSegmenter } = useHost();
  const { locale, t } = useLocale();
  const { run, step } = useOperation();
  const [result, setResult] = useState<{ readonly fileName: string; readonly maskedCells: number }>();

  const share = async () => {
    if (!workbook) return;
    const copy = await run(t.progressSharing, async (progress) =>
      (await loadWorkbookActions()).shareableCopy(workbook.host, locale, async (lexicon) => {
        await progress(t.progressSegmenter);
        const segmenter = await loadSegmenter(lexicon);
        await progress(t.progressSharing);
        return segmenter;
      }),
    );
    if (!copy) return;
    const fileName = withSuffix(workbook.name || t.workbookDefaultName, t.shareSuffix);
    downloadBytes(copy.bytes, fileName);
    setResult({ fileName, maskedCells: copy.maskedCells });
  };

  return { share, result, busy: step !== undefined };
}

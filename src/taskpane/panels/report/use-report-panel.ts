import { useState } from "react";
import type { ReportResult } from "../../../use-cases/generate-report";
import { fill } from "../../locale/format";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { useWorkbookStatus } from "../../state/use-workbook-status";
import { loadWorkbookActions } from "../../workbook/load-actions";

/**
 * The 月报 panel: a month among those with records (latest first), the report generated into its sheet, and the
 * headline figures; in Excel also "open the report sheet".
 */
export function useReportPanel() {
  const { workbook, excel, loadSegmenter, changed } = useHost();
  const { locale, t, format } = useLocale();
  const { run, step } = useOperation();
  const status = useWorkbookStatus();
  const [chosen, setMonth] = useState<string>();
  const [result, setResult] = useState<ReportResult>();
  const months = status?.months ?? [];
  const month = chosen ?? status?.suggestedMonth;

  const generate = async () => {
    if (!workbook || !month) return;
    const label = format.month(month);
    const done = await run(fill(t.progressReport, { month: label }), async (progress) => {
      const actions = await loadWorkbookActions();
      return actions.monthReport(workbook.host, month, locale, async (lexicon) => {
        await progress(t.progressSegmenter);
        const segmenter = await loadSegmenter(lexicon);
        await progress(fill(t.progressReport, { month: label }));
        return segmenter;
      });
    });
    if (!done) return;
    setResult(done);
    changed();
  };

  const sheet = result?.sheet;
  const openSheet =
    excel && workbook && sheet ? () => void run(t.progressSelecting, () => workbook.host.activate(sheet)) : undefined;
  const dimensionLabel = (key: string) => {
    const d = status?.dimensions.find((x) => x.key === key);
    return d ? (locale === "zh-CN" ? d.zh : d.en) : key;
  };

  return {
    months,
    month,
    setMonth,
    generate,
    result,
    openSheet,
    dimensionLabel,
    loading: status === undefined,
    busy: step !== undefined,
  };
}

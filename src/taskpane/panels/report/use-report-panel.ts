import { useState } from "react";
import type { ReportResult } from "../../../use-cases/generate-report";
import { daySerial, rangeKey, type PeriodKind } from "../../../domain/report/period";
import { fill } from "../../locale/format";
import { useHost } from "../../state/host-context";
import { useLocale } from "../../state/locale-context";
import { useOperation } from "../../state/operation-context";
import { useWorkbookStatus } from "../../state/use-workbook-status";
import { loadWorkbookActions } from "../../workbook/load-actions";
import { periodOptions } from "./period-options";

/**
 * The 月报 panel: a period — a week, month or quarter among those with records (latest first), or a custom range of
 * days — the report generated into its sheet, and the headline figures; in Excel also "open the report sheet".
 */
export function useReportPanel() {
  const { workbook, excel, loadSegmenter, changed } = useHost();
  const { locale, t, format } = useLocale();
  const { run, step } = useOperation();
  const status = useWorkbookStatus();
  const [kind, setKind] = useState<PeriodKind>("month");
  const [chosen, setMonth] = useState<string>();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [result, setResult] = useState<ReportResult>();
  const [chosenTeam, setTeam] = useState("");
  const teams = status?.teams ?? [];
  /** "" for every team; a team no longer on the list falls back to every team. */
  const team = teams.includes(chosenTeam) ? chosenTeam : "";
  const months = status?.months ?? [];
  const options = periodOptions(kind, months);
  const suggested = kind === "month" ? status?.suggestedMonth : options[0];
  const start = daySerial(from);
  const end = daySerial(to);
  const range = start !== undefined && end !== undefined && end >= start ? rangeKey(start, end) : undefined;
  const month = kind === "range" ? range : chosen !== undefined && options.includes(chosen) ? chosen : suggested;

  const generate = async () => {
    if (!workbook || !month) return;
    const label = /^\d{4}-\d{2}$/u.test(month) ? format.month(month) : month;
    const done = await run(fill(t.progressReport, { month: label }), async (progress) => {
      const actions = await loadWorkbookActions();
      return actions.monthReport(
        workbook.host,
        month,
        locale,
        async (lexicon) => {
          await progress(t.progressSegmenter);
          const segmenter = await loadSegmenter(lexicon);
          await progress(fill(t.progressReport, { month: label }));
          return segmenter;
        },
        team === "" ? undefined : team,
      );
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
    kind,
    setKind,
    options,
    from,
    setFrom,
    to,
    setTo,
    month,
    setMonth,
    teams,
    team,
    setTeam,
    generate,
    result,
    openSheet,
    dimensionLabel,
    loading: status === undefined,
    busy: step !== undefined,
  };
}

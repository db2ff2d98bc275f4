import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { PeriodKind } from "../../../domain/report/period";
import { Section } from "../../components/section";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { SummaryCards } from "./summary-cards";
import { PERIOD_KINDS } from "./period-options";
import { useReportPanel } from "./use-report-panel";

const KIND_LABEL = {
  week: "reportKindWeek",
  month: "reportKindMonth",
  quarter: "reportKindQuarter",
  range: "reportKindRange",
} as const satisfies Record<PeriodKind, string>;

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  month: { flex: "1 1 140px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** 月报: pick a period (week, month, quarter or custom range), generate its report sheet, read the headline figures. */
export function ReportPanel() {
  const styles = useStyles();
  const { t, format } = useLocale();
  const panel = useReportPanel();
  const result = panel.result;
  const periodLabel = (key: string) => (/^\d{4}-\d{2}$/u.test(key) ? format.month(key) : key);
  return (
    <>
      <Section title={t.reportTitle}>
        <Body1>{t.reportIntro}</Body1>
        {!panel.loading && panel.months.length === 0 ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t.reportNoMonths}</MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Field label={t.reportPeriodKind} className={styles.month}>
              <Select
                value={panel.kind}
                onChange={(_, data) => panel.setKind(data.value as PeriodKind)}
                disabled={panel.loading}
              >
                {PERIOD_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t[KIND_LABEL[k]]}
                  </option>
                ))}
              </Select>
            </Field>
            {panel.kind === "range" ? (
              <>
                <Field label={t.reportFrom} className={styles.month}>
                  <Input type="date" value={panel.from} onChange={(_, data) => panel.setFrom(data.value)} />
                </Field>
                <Field label={t.reportTo} className={styles.month}>
                  <Input type="date" value={panel.to} onChange={(_, data) => panel.setTo(data.value)} />
                </Field>
              </>
            ) : (
              <Field label={panel.kind === "month" ? t.reportMonth : t.reportPeriod} className={styles.month}>
                <Select
                  value={panel.month ?? ""}
                  onChange={(_, data) => panel.setMonth(data.value)}
                  disabled={panel.loading}
                >
                  {panel.options.map((m) => (
                    <option key={m} value={m}>
                      {periodLabel(m)}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field label={t.reportTeam} className={styles.month}>
              <Select value={panel.team} onChange={(_, data) => panel.setTeam(data.value)} disabled={panel.loading}>
                <option value="">{t.reportAllTeams}</option>
                {panel.teams.map((team) => (
                  <option key={team} value={team}>
                    {team}
                  </option>
                ))}
              </Select>
            </Field>
            <Button appearance="primary" disabled={panel.busy || !panel.month} onClick={() => void panel.generate()}>
              {t.reportGenerate}
            </Button>
          </div>
        )}
      </Section>
      {result && (
        <Section
          title={fill(t.reportSummary, {
            month: `${periodLabel(result.report.month)}${result.team === undefined ? "" : ` · ${result.team}`}`,
          })}
        >
          <SummaryCards report={result.report} dimensionLabel={panel.dimensionLabel} />
          <Caption1 className={styles.muted}>
            {fill(t.reportWritten, { sheet: result.sheet, count: format.count(result.improvementsAdded) })}
          </Caption1>
          {panel.openSheet && (
            <div>
              <Button onClick={panel.openSheet}>{t.reportOpenSheet}</Button>
            </div>
          )}
        </Section>
      )}
    </>
  );
}

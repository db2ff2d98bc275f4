import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Section } from "../../components/section";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";
import { SummaryCards } from "./summary-cards";
import { useReportPanel } from "./use-report-panel";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  month: { flex: "1 1 140px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** 月报: pick a month, generate its report sheet, read the headline figures. */
export function ReportPanel() {
  const styles = useStyles();
  const { t, format } = useLocale();
  const panel = useReportPanel();
  const result = panel.result;
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
            <Field label={t.reportMonth} className={styles.month}>
              <Select
                value={panel.month ?? ""}
                onChange={(_, data) => panel.setMonth(data.value)}
                disabled={panel.loading}
              >
                {panel.months.map((m) => (
                  <option key={m} value={m}>
                    {format.month(m)}
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
        <Section title={fill(t.reportSummary, { month: format.month(result.report.month) })}>
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

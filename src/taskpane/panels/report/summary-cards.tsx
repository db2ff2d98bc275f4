import { Badge, Caption1, Tag, TagGroup, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import type { MonthReport } from "../../../domain/report/month-report";
import { GRADE, type Grade } from "../../../domain/scores";
import { FigureCard, FigureGrid } from "../../components/figure-card";
import type { Catalogue } from "../../locale";
import { fill } from "../../locale/format";
import { useLocale } from "../../state/locale-context";

const useStyles = makeStyles({
  wide: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { color: tokens.colorNeutralForeground3 },
  keywords: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  tags: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXS },
});

function gradeBadge(t: Catalogue, grade: Grade): { text: string; color: BadgeProps["color"] } {
  if (grade === GRADE.excellent) return { text: t.gradeExcellent, color: "success" };
  if (grade === GRADE.good) return { text: t.gradeGood, color: "brand" };
  return { text: t.gradeNeedsImprovement, color: "warning" };
}

export interface SummaryCardsProps {
  readonly report: MonthReport;
  readonly dimensionLabel: (key: string) => string;
}

/** The month's headline figures: overall rate and grade, validity, coverage, SLA on-time, low dimensions, keywords. */
export function SummaryCards({ report, dimensionLabel }: SummaryCardsProps) {
  const styles = useStyles();
  const { t, format } = useLocale();
  const e = report.evaluations;
  const grade = e.grade && gradeBadge(t, e.grade);
  const flag = (low: boolean) =>
    low ? (
      <Badge appearance="tint" color="danger">
        {t.reportBelowTarget}
      </Badge>
    ) : null;
  return (
    <>
      <FigureGrid>
        <FigureCard label={t.reportOverallRate} value={format.percent(e.overallRate)}>
          {grade && (
            <Badge appearance="filled" color={grade.color}>
              {grade.text}
            </Badge>
          )}
        </FigureCard>
        <FigureCard label={t.reportValidity} value={format.percent(e.validityRate)}>
          <Caption1>{fill(t.reportValidOf, { valid: format.count(e.valid), total: format.count(e.total) })}</Caption1>
          {flag(e.validityLow)}
        </FigureCard>
        <FigureCard label={t.reportCoverage} value={format.percent(e.coverage)}>
          <Caption1>{fill(t.reportCompleted, { count: format.count(e.completedIssues) })}</Caption1>
          {flag(e.coverageLow)}
        </FigureCard>
        <FigureCard label={t.reportSlaOnTime} value={format.percent(report.sla.onTimeRate)}>
          <Caption1>
            {fill(t.reportOverdue, {
              overdue: format.count(report.sla.overdue),
              total: format.count(report.sla.total),
            })}
          </Caption1>
        </FigureCard>
      </FigureGrid>
      <div className={styles.wide}>
        <Caption1 className={styles.label}>{t.reportLowDimensions}</Caption1>
        {e.lowDimensions.length === 0 ? (
          <Caption1>{t.reportNoLowDimensions}</Caption1>
        ) : (
          <TagGroup className={styles.tags} aria-label={t.reportLowDimensions}>
            {e.lowDimensions.map((key) => {
              const rate = e.dimensions.find((d) => d.key === key)?.rate;
              return (
                <Tag key={key} size="small" appearance="outline" value={key}>
                  {`${dimensionLabel(key)} ${format.percent(rate)}`}
                </Tag>
              );
            })}
          </TagGroup>
        )}
      </div>
      <div className={styles.wide}>
        <Caption1 className={styles.label}>{t.reportTopKeywords}</Caption1>
        {report.topKeywords.length === 0 ? (
          <Caption1>{t.reportNoKeywords}</Caption1>
        ) : (
          <ol className={styles.keywords} aria-label={t.reportTopKeywords}>
            {report.topKeywords.map((k) => (
              <li key={k.keyword}>
                <Caption1>{fill(t.reportKeyword, { keyword: k.keyword, count: format.count(k.count) })}</Caption1>
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}

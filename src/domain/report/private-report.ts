/**
 * No personal data in a report (DOMAIN.md §4.4 "Names and phone numbers never appear in reports", source 004 §4):
 * the problem keywords are counted on masked text and never include a name or a number, and every text the report
 * shows — monitoring groups, owners, improvement drafts, strata, re-check ids — goes through the privacy filter.
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { createPrivacyFilter, knownNames, type PrivacyFilter } from "../privacy/privacy-filter";
import { PERSONAL_FIELDS } from "../privacy/personal-columns";
import type { EvaluationFigures } from "./evaluation-figures";
import { draftKey } from "./improvement-origin";
import type { ImprovementDraft } from "./improvement-drafts";
import type { MonitoringRow } from "./monitoring";
import type { MonthReport } from "./month-report";
import type { ReportTables } from "./report-tables";
import { maskCoverage } from "./sample-coverage";

/** The privacy filter of a report: it also knows every name in the tables' personal fields. */
export function reportPrivacyFilter(tables: ReportTables): PrivacyFilter {
  const rows = [
    ...tables.issues,
    ...tables.evaluations,
    ...tables.followups,
    ...tables.feedback,
    ...tables.improvements,
  ];
  return createPrivacyFilter(knownNames(rows, PERSONAL_FIELDS));
}

/**
 * Keywords of the masked text, without any word that is a name, a number or a contact (DOMAIN.md §6 with §4.4):
 * `张三师傅态度很差，联系王女士13812345678` gives 态度差, never 张三 or 王女士. Each distinct text is masked once.
 */
export function privateKeywordExtractor(keywords: KeywordExtractor, privacy: PrivacyFilter): KeywordExtractor {
  const cache = new Map<string, readonly string[]>();
  return (text: string) => {
    let words = cache.get(text);
    if (words === undefined) {
      words = keywords(privacy.text(text)).filter((w) => !privacy.isPersonalWord(w));
      cache.set(text, words);
    }
    return words;
  };
}

const maskOptional = (privacy: PrivacyFilter, text: string | undefined) =>
  text === undefined ? undefined : privacy.text(text);

function maskMonitoring(row: MonitoringRow, privacy: PrivacyFilter): MonitoringRow {
  const owner = privacy.cell(row.owner, "name");
  const [team, stage, channel] = [row.team, row.stage, row.channel].map((t) => maskOptional(privacy, t));
  const masked = { team: team !== row.team, stage: stage !== row.stage, channel: channel !== row.channel };
  return {
    ...row,
    team,
    stage,
    channel,
    owner: owner === undefined ? undefined : String(owner),
    ...(masked.team || masked.stage || masked.channel ? { masked } : {}),
  };
}

function maskDraft(draft: ImprovementDraft, privacy: PrivacyFilter): ImprovementDraft {
  const subject = privacy.text(draft.subject);
  const rest = draft.evidence.slice(draftKey(draft.origin, draft.subject).length);
  return {
    ...draft,
    subject,
    problem: privacy.text(draft.problem),
    evidence: draftKey(draft.origin, subject) + privacy.text(rest),
  };
}

function maskEvaluations(figures: EvaluationFigures, privacy: PrivacyFilter): EvaluationFigures {
  const strata = (list: EvaluationFigures["byCustomerType"]) =>
    list.map((s) => ({ ...s, value: privacy.text(s.value) }));
  return {
    ...figures,
    byCustomerType: strata(figures.byCustomerType),
    byServiceType: strata(figures.byServiceType),
    missingStrata: {
      customerTypes: figures.missingStrata.customerTypes.map(privacy.text),
      serviceTypes: figures.missingStrata.serviceTypes.map(privacy.text),
    },
  };
}

/**
 * The report with every text it shows masked (DOMAIN.md §4.4): monitoring groups as free text (a phone typed into
 * 部门/团队 shows as 138****5678; the report's COUNTIFS criteria read `*` as a wildcard, so the masked group still
 * counts its own rows), owners as names, drafts' subject, problem and 依据, strata, and re-check ids as ids.
 */
export function maskReport(report: MonthReport, privacy: PrivacyFilter): MonthReport {
  return {
    ...report,
    evaluations: maskEvaluations(report.evaluations, privacy),
    previous: { ...report.previous, evaluations: maskEvaluations(report.previous.evaluations, privacy) },
    monitoring: report.monitoring.map((m) => maskMonitoring(m, privacy)),
    coverage: maskCoverage(report.coverage, privacy),
    improvements: report.improvements.map((d) => maskDraft(d, privacy)),
    rechecks: report.rechecks.map((r) => ({
      ...r,
      problem: maskOptional(privacy, r.problem),
      result: maskOptional(privacy, r.result),
      shown: maskOptional(privacy, r.shown),
    })),
    recheck: { ...report.recheck, ids: report.recheck.ids.map((id) => String(privacy.cell(id, "idLike"))) },
  };
}

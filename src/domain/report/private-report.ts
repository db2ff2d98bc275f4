/**
 * No personal data in a report (DOMAIN.md §4.4 "Names and phone numbers never appear in reports", source 004 §4):
 * the problem keywords are counted on masked text and never include a name or a number, and every text the report
 * shows — monitoring groups, owners, improvement drafts, strata, re-check ids — goes through the privacy filter.
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { looksLikeContact, looksLikeName } from "../privacy/column-sniff";
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

/**
 * The role titles among Settings' default owners (`deptOwners` values such as 客服主管): not a person, so a report shows
 * them as they are. A value that looks like a name (王丽, Li Wei) or holds a contact is not a role title and stays
 * masked. (The workbook's known names are no test here: the plan's 责任人 column, a name column, holds the titles
 * the report itself wrote.)
 */
export function roleTitles(owners: Iterable<string>): ReadonlySet<string> {
  return new Set([...owners].filter((o) => !looksLikeName(o) && !looksLikeContact(o)));
}

function maskMonitoring(row: MonitoringRow, privacy: PrivacyFilter, roles: ReadonlySet<string>): MonitoringRow {
  const owner = row.owner !== undefined && roles.has(row.owner) ? row.owner : privacy.cell(row.owner, "name");
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
 * counts its own rows; so do the resolution section's teams), owners as names unless they are one of the `roles` (`roleTitles`), drafts' subject, problem
 * and 依据, strata, and re-check ids as ids.
 */
export function maskReport(
  report: MonthReport,
  privacy: PrivacyFilter,
  roles: ReadonlySet<string> = new Set(),
): MonthReport {
  return {
    ...report,
    evaluations: maskEvaluations(report.evaluations, privacy),
    previous: { ...report.previous, evaluations: maskEvaluations(report.previous.evaluations, privacy) },
    monitoring: report.monitoring.map((m) => maskMonitoring(m, privacy, roles)),
    coverage: maskCoverage(report.coverage, privacy),
    resolution: {
      ...report.resolution,
      byTeam: report.resolution.byTeam.map((t) => {
        const team = privacy.text(t.team);
        return team === t.team ? t : { ...t, team, masked: true };
      }),
    },
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

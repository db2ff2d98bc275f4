/**
 * The month's problem keywords and customer suggestions (DOMAIN.md §5, §6, source 004 §2.3, 000 §2.4).
 */
import type { KeywordExtractor } from "../keywords/extract-keywords";
import { countKeywords, rankKeywords, type KeywordCount } from "../keywords/top-keywords";
import { periodRange } from "./period";
import type { RecordRow } from "../schema/types";
import { CSAT_TOLERANCE, weightedScore } from "../scores";
import type { RuleSettings, Settings } from "../settings";
import { effectiveWeights } from "../weights";
import { inRange, numberOf, textOf } from "./cells";

/** TOP n of the month's problem keywords (DOMAIN.md §5). */
export const TOP_KEYWORDS = 5;
/** TOP n customer suggestions of the evaluation report (DOMAIN.md §5). */
export const TOP_SUGGESTIONS = 3;

/**
 * The month's negative feedback (DOMAIN.md §6, §7): feedback rows whose servedAt is in the month and whose score
 * is a number ≤ negativeScoreMax, in table order, blank texts included (they count in the 高频问题 share).
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function negativeFeedback(feedback: readonly RecordRow[], rules: RuleSettings, month: string): RecordRow[] {
  const range = periodRange(month);
  return feedback.filter((r) => {
    const score = numberOf(r["score"]);
    return inRange(r["servedAt"], range) && score !== undefined && score <= rules.negativeScoreMax;
  });
}

/** The non-blank texts of `field` in `rows`, trimmed. */
export function textsOf(rows: readonly RecordRow[], field: string): string[] {
  const texts: string[] = [];
  for (const row of rows) {
    const text = textOf(row[field]);
    if (text !== undefined) texts.push(text);
  }
  return texts;
}

/**
 * The month's negative open texts (DOMAIN.md §6, issue 15): the texts of the negative feedback (`negativeFeedback`),
 * the 意见建议 of every evaluation served in the month whose weighted score is below csatMin (not satisfied; invalid
 * ones too, the words are still the customer's; a blank score leaves it out), and the 具体问题描述 of every follow-up
 * call of the month. Blank texts are left out.
 * @throws SettingsError when the dimension weights do not sum to 100%.
 */
export function negativeTexts(
  tables: {
    readonly feedback: readonly RecordRow[];
    readonly evaluations: readonly RecordRow[];
    readonly followups: readonly RecordRow[];
  },
  settings: Settings,
  month: string,
): string[] {
  const range = periodRange(month);
  const { rules, dimensions } = settings;
  const weights = effectiveWeights(dimensions, rules);
  const unhappy = tables.evaluations.filter((r) => {
    if (!inRange(r["serviceDate"], range)) return false;
    const score = weightedScore(r, dimensions, weights);
    return score !== undefined && score < rules.csatMin - CSAT_TOLERANCE;
  });
  const calls = tables.followups.filter((r) => inRange(r["callDate"], range));
  return [
    ...textsOf(negativeFeedback(tables.feedback, rules, month), "text"),
    ...textsOf(unhappy, "comment"),
    ...textsOf(calls, "problem"),
  ];
}

/**
 * The TOP 5 problem keywords of the month's negative feedback (DOMAIN.md §5, §6): keywords of the texts of the
 * month's negative feedback (`negativeFeedback`), counted per row, ties by keyword. The report counts all its
 * negative texts (`negativeTexts`).
 * @throws RangeError when `month` is not `YYYY-MM`.
 */
export function topKeywordsOfMonth(
  feedback: readonly RecordRow[],
  rules: RuleSettings,
  month: string,
  keywords: KeywordExtractor,
  n = TOP_KEYWORDS,
): KeywordCount[] {
  return rankKeywords(countKeywords(textsOf(negativeFeedback(feedback, rules, month), "text"), keywords), n);
}

const CLAUSE_BREAK = /[，,。.；;！!？?、：:\s]+/u;
const SUGGESTION_LEAD = /^(?:希望|建议|能否|能不能|可否|请|麻烦|最好|可以)+/u;
const SUGGESTION_TRAIL = /(?:一点|一下|吧|啊|呀|哦)+$/u;
const PHRASE = /^\p{Script=Han}{2,12}$/u;

/**
 * Suggestions counted as phrases (issue 15 item 5): each clause of a suggestion, without its polite opener or
 * closer (希望, 建议, 请 … 一点, 吧), is one phrase when it is 2–12 Chinese characters and `isClean` (no personal
 * data); another clause (digits, English, too long) gives its keywords instead. Distinct per text, in order.
 * `建议增加备件库存，缩短维修周期` → 增加备件库存, 缩短维修周期.
 */
export function createSuggestionExtractor(
  keywords: KeywordExtractor,
  isClean: (clause: string) => boolean = () => true,
): KeywordExtractor {
  return (text: string) => {
    const phrases: string[] = [];
    for (const raw of text.normalize("NFKC").split(CLAUSE_BREAK)) {
      const clause = raw.replace(SUGGESTION_LEAD, "").replace(SUGGESTION_TRAIL, "");
      if (clause === "") continue;
      if (PHRASE.test(clause) && isClean(clause)) phrases.push(clause);
      else phrases.push(...keywords(clause));
    }
    return [...new Set(phrases)];
  };
}

/**
 * The TOP 3 customer suggestions of the month (DOMAIN.md §5 "TOP 3 customer suggestions for the evaluation
 * report", §6): the phrases (`createSuggestionExtractor`) of the 意见建议 (comment) of every evaluation whose
 * serviceDate is in the month, valid or not (validity concerns the scores, the words are still the customer's), and
 * of the 改进建议 (suggestion) of every issue whose receivedAt is in the month; counted per record, ties by phrase.
 * @throws RangeError when `month` is not a period key.
 */
export function topSuggestions(
  tables: { readonly evaluations: readonly RecordRow[]; readonly issues: readonly RecordRow[] },
  month: string,
  phrases: KeywordExtractor,
  n = TOP_SUGGESTIONS,
): KeywordCount[] {
  const range = periodRange(month);
  const evaluations = tables.evaluations.filter((r) => inRange(r["serviceDate"], range));
  const issues = tables.issues.filter((r) => inRange(r["receivedAt"], range));
  const texts = [...textsOf(evaluations, "comment"), ...textsOf(issues, "suggestion")];
  return rankKeywords(countKeywords(texts, phrases), n);
}

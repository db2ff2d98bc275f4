/** A cell as the domain sees it: text, a number (dates are Excel serial numbers), or no data. */
export type CellValue = string | number | undefined;

/** One record of a table, keyed by field key. Extra (user) columns are keyed by their header text. */
export type RecordRow = Readonly<Record<string, CellValue>>;

export type Lang = "zh-CN" | "en-US";

/** How a formula column's result is shown. */
export type ResultKind = "number" | "whole" | "percent" | "dateTime" | "date" | "text";

export type FieldType = "text" | "longText" | "dateTime" | "date" | "month" | "list" | "whole" | "number" | "formula";

export interface FieldSpec {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly type: FieldType;
  readonly required?: boolean;
  readonly unique?: boolean;
  /** Personal data: masked in a shareable copy, never shown on a report (DOMAIN.md §4.4). */
  readonly personal?: boolean;
  /** The Lists sheet column that feeds this field's dropdown. */
  readonly list?: ListKey;
  /** Inclusive bounds of a whole-number field. */
  readonly min?: number;
  readonly max?: number;
  /** For formula fields: how the result is shown. */
  readonly result?: ResultKind;
  /** Column width in characters. */
  readonly width?: number;
}

export type TableKey = "issues" | "evaluations" | "followups" | "feedback" | "improvements";

export interface TableSpec {
  readonly key: TableKey;
  /** Excel table (ListObject) name: ASCII, the same in every language, so formulas never depend on the UI language. */
  readonly tableName: string;
  readonly sheet: { readonly zh: string; readonly en: string };
  readonly fields: readonly FieldSpec[];
}

export type ListKey =
  | "channel"
  | "stage"
  | "team"
  | "customerType"
  | "issueCategory"
  | "urgency"
  | "ownerDept"
  | "yesNo"
  | "issueStatus"
  | "serviceType"
  | "surveyMethod"
  | "scenario"
  | "followupProblemType"
  | "customerSegment"
  | "feedbackSource"
  | "feedbackProblemType"
  | "progress"
  | "improvementOrigin"
  | "improvementStatus"
  | "dimensionClass"
  | "lexicon"
  | "stopWords"
  | "region"
  | "serviceLevel";

export interface ListSpec {
  readonly key: ListKey;
  readonly zh: string;
  readonly en: string;
  readonly values: readonly string[];
  /** False for lists that are data for a rule (lexicon, stop words), not the source of a dropdown. */
  readonly dropdown: boolean;
}

export function label(spec: { readonly zh: string; readonly en: string }, lang: Lang): string {
  return lang === "zh-CN" ? spec.zh : spec.en;
}

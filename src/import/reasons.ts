import type { Lang } from "../domain/schema/types";

/** Why a row could not enter its table (issue 3 item 6), written into the quarantine sheet's 原因 column. */
export type QuarantineReason =
  | { readonly kind: "missingRequired"; readonly field: string }
  | { readonly kind: "badRequiredDate"; readonly field: string; readonly value: string }
  | { readonly kind: "cellTooLong"; readonly column: string }
  /** Nothing to write: the row's values are all in calculated columns, or were characters a cell cannot hold. */
  | { readonly kind: "noValues" };

const SNIPPET = 40;
const snippet = (text: string) => (text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text);

/** The reason in the workbook's language. */
export function reasonText(reason: QuarantineReason, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (reason.kind) {
    case "missingRequired":
      return zh ? `缺少必填项「${reason.field}」` : `required field "${reason.field}" is blank`;
    case "badRequiredDate":
      return zh
        ? `必填项「${reason.field}」不是可识别的日期: ${snippet(reason.value)}`
        : `required field "${reason.field}" is not a date: ${snippet(reason.value)}`;
    case "cellTooLong":
      return zh
        ? `「${reason.column}」超过 Excel 单元格上限 32767 个字符`
        : `"${reason.column}" is longer than an Excel cell's 32,767 characters`;
    case "noValues":
      return zh ? "没有可写入本表的值(只有计算列或无法保存的字符)" : "no value for any column of the table";
  }
}

export function reasonsText(reasons: readonly QuarantineReason[], lang: Lang): string {
  return reasons.map((r) => reasonText(r, lang)).join(lang === "zh-CN" ? "；" : "; ");
}

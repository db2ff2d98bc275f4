import type { Lang } from "../domain/schema/types";

/**
 * Why a row could not be stored as a record (issue 3 item 6, issue 10 item 4), written into the quarantine sheet's
 * 原因 column. A blank or unreadable required field is not a reason: such a row enters its table, flagged.
 */
export type QuarantineReason =
  | { readonly kind: "cellTooLong"; readonly column: string }
  /** Nothing to write: the row's values are all in calculated columns, or were characters a cell cannot hold. */
  | { readonly kind: "noValues" };

/** The reason in the workbook's language. */
export function reasonText(reason: QuarantineReason, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (reason.kind) {
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

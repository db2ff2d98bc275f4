import { listSpec } from "../../domain/schema/lists";
import type { Lang } from "../../domain/schema/types";
import type { ProblemReason } from "../../import/problem-reasons";
import type { Catalogue } from "./index";
import { fill } from "./format";

/** An import problem's reason in the pane's language (the import gives it as data, problem-reasons.ts). */
export function problemReasonText(r: ProblemReason, t: Catalogue, locale: Lang): string {
  const sep = locale === "zh-CN" ? "、" : ", ";
  const list = (values: readonly (string | number)[], max = 12) =>
    values.slice(0, max).join(sep) + (values.length > max ? `${sep}…` : "");
  switch (r.kind) {
    case "badBytes":
      return fill(t.importReasonBadBytes, { count: r.count, lines: list(r.lines) });
    case "unbalancedQuote":
      return t.importReasonUnbalancedQuote;
    case "duplicateHeader":
      return fill(t.importReasonDuplicateHeader, { header: r.header, columns: list(r.columns) });
    case "formulaWithoutValue":
      return t.importReasonFormulaWithoutValue;
    case "notDate":
      return r.time ? t.importReasonNotDateTime : t.importReasonNotDate;
    case "ambiguousDate":
      return t.importReasonAmbiguousDate;
    case "notMonth":
      return t.importReasonNotMonth;
    case "notWhole":
      return fill(t.importReasonNotWhole, { min: r.min, max: r.max });
    case "notSeconds":
      return t.importReasonNotSeconds;
    case "notInList": {
      const spec = listSpec(r.list);
      return fill(t.importReasonNotInList, { list: locale === "zh-CN" ? spec.zh : spec.en, values: list(r.values) });
    }
    case "duplicateId":
      return t.importReasonDuplicateId;
    case "controlCharacters":
      return t.importReasonControlCharacters;
    case "cellTooLong":
      return fill(t.importReasonCellTooLong, { limit: r.limit.toLocaleString(locale) });
    case "noValues":
      return t.importReasonNoValues;
    case "required":
      return fill(t.importReasonRequired, { field: r.field });
  }
}

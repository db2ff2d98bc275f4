/**
 * The one filter every text leaving the workbook goes through (DOMAIN.md §4.4, source 004 §4): the shareable copy's
 * cells, the report's texts and the words counted as problem keywords. It knows the names the workbook itself
 * lists in its personal columns, so a customer or staff name is found in free text even without a title.
 */
import { maskField } from "../masking";
import type { CellValue, RecordRow } from "../schema/types";
import { looksLikeContact, looksLikeName } from "./column-sniff";
import { maskText } from "./mask-text";
import { findNames, knownNamesPattern } from "./name-finder";
import type { ColumnTreatment, PersonalKind } from "./personal-columns";

export interface PrivacyFilter {
  /** Free text with its personal data masked (`maskText`, with the known names). */
  text(value: string): string;
  /** One cell masked as its column says (see `ColumnTreatment`); numbers that are phones become masked text. */
  cell(value: CellValue, treatment: ColumnTreatment): CellValue;
  /** Whether a word must never be shown or counted: a name, a number, a contact, or a masked remnant (`张*`). */
  isPersonalWord(word: string): boolean;
}

const LETTER = /\p{L}/u;
const HAN_WORD = /\p{Script=Han}{2,4}/gu;

/**
 * The names in the personal columns of `rows`: every value of a name column, and the name-like words of a contact
 * column (`张三 13812345678` gives 张三).
 */
export function knownNames(rows: Iterable<RecordRow>, columns: Readonly<Record<string, PersonalKind>>): Set<string> {
  const names = new Set<string>();
  const personal = Object.entries(columns);
  for (const row of rows) {
    for (const [key, kind] of personal) {
      const value = row[key];
      if (typeof value !== "string") continue;
      if (kind === "name") names.add(value.trim());
      else for (const w of value.match(HAN_WORD) ?? []) if (looksLikeName(w)) names.add(w);
    }
  }
  return names;
}

/** A privacy filter that also finds the `known` names (see `knownNames`) anywhere in text. */
export function createPrivacyFilter(known: Iterable<string> = []): PrivacyFilter {
  const names = new Set([...known].map((n) => n.trim()).filter((n) => n !== ""));
  const pattern = knownNamesPattern(names);
  const text = (value: string) => maskText(value, "all", pattern);
  return {
    text,
    cell(value, treatment) {
      if (value === undefined || treatment === "keep") return value;
      if (treatment === "name" || treatment === "contact") return maskField(value, treatment);
      const masked = maskText(String(value), treatment === "idLike" ? "idLike" : "all", pattern);
      return masked === String(value) ? value : masked;
    },
    isPersonalWord(word) {
      const w = word.trim();
      if (w.includes("*") || !LETTER.test(w) || names.has(w) || looksLikeContact(w)) return true;
      return findNames(w, pattern).some((s) => s.start === 0 && s.end === w.length);
    },
  };
}

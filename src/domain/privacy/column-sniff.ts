/**
 * Telling a personal column by its values (DOMAIN.md §4.4): a column whose header was renamed or cleared still
 * holds names or phone numbers, and must be masked (and `validate` warns about it).
 */
import type { CellValue } from "../schema/types";
import { findEmails } from "./email-finder";
import { COMPOUND_SURNAMES, SURNAMES } from "./name-tables";
import type { PersonalKind } from "./personal-columns";
import { findNumbers } from "./number-masks";
import { foldWidth } from "./width";

/** At least this many non-blank values, and this share of them, must look personal. */
export const SNIFF_MIN_VALUES = 3;
export const SNIFF_SHARE = 0.6;

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/u;

/** A whole value that is a person's name: 2–4 Chinese characters starting with a surname, or `First Last`. */
export function looksLikeName(value: string): boolean {
  const v = value.trim();
  if (LATIN_NAME.test(v)) return true;
  if (!HAN_NAME.test(v)) return false;
  return SURNAMES.has(v.charAt(0)) || COMPOUND_SURNAMES.has(v.slice(0, 2));
}

/** A value holding a phone number, a resident ID or an e-mail. */
export function looksLikeContact(value: string): boolean {
  const folded = foldWidth(value);
  return findEmails(folded).length > 0 || findNumbers(folded).some((n) => n.kind !== "digitRun");
}

/**
 * What a column's values say it is: "name" when most non-blank values are names (and at least 3 distinct ones),
 * "contact" when most hold a phone, ID or e-mail; undefined otherwise or with fewer than 3 non-blank values.
 */
export function sniffPersonalColumn(values: Iterable<CellValue>): PersonalKind | undefined {
  const texts: string[] = [];
  for (const v of values) if (v !== undefined && String(v).trim() !== "") texts.push(String(v));
  if (texts.length < SNIFF_MIN_VALUES) return undefined;
  const share = (test: (v: string) => boolean) => texts.filter(test).length / texts.length;
  if (share(looksLikeContact) >= SNIFF_SHARE) return "contact";
  const names = texts.filter(looksLikeName);
  if (names.length / texts.length >= SNIFF_SHARE && new Set(names).size >= SNIFF_MIN_VALUES) return "name";
  return undefined;
}

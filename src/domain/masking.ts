/**
 * Personal-data masking (DOMAIN.md §4.4, source 004 §4) for reports and the shareable copy of the workbook.
 * Names keep their first character; mainland mobiles keep the first 3 and last 4 digits; landlines keep the area
 * code and the last 4; resident IDs keep the first 6 and last 4; other digit runs of 7 or more keep the last 4;
 * e-mails keep the first character of the local part. Finding them in text is `privacy/`'s job.
 */
import { findEmails } from "./privacy/email-finder";
import { maskText } from "./privacy/mask-text";
import type { PersonalKind } from "./privacy/personal-columns";
import { foldWidth } from "./privacy/width";
import type { CellValue } from "./schema/types";

/** Which kind of personal-data field a value comes from. */
export type PersonalFieldKind = PersonalKind;

/** A run of Chinese characters (with the middle dot of transliterated names) or of Latin letters. */
const WORD = /[\p{Script=Han}·]+|[A-Za-z]+/gu;

/** A name keeps its first character, every other non-space character becomes `*` (张三 → 张*, 欧阳娜娜 → 欧***). */
export function maskName(name: string): string {
  const [first, ...rest] = Array.from(name.trim());
  if (first === undefined) return "";
  return first + rest.map((c) => (/\s/u.test(c) ? c : "*")).join("");
}

/**
 * A contact field (联系人及方式): e-mails, numbers and names as in `maskPersonalText`, and every other word (a run of
 * Chinese characters or of Latin letters) masked like a name: `张三 13812345678` → `张* 138****5678`.
 */
export function maskContact(text: string): string {
  let out = "";
  let from = 0;
  for (const e of [...findEmails(foldWidth(text)), { start: text.length, end: text.length }]) {
    out += maskText(text.slice(from, e.start)).replace(WORD, maskName) + maskText(text.slice(e.start, e.end));
    from = e.end;
  }
  return out;
}

/**
 * Masks one personal-data cell for the shareable copy (DOMAIN.md §4.4): a name field by `maskName`, a contact
 * field by `maskContact`. Numbers are masked as their text; blank stays blank.
 */
export function maskField(value: CellValue, kind: PersonalFieldKind): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return kind === "name" ? maskName(text) : maskContact(text);
}

/**
 * Personal-data masking (DOMAIN.md §4.4, source 004 §4) for reports and the shareable copy of the workbook.
 * Names keep their first character; mainland mobiles keep the first 3 and last 4 digits; other digit runs of 7 or
 * more keep the last 4; e-mails keep the first character of the local part.
 */
import type { CellValue } from "./schema/types";

/** Which kind of personal-data field a value comes from. */
export type PersonalFieldKind = "name" | "contact";

const EMAIL = String.raw`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`;
/** A mobile written 3-4-4 with single spaces or hyphens: 138-1234-5678, 138 1234 5678. */
const SPACED_MOBILE = String.raw`(?<!\d)1[3-9]\d[\- ]\d{4}[\- ]\d{4}(?!\d)`;
const DIGIT_RUN = String.raw`\d+`;
/** A run of Chinese characters (with the middle dot of transliterated names) or of Latin letters. */
const WORD = String.raw`[\p{Script=Han}·]+|[A-Za-z]+`;

const MOBILE_RUN = /^1[3-9]\d{9}$/;
const PHONE_PATTERN = new RegExp(`${SPACED_MOBILE}|${DIGIT_RUN}`, "gu");
const EMAIL_PATTERN = new RegExp(EMAIL, "gu");
const TEXT_PATTERN = new RegExp(`(${EMAIL})|(${SPACED_MOBILE})|(${DIGIT_RUN})`, "gu");
const CONTACT_PATTERN = new RegExp(`(${EMAIL})|(${SPACED_MOBILE})|(${DIGIT_RUN})|(${WORD})`, "gu");

/** A name keeps its first character, every other non-space character becomes `*` (张三 → 张*, 欧阳娜娜 → 欧***). */
export function maskName(name: string): string {
  const [first, ...rest] = Array.from(name.trim());
  if (first === undefined) return "";
  return first + rest.map((c) => (/\s/u.test(c) ? c : "*")).join("");
}

/** One phone-like match: a mobile (run or 3-4-4) keeps 3 + 4 digits, another run of 7+ digits keeps the last 4. */
function maskPhoneMatch(match: string): string {
  if (!/^\d+$/.test(match)) {
    // 138-1234-5678: keep the separators and the first 3 and last 4 digits.
    return `${match.slice(0, 4)}****${match.slice(8)}`;
  }
  if (MOBILE_RUN.test(match)) return `${match.slice(0, 3)}****${match.slice(7)}`;
  if (match.length >= 7) return "*".repeat(match.length - 4) + match.slice(-4);
  return match;
}

/**
 * Masks every phone number in a text (DOMAIN.md §4.4): 13812345678 → 138****5678, 138-1234-5678 → 138-****-5678,
 * 010-88886666 → 010-****6666; digit runs shorter than 7 stay.
 */
export function maskPhone(text: string): string {
  return text.replace(PHONE_PATTERN, maskPhoneMatch);
}

/** One e-mail: the first character of the local part, `***`, and the domain (with its digit runs masked). */
function maskEmailMatch(email: string): string {
  const at = email.indexOf("@");
  return `${email.slice(0, 1)}***@${maskPhone(email.slice(at + 1))}`;
}

/** Masks every e-mail address in a text (DOMAIN.md §4.4): zhang@x.com → z***@x.com. */
export function maskEmail(text: string): string {
  return text.replace(EMAIL_PATTERN, maskEmailMatch);
}

/**
 * Masks the e-mails, mobiles and other 7+ digit runs inside free text (DOMAIN.md §4.4), leaving the words:
 * `请联系13812345678或zhang@x.com` → `请联系138****5678或z***@x.com`. Names inside free text cannot be told from
 * other words and stay.
 */
export function maskPersonalText(text: string): string {
  return text.replace(TEXT_PATTERN, (match: string, email?: string) =>
    email === undefined ? maskPhoneMatch(match) : maskEmailMatch(match),
  );
}

/**
 * A contact field (联系人及方式): phones and e-mails as in `maskPersonalText`, and every word (a run of Chinese
 * characters or of Latin letters) masked like a name: `张三 13812345678` → `张* 138****5678`.
 */
function maskContact(text: string): string {
  return text.replace(CONTACT_PATTERN, (match: string, email?: string, spaced?: string, digits?: string) => {
    if (email !== undefined) return maskEmailMatch(match);
    if (spaced !== undefined || digits !== undefined) return maskPhoneMatch(match);
    return maskName(match);
  });
}

/**
 * Masks one personal-data cell for the shareable copy (DOMAIN.md §4.4): a name field by `maskName`, a contact
 * field by masking its phones, e-mails and words. Numbers are masked as their text; blank stays blank.
 */
export function maskField(value: CellValue, kind: PersonalFieldKind): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  return kind === "name" ? maskName(text) : maskContact(text);
}

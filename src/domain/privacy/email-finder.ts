/**
 * E-mail addresses in text (DOMAIN.md §4.4), internationalized ones included (李四@公司.中国, 张@例子.公司). The
 * local part is Latin letters, digits and `._%+-`, or up to three Chinese characters (a name); the domain is labels
 * of letters, digits and hyphens in any script, with at least one dot.
 */

export interface EmailSpan {
  readonly start: number;
  readonly end: number;
  /** Index of the `@`. */
  readonly at: number;
}

const LOCAL = String.raw`(?:[A-Za-z0-9._%+\-]+|\p{Script=Han}{1,3})`;
const LABEL = String.raw`[\p{L}\p{N}\-]+`;
const EMAIL = new RegExp(String.raw`${LOCAL}@${LABEL}(?:\.${LABEL})+`, "gu");

/** The e-mail addresses in `folded` (a `foldWidth` copy, so ＠ is @). */
export function findEmails(folded: string): EmailSpan[] {
  return [...folded.matchAll(EMAIL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    at: m.index + m[0].indexOf("@"),
  }));
}

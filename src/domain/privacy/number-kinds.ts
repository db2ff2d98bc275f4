/**
 * Which digit sequences are personal numbers (DOMAIN.md §4.4, source 004 §4), as a typed table: each kind says
 * what its digits look like and which digits stay visible. A sequence is the digits of one or more groups written
 * with separators between them (`138 - 1234 - 5678`, `(010) 8888-6666`), so the tests run on digits alone.
 */

export type NumberKind = "mobile" | "mobileWithCountryCode" | "landline" | "residentId" | "digitRun";

export interface NumberRule {
  readonly kind: NumberKind;
  /** The whole digit string (X allowed as the last character of a resident ID), without separators. */
  readonly digits: RegExp;
  /** The half-open range of digit positions that are masked, given the digits and the first group's length. */
  readonly masked: (digits: string, firstGroup: number) => readonly [number, number];
  /** Whether the grouping fits the kind (a landline's first group is its area code). @default any grouping */
  readonly grouping?: (firstGroup: number, groups: number) => boolean;
}

/** Birth dates 1900-01-01 … 2099-12-31 as the 7th–14th characters of an 18-character resident ID. */
const BIRTH_DATE = String.raw`(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;

/**
 * The personal-number rules, most specific first. Mobiles keep their first 3 and last 4 digits (138****5678),
 * with +86/0086 the country code stays too; landlines keep the area code (3 digits for 01x/02x, else 4, or the
 * first group when it is the code) and the last 4; 18-character resident IDs keep the first 6 and last 4.
 */
export const PERSONAL_NUMBER_RULES: readonly NumberRule[] = [
  { kind: "mobile", digits: /^1[3-9]\d{9}$/, masked: () => [3, 7] },
  {
    kind: "mobileWithCountryCode",
    digits: /^(?:0086|86)1[3-9]\d{9}$/,
    masked: (d) => [d.length - 8, d.length - 4],
  },
  {
    kind: "residentId",
    digits: new RegExp(String.raw`^[1-9]\d{5}${BIRTH_DATE}\d{3}[\dX]$`, "i"),
    masked: () => [6, 14],
  },
  {
    kind: "landline",
    digits: /^0[1-9]\d{8,10}$/,
    grouping: (first, groups) => groups === 1 || (first >= 3 && first <= 4),
    masked: (d, first) => {
      const area = first < d.length ? first : /^0[12]/.test(d) ? 3 : 4;
      return [area, d.length - 4];
    },
  },
];

/** Other digit runs this long or longer keep only their last 4 digits (DOMAIN.md §4.4: order numbers and the like). */
export const DIGIT_RUN_MIN = 7;

/** The rule a digit string written in `groups` groups (the first `firstGroup` long) follows, if any. */
export function personalNumberRule(digits: string, firstGroup: number, groups: number): NumberRule | undefined {
  return PERSONAL_NUMBER_RULES.find((r) => r.digits.test(digits) && (r.grouping?.(firstGroup, groups) ?? true));
}

/**
 * Personal data (DOMAIN.md §4.4, source 004 §4): finding names, phone numbers, resident IDs and e-mails by field,
 * by header and by content, and masking them in every text that leaves the workbook.
 */
export { looksLikeContact, looksLikeName, sniffPersonalColumn } from "./column-sniff";
export { maskText } from "./mask-text";
export type { TextScope } from "./mask-text";
export { PERSONAL_NUMBER_RULES } from "./number-kinds";
export type { NumberKind } from "./number-kinds";
export { findNumbers } from "./number-masks";
export { findEmails } from "./email-finder";
export { findKnownNames, findNames, knownNamesPattern } from "./name-finder";
export type { KnownNames } from "./name-finder";
export { fieldTreatment, PERSONAL_FIELDS, PERSONAL_HEADERS, personalKindOfHeader } from "./personal-columns";
export type { ColumnTreatment, PersonalKind } from "./personal-columns";
export { createPrivacyFilter, knownNames } from "./privacy-filter";
export type { PrivacyFilter } from "./privacy-filter";
export { foldWidth } from "./width";

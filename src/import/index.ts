export { adoptHandKeptSheets, isProductSheet } from "./adopt-sheets";
export type { AdoptionResult, Adoption, AdoptRefusal } from "./adopt-sheets";
export { checkStoredValue } from "./check-values";
export { convertRows } from "./convert-rows";
export type { AcceptedRow, ConvertedRows, ConvertInput, QuarantinedRow } from "./convert-rows";
export { decodeText } from "./decode-text";
export { dedupeRows, idKey } from "./dedupe-rows";
export type { DedupedRows, DedupeInput, NewRow } from "./dedupe-rows";
export { rowFingerprints } from "./fingerprint";
export type { FingerprintRow } from "./fingerprint";
export {
  IMPORT_LOG_SHEET,
  IMPORT_LOG_TABLE,
  importIds,
  importLogOf,
  appendLogOps,
  removalLogOps,
  importLogSheetName,
  isRemoved,
  logEntries,
  logRowOf,
  withEntry,
  withRemoval,
} from "./import-log";
export type { ImportLog, ImportLogEntry } from "./import-log";
export { importRefText, isImportId, nextImportId, parseImportRef } from "./import-ref";
export type { ImportRef } from "./import-ref";
export type { DecodedText, TextEncodingName } from "./decode-text";
export { ImportSourceError, locationText } from "./errors";
export type { SourceLocation } from "./errors";
export { headerIndex, mapHeaders, normalizeHeader } from "./header-map";
export type { ColumnTarget, HeaderMap, SourceColumn } from "./header-map";
export { HEADER_SYNONYMS, SUBMITTED_STANDS_FOR, SURVEY_META } from "./header-synonyms";
export type { ImportProblem, ImportSummary } from "./import-types";
export { applyMappingOverrides } from "./mapping-overrides";
export type { MappingOverrides } from "./mapping-overrides";
export { foldListText, LIST_SYNONYMS, listMatcher } from "./list-synonyms";
export { locateTable } from "./locate-rows";
export type { TablePlace } from "./locate-rows";
export { createDateTimeParser, MAX_SERIAL, MIN_SERIAL, parseMonth, toDate } from "./parse-dates";
export { createFieldParser, parseDuration, parseWhole } from "./parse-values";
export type { FieldParser, ParsedValue } from "./parse-values";
export { nameExtras, needsSetUp, planImport, requireHeader, specOf, workbookLang } from "./plan-import";
export { ImportNotFoundError, planRemoveImport } from "./plan-remove";
export type { RemovalSummary } from "./plan-remove";
export type { ImportTarget } from "./plan-import";
export {
  QUARANTINE_HEADERS,
  QUARANTINE_SHEET,
  QUARANTINE_TABLE,
  quarantineOps,
  quarantineSheetName,
} from "./quarantine";
export type { QuarantineInput } from "./quarantine";
export { guessDelimiter, readSourceGrid } from "./read-source";
export type { ImportSource, SourceGrid } from "./read-source";
export { reasonsText, reasonText } from "./reasons";
export type { QuarantineReason } from "./reasons";
export {
  columnLabel,
  EXCEL_CELL_CHARS,
  EXCEL_HEADER_CHARS,
  headerText,
  isBlankCell,
  isBlankRow,
  uniqueHeader,
  xmlSafeText,
} from "./text-cells";

export { checkExcelSupport, EXCEL_API, openExcelHost } from "./excel-support";
export type { RequirementChecker } from "./excel-support";
export { ExcelVersionError, OfficeHostError } from "./office-errors";
export { DEFAULT_BLOCK_ROWS, DEFAULT_MAX_REQUEST_BYTES, OfficeHost } from "./office-host";
export type { ExcelRunner, OfficeHostOptions } from "./office-host";

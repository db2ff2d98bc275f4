/** Excel's sheet limits (Excel specifications and limits): rows and columns of one worksheet. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

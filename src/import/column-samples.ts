import type { CellValue } from "../domain/schema/types";
import { isBlankCell } from "./text-cells";

/** Sample values shown per column in the mapping preview (issue 13 item 1). */
export const SAMPLES_SHOWN = 3;

/** The first few distinct non-blank values of a source column below its header, as text. */
export function columnSamples(rows: readonly (readonly CellValue[])[], firstDataRow: number, column: number): string[] {
  const samples: string[] = [];
  for (let r = firstDataRow; r < rows.length && samples.length < SAMPLES_SHOWN; r++) {
    const value = rows[r]?.[column];
    if (isBlankCell(value)) continue;
    const text = String(value).slice(0, 40);
    if (!samples.includes(text)) samples.push(text);
  }
  return samples;
}

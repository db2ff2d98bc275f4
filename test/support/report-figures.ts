import type { Headline } from "../../src/domain/report/comparison";
import type { MonthReport } from "../../src/domain/report/month-report";
import type { CellValue } from "../../src/domain/schema/types";
import { parseAddress } from "../../src/workbook/a1";
import { sameResult } from "./compare";

/**
 * The domain's value of a figure path of the report layout (`ReportResult.cells`), from a month's headline figures,
 * as the zh-CN report sheet shows it: the gap to the benchmark in percentage points, a response time in minutes, a low dimension as 低分维度 and otherwise blank.
 */
export function figure(h: Headline & Partial<Pick<MonthReport, "monitoring" | "trend">>, path: string): CellValue {
  const [head, a, b, c] = path.split(".");
  if (head === "dimensions") {
    const d = h.evaluations.dimensions.find((x) => x.key === a);
    if (b === "low") return d?.rate === undefined || !d.low ? undefined : "低分维度";
    return b === "mean" ? d?.mean : d?.rate;
  }
  if (head === "monitoring") {
    const row = h.monitoring?.[Number(a)] as unknown as Record<string, CellValue> | undefined;
    const value = b ? row?.[b] : undefined;
    return b === "avgResponseSeconds" && typeof value === "number" ? value / 60 : value;
  }
  if (head === "trend") return h.trend?.find((p) => p.month === a)?.overallRate;
  if (head === "sla" && a === "byUrgency") {
    const u = (h.sla.byUrgency as unknown as Record<string, Record<string, number>>)[b ?? ""];
    return c ? u?.[c] : undefined;
  }
  if (path === "evaluations.benchmarkGap") {
    const gap = h.evaluations.benchmarkGap;
    return gap === undefined ? undefined : gap * 100;
  }
  let value: unknown = h;
  for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value as CellValue;
}

/**
 * The formula cells of a recalculated report sheet whose value is not the domain's figure, as
 * [path, address, value on the sheet, domain figure]: empty when every cell holds.
 */
export function formulaMismatches(
  sheet: readonly (readonly CellValue[])[],
  cells: Iterable<readonly [string, string]>,
  figures: Parameters<typeof figure>[0],
): (readonly [string, string, CellValue, CellValue])[] {
  return [...cells]
    .map(([path, address]) => {
      const { row, col } = parseAddress(address);
      return [path, address, sheet[row - 1]?.[col - 1], figure(figures, path)] as const;
    })
    .filter(([, , got, want]) => !sameResult(got, want));
}

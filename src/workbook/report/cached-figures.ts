import type { Headline } from "../../domain/report/comparison";
import type { MonthReport } from "../../domain/report/month-report";
import type { CellValue } from "../../domain/schema/types";
import { YES_NO } from "../../domain/schema/values";
import { columnLetter } from "../a1";
import type { PlanCell, PlanError, PlanOp } from "../plan-types";
import type { ReportSheetPlan } from "./report-layout";

type Figures = Headline & Partial<Pick<MonthReport, "monitoring" | "trend">>;

/** The domain's value of a figure path of the report layout (`ReportSheetPlan.cells`), as the formula shows it. */
export function figureValue(figures: Figures, path: string): CellValue {
  const [head, a, b, c] = path.split(".");
  if (head === "dimensions") {
    const d = figures.evaluations.dimensions.find((x) => x.key === a);
    if (b === "low") return d?.rate === undefined ? undefined : d.low ? YES_NO.yes : YES_NO.no;
    return b === "mean" ? d?.mean : d?.rate;
  }
  if (head === "monitoring") {
    const row = figures.monitoring?.[Number(a)] as unknown as Record<string, CellValue> | undefined;
    return b ? row?.[b] : undefined;
  }
  if (head === "trend") return figures.trend?.find((p) => p.month === a)?.overallRate;
  if (head === "sla" && a === "byUrgency") {
    const u = (figures.sla.byUrgency as unknown as Record<string, Record<string, number>>)[b ?? ""];
    return c ? u?.[c] : undefined;
  }
  let value: unknown = figures;
  for (const key of path.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return typeof value === "number" || typeof value === "string" ? value : undefined;
}

/**
 * The report's formula cells with the figures the domain computed as their cached results, so a file preview
 * (Protected View, a phone or chat preview: values only, no recalculation) shows them: this month's and last
 * month's figures, what the charts plot (the figure, or #N/A), and a headline's change (this month − last month,
 * "" unless both are numbers, as comparison.ts and the change formula define it). A figure with no data is cached
 * as "", what its IF(…,"") formula gives.
 */
export function withCachedFigures(plan: ReportSheetPlan, sheet: string, current: Figures, previous: Figures): PlanOp[] {
  const cached = new Map<string, CellValue | PlanError>();
  const shown = (address: string, value: CellValue): CellValue => {
    const how = plan.shown[address];
    if (typeof value === "number" && how?.factor !== undefined) return value * how.factor;
    if (typeof value === "string" && how?.words) return how.words[value] ?? value;
    return value;
  };
  const figure = (figures: Figures, path: string): CellValue => {
    const tooFew = path === "evaluations.grade" && figures.evaluations.valid < plan.smallSample.below;
    return tooFew && figures.evaluations.overallRate !== undefined ? plan.smallSample.text : figureValue(figures, path);
  };
  for (const [path, address] of Object.entries(plan.cells))
    cached.set(address, shown(address, figure(current, path) ?? ""));
  for (const [path, address] of Object.entries(plan.previousCells))
    cached.set(address, shown(address, figure(previous, path) ?? ""));
  for (const [path, address] of Object.entries(plan.changeCells)) {
    const now = figureValue(current, path);
    const before = figureValue(previous, path);
    cached.set(address, typeof now === "number" && typeof before === "number" ? shown(address, now - before) : "");
  }
  for (const [path, address] of Object.entries(plan.chartCells)) {
    const value = figureValue(current, path);
    cached.set(address, typeof value === "number" ? value : { error: "#N/A" });
  }
  return plan.ops.map((op) => {
    if (op.kind !== "cells" || op.sheet !== sheet || op.origin !== "A1") return op;
    const rows = op.rows.map((row, r) =>
      row.map((cell, c): PlanCell => {
        if (cell === null || typeof cell !== "object") return cell;
        const value = cached.get(`${columnLetter(c + 1)}${r + 1}`);
        return value === undefined ? cell : { ...cell, value };
      }),
    );
    return { ...op, rows };
  });
}

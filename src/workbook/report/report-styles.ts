import type { Lang } from "../../domain/schema/types";
import type { PlanOp, ReportStyle } from "../plan-types";

/** How a named report style looks: both hosts write these as Excel cell styles (a company restyles them once). */
export interface StyleLook {
  readonly font: { readonly size: number; readonly bold?: boolean; readonly italic?: boolean; readonly color: string };
  /** Solid fill colour (RRGGBB), none when absent. */
  readonly fill?: string;
  /** A thin border around each cell, in this colour. */
  readonly border?: string;
  /** A medium line under the cell (section headings). */
  readonly underline?: string;
  readonly wrap?: boolean;
  readonly vertical?: "top" | "center";
}

/** The report's named styles, with the name Excel shows in its Cell Styles gallery. */
export const REPORT_STYLES: Readonly<
  Record<ReportStyle, { readonly name: Record<Lang, string>; readonly look: StyleLook }>
> = {
  title: {
    name: { "zh-CN": "报告标题", "en-US": "Report title" },
    look: { font: { size: 18, bold: true, color: "1F3864" } },
  },
  subtitle: {
    name: { "zh-CN": "报告副标题", "en-US": "Report subtitle" },
    look: { font: { size: 10, color: "404040" } },
  },
  note: {
    name: { "zh-CN": "报告注释", "en-US": "Report note" },
    look: { font: { size: 9, italic: true, color: "7F7F7F" } },
  },
  heading: {
    name: { "zh-CN": "报告章节", "en-US": "Report heading" },
    look: { font: { size: 12, bold: true, color: "1F3864" }, underline: "1F3864" },
  },
  header: {
    name: { "zh-CN": "报告表头", "en-US": "Report table header" },
    look: {
      font: { size: 10, bold: true, color: "FFFFFF" },
      fill: "2F5597",
      border: "BFBFBF",
      wrap: true,
      vertical: "center",
    },
  },
  kpi: {
    name: { "zh-CN": "报告关键指标", "en-US": "Report KPI" },
    look: { font: { size: 12, bold: true, color: "1F3864" }, fill: "DEEBF7", border: "BFBFBF" },
  },
  body: {
    name: { "zh-CN": "报告正文", "en-US": "Report body" },
    look: { font: { size: 10, color: "000000" }, border: "BFBFBF" },
  },
  paragraph: {
    name: { "zh-CN": "报告段落", "en-US": "Report paragraph" },
    look: { font: { size: 11, color: "000000" }, wrap: true, vertical: "top" },
  },
  // A target met or missed is marked by a conditional format (it follows the live figure), in these styles' colours.
  good: {
    name: { "zh-CN": "报告达标", "en-US": "Report target met" },
    look: { font: { size: 10, color: "006100" }, fill: "C6EFCE", border: "BFBFBF" },
  },
  bad: {
    name: { "zh-CN": "报告未达标", "en-US": "Report target missed" },
    look: { font: { size: 10, color: "9C0006" }, fill: "FFC7CE", border: "BFBFBF" },
  },
};

/** Each report style's name in a language (the name Excel shows in its Cell Styles gallery). */
export function reportStyleNames(lang: Lang): Record<ReportStyle, string> {
  const entries = Object.entries(REPORT_STYLES) as [ReportStyle, (typeof REPORT_STYLES)[ReportStyle]][];
  return Object.fromEntries(entries.map(([key, s]) => [key, s.name[lang]])) as Record<ReportStyle, string>;
}

/** A report's good and bad marks (conditional formats) name the report style whose colours they take. */
export function withMarkStyle(op: PlanOp, names: Readonly<Record<ReportStyle, string>>): PlanOp {
  if (op.kind !== "highlight" || (op.style !== "good" && op.style !== "bad")) return op;
  return { ...op, cellStyle: names[op.style] };
}

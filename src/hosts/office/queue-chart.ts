/* global Excel */
import type { ChartPlan } from "../../workbook/plan-types";

/** "'Sheet name'!$A$2:$A$6" → the sheet and the address. */
function splitReference(reference: string): { sheet: string; address: string } {
  const bang = reference.lastIndexOf("!");
  const sheet = reference
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet, address: reference.slice(bang + 1) };
}

/**
 * A native chart of one series, drawn as the xlsx host draws it: a clustered horizontal bar chart (categories top
 * to bottom) or a line with markers, titled, without a legend, its value axis a rate from 0 to 100 %.
 */
export function queueChart(sheet: (name: string) => Excel.Worksheet, plan: ChartPlan): void {
  const range = (reference: string) => {
    const { sheet: name, address } = splitReference(reference);
    return sheet(name).getRange(address);
  };
  const isBar = plan.type === "bar";
  const chart = sheet(plan.sheet).charts.add(isBar ? "BarClustered" : "LineMarkers", range(plan.values), "Columns");
  chart.title.text = plan.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = plan.title;
  series.setXAxisValues(range(plan.categories));
  const values = chart.axes.valueAxis;
  values.minimum = 0;
  values.maximum = 1;
  values.numberFormat = "0%";
  if (isBar) chart.axes.categoryAxis.reversePlotOrder = true;
  chart.setPosition(plan.anchor.from, plan.anchor.to);
}

import type { ChartModel, SheetModel } from "./model";
import { StandInError, areaAddress } from "./model";
import type { TypeSpec } from "./types";
import type { RangeTarget } from "./workbook-model";

const spec = <T>(s: TypeSpec<T>) => s as unknown as TypeSpec<unknown>;

interface AxisTarget {
  readonly chart: ChartModel;
  readonly axis: "valueAxis" | "categoryAxis";
}

function address(range: unknown): string {
  const r = range as Partial<RangeTarget>;
  if (!r.sheet || !r.area) throw new StandInError("InvalidArgument", "stand-in: a chart source must be a Range");
  return `'${r.sheet.name}'!${areaAddress(r.area)}`;
}

/** Charts: `worksheet.charts.add(type, range, seriesBy)` and what the Office host sets on them. */
export const CHART_TYPES: Record<string, TypeSpec<unknown>> = {
  ChartCollection: spec<{ sheet: SheetModel }>({
    methods: {
      add: {
        type: "Chart",
        run: (t, [type, source, seriesBy]) => {
          const chart: ChartModel = {
            type: String(type),
            source: address(source),
            seriesBy,
            valueAxis: {},
            categoryAxis: {},
          };
          t.sheet.charts.push(chart);
          return chart;
        },
      },
    },
  }),
  Chart: spec<ChartModel>({
    nav: {
      series: { type: "ChartSeriesCollection", get: (c) => c },
      title: { type: "ChartTitle", get: (c) => c },
      axes: { type: "ChartAxes", get: (c) => c },
      legend: { type: "ChartLegend", get: (c) => c },
    },
    methods: {
      setPosition: {
        run: (c, [from, to]) => {
          c.from = from;
          c.to = to;
        },
      },
    },
  }),
  ChartSeriesCollection: spec<ChartModel>({
    methods: {
      getItemAt: {
        type: "ChartSeries",
        run: (c, [i]) => {
          if (i !== 0) throw new StandInError("NotImplemented", "stand-in: charts of one series");
          return c;
        },
      },
    },
  }),
  ChartSeries: spec<ChartModel>({
    props: { name: { set: (c, v) => (c.seriesName = v) } },
    methods: {
      setXAxisValues: { run: (c, [range]) => (c.categories = address(range)) },
      setValues: { run: (c, [range]) => (c.source = address(range)) },
    },
  }),
  ChartTitle: spec<ChartModel>({ props: { text: { set: (c, v) => (c.title = v) } } }),
  ChartLegend: spec<ChartModel>({ props: { visible: { set: (c, v) => (c.legendVisible = v) } } }),
  ChartAxes: spec<ChartModel>({
    nav: {
      valueAxis: { type: "ChartAxis", get: (c) => ({ chart: c, axis: "valueAxis" }) },
      categoryAxis: { type: "ChartAxis", get: (c) => ({ chart: c, axis: "categoryAxis" }) },
    },
  }),
  ChartAxis: spec<AxisTarget>({
    props: Object.fromEntries(
      ["minimum", "maximum", "numberFormat", "reversePlotOrder"].map((key) => [
        key,
        { set: (t: AxisTarget, v: unknown) => (t.chart[t.axis][key] = v) },
      ]),
    ),
  }),
};

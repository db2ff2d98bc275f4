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
    items: { type: "Chart", list: (t) => t.sheet.charts },
    methods: {
      getItem: {
        type: "Chart",
        run: (t, [name]) => {
          const chart = t.sheet.charts.find((c) => c.name === name);
          if (!chart)
            throw new StandInError("ItemNotFound", `The requested resource doesn't exist: chart ${String(name)}`);
          return chart;
        },
      },
      add: {
        type: "Chart",
        run: (t, [type, source, seriesBy]) => {
          if (t.sheet.protected) throw new StandInError("AccessDenied", "The sheet is protected.");
          const chart: ChartModel = {
            name: `Chart ${t.sheet.charts.length + 1}`,
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
    props: { name: { get: (c) => c.name } },
    nav: {
      series: { type: "ChartSeriesCollection", get: (c) => c },
      title: { type: "ChartTitle", get: (c) => c },
      axes: { type: "ChartAxes", get: (c) => c },
      legend: { type: "ChartLegend", get: (c) => c },
    },
    methods: {
      delete: {
        run: (c, _a, m) => {
          const sheet = m.sheets.find((s) => s.charts.includes(c));
          if (sheet) sheet.charts.splice(sheet.charts.indexOf(c), 1);
        },
      },
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

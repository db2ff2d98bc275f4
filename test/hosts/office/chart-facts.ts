import JSZip from "jszip";
import { readCharts } from "../../../src/hosts/xlsx/chart-parts";
import type { XlsxHost } from "../../../src/hosts/xlsx/xlsx-host";
import { cellAddress } from "../../../src/workbook/a1";
import type { ExcelStandIn } from "./excel-stand-in";

/** "sheet: type 'title' categories values from:to axis" per chart, sorted; references without "$". */
export type ChartFacts = string[];

const plain = (reference: string) => reference.replace(/\$/g, "");
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export async function xlsxChartFacts(host: XlsxHost): Promise<ChartFacts> {
  const charts = await readCharts(await JSZip.loadAsync(await host.toBuffer()));
  return charts
    .map(({ sheet, anchorXml, chartXml }) => {
      const type = chartXml.includes("<c:barChart>") ? "bar" : chartXml.includes("<c:lineChart>") ? "line" : "?";
      const title = unescape(/<a:t>([^<]*)<\/a:t>/.exec(chartXml)?.[1] ?? "");
      const ref = (tag: string) =>
        unescape(new RegExp(`<c:${tag}>[\\s\\S]*?<c:f>([^<]*)</c:f>`).exec(chartXml)?.[1] ?? "");
      const cell = (tag: string) => {
        const m = new RegExp(`<xdr:${tag}><xdr:col>(\\d+)</xdr:col>.*?<xdr:row>(\\d+)</xdr:row>`).exec(anchorXml);
        return cellAddress(Number(m?.[2]) + 1, Number(m?.[1]) + 1);
      };
      const valueAxis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(chartXml)?.[0] ?? "";
      const axis = [
        /<c:min val="([^"]+)"/.exec(valueAxis)?.[1],
        /<c:max val="([^"]+)"/.exec(valueAxis)?.[1],
        /formatCode="([^"]+)"/.exec(valueAxis)?.[1],
        /<c:catAx>[\s\S]*?<c:orientation val="maxMin"\/>/.test(chartXml) ? "reversed" : "in order",
      ].join(" ");
      return `${sheet}: ${type} '${title}' ${plain(ref("cat"))} ${plain(ref("val"))} ${cell("from")}:${cell("to")} ${axis}`;
    })
    .sort();
}

export function standInChartFacts(excel: ExcelStandIn): ChartFacts {
  const types: Record<string, string> = { BarClustered: "bar", LineMarkers: "line" };
  return excel.model.sheets
    .flatMap((s) =>
      s.charts.map((c) => {
        const v = c.valueAxis;
        const axis = [v.minimum, v.maximum, v.numberFormat, c.categoryAxis.reversePlotOrder ? "reversed" : "in order"];
        const where = `${String(c.from)}:${String(c.to)}`;
        const title = String(c.title);
        const refs = `${plain(c.categories ?? "")} ${plain(c.source)}`;
        return `${s.name}: ${types[c.type] ?? c.type} '${title}' ${refs} ${where} ${axis.join(" ")}`;
      }),
    )
    .sort();
}

import { areaAddress, parseArea, StandInError } from "./model";
import type { SheetModel } from "./model";
import type { TypeSpec } from "./types";
import type { RangeTarget } from "./workbook-model";

/**
 * The stand-in's share of a report's look (issue 14): range formats (font, fill, wrap, alignment, borders, row height),
 * merges, and a worksheet's page layout and page breaks, recorded on the sheet (`SheetModel.look`) so tests can read
 * what Excel was told. Values are checked the way Excel checks them where a wrong one would be a silent bug.
 */
export interface SheetLook {
  /** `address → property → value` for range formats (`font.size`, `fill.color`, `rowHeight`, `border.EdgeTop.style` …). */
  readonly formats: Map<string, Record<string, unknown>>;
  readonly merges: string[];
  readonly page: Record<string, unknown>;
  pageBreaks: string[];
}

export function lookOf(sheet: SheetModel): SheetLook {
  const holder = sheet as SheetModel & { look?: SheetLook };
  holder.look ??= { formats: new Map(), merges: [], page: {}, pageBreaks: [] };
  return holder.look;
}

const spec = <T>(s: TypeSpec<T>) => s as unknown as TypeSpec<unknown>;
const record = (t: RangeTarget, key: string, v: unknown) => {
  const formats = lookOf(t.sheet).formats;
  const address = areaAddress(t.area);
  formats.set(address, { ...formats.get(address), [key]: v });
};
const colour = (key: string) => ({
  set: (t: RangeTarget, v: unknown) => {
    if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v))
      throw new StandInError("InvalidArgument", `bad colour ${String(v)}`);
    record(t, key, v);
  },
});
const prop = (key: string) => ({ set: (t: RangeTarget, v: unknown) => record(t, key, v) });

interface BorderTarget {
  readonly range: RangeTarget;
  readonly edge: string;
}
const EDGES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]);

interface PageTarget {
  readonly sheet: SheetModel;
}
const pageProp = (key: string) => ({
  get: (t: PageTarget) => lookOf(t.sheet).page[key],
  set: (t: PageTarget, v: unknown) => (lookOf(t.sheet).page[key] = v),
});

export const REPORT_LOOK_TYPES: Record<string, TypeSpec<unknown>> = {
  RangeFill: spec<RangeTarget>({ props: { color: colour("fill.color") } }),
  RangeBorderCollection: spec<RangeTarget>({
    methods: {
      getItem: {
        type: "RangeBorder",
        run: (t, [edge]) => {
          if (!EDGES.has(String(edge))) throw new StandInError("InvalidArgument", `bad border ${String(edge)}`);
          return { range: t, edge: String(edge) };
        },
      },
    },
  }),
  RangeBorder: spec<BorderTarget>({
    props: {
      style: { set: (b, v) => record(b.range, `border.${b.edge}.style`, v) },
      color: { set: (b, v) => record(b.range, `border.${b.edge}.color`, v) },
      weight: { set: (b, v) => record(b.range, `border.${b.edge}.weight`, v) },
    },
  }),
  PageLayout: spec<PageTarget>({
    props: {
      orientation: pageProp("orientation"),
      paperSize: pageProp("paperSize"),
      zoom: pageProp("zoom"),
      centerHorizontally: pageProp("centerHorizontally"),
    },
    nav: { headersFooters: { type: "HeaderFooterGroup", get: (t) => t } },
    methods: {
      setPrintArea: { run: (t, [a]) => (lookOf(t.sheet).page.printArea = areaAddress(parseArea(String(a)))) },
      setPrintTitleRows: { run: (t, [a]) => (lookOf(t.sheet).page.printTitleRows = String(a)) },
    },
  }),
  HeaderFooterGroup: spec<PageTarget>({ nav: { defaultForAllPages: { type: "HeaderFooter", get: (t) => t } } }),
  HeaderFooter: spec<PageTarget>({
    props: { leftHeader: pageProp("leftHeader"), centerFooter: pageProp("centerFooter") },
  }),
  PageBreakCollection: spec<PageTarget>({
    methods: {
      removePageBreaks: { run: (t) => (lookOf(t.sheet).pageBreaks = []) },
      add: { run: (t, [a]) => void lookOf(t.sheet).pageBreaks.push(String(a)) },
    },
  }),
};

/** Range format properties the report sets (font size, italic, colour; wrap, alignment, row height). */
export const REPORT_FORMAT_PROPS = {
  wrapText: prop("wrapText"),
  verticalAlignment: prop("verticalAlignment"),
  rowHeight: prop("rowHeight"),
};
export const REPORT_FONT_PROPS = {
  size: prop("font.size"),
  italic: prop("font.italic"),
  color: colour("font.color"),
};

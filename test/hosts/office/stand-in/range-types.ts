import type { Area, ConditionalFormatModel } from "./model";
import { StandInError, areaAddress, inside, overlaps } from "./model";
import { lookOf, REPORT_FONT_PROPS, REPORT_FORMAT_PROPS } from "./report-look-types";
import { RANGE_STYLE_PROP } from "./style-types";
import type { TypeSpec } from "./types";
import type { RangeTarget, WorkbookModel } from "./workbook-model";

const spec = <T>(s: TypeSpec<T>) => s as unknown as TypeSpec<unknown>;
const str = (v: unknown) => String(v);
const bounds = (t: RangeTarget) => ({
  rowIndex: t.area.r0,
  columnIndex: t.area.c0,
  rowCount: t.area.r1 - t.area.r0 + 1,
  columnCount: t.area.c1 - t.area.c0 + 1,
});
const rangeProp = (key: keyof ReturnType<typeof bounds>) => ({ get: (t: RangeTarget) => bounds(t)[key] });
const cellsProp = (key: "values" | "formulas" | "numberFormat") => ({
  get: (t: RangeTarget, m: WorkbookModel) => m.read(t, key),
  set: (t: RangeTarget, v: unknown, m: WorkbookModel) => m.write(t, key, v),
});

/** The stand-in's Range and what hangs off it: formats, data validation, conditional formats. */
export const RANGE_TYPES: Record<string, TypeSpec<unknown>> = {
  Range: spec<RangeTarget>({
    props: {
      values: cellsProp("values"),
      formulas: cellsProp("formulas"),
      numberFormat: cellsProp("numberFormat"),
      rowIndex: rangeProp("rowIndex"),
      columnIndex: rangeProp("columnIndex"),
      rowCount: rangeProp("rowCount"),
      columnCount: rangeProp("columnCount"),
      address: { get: (t) => `'${t.sheet.name}'!${areaAddress(t.area)}` },
      ...RANGE_STYLE_PROP,
    },
    nav: {
      format: { type: "RangeFormat", get: (t) => t },
      dataValidation: { type: "DataValidation", get: (t) => t },
      conditionalFormats: { type: "ConditionalFormatCollection", get: (t) => t },
    },
    methods: {
      clear: { run: (t, [applyTo], m) => m.clear(t, applyTo) },
      delete: { run: (t, [shift], m) => m.deleteUp(t, shift) },
      getRow: {
        type: "Range",
        run: (t, [i]) => ({
          sheet: t.sheet,
          area: { ...t.area, r0: t.area.r0 + Number(i), r1: t.area.r0 + Number(i) },
        }),
      },
      merge: {
        run: (t, [across], m) => {
          m.merge(t, across);
          lookOf(t.sheet).merges.push(areaAddress(t.area));
        },
      },
      getColumn: {
        type: "Range",
        run: (t, [i]) => ({
          sheet: t.sheet,
          area: { ...t.area, c0: t.area.c0 + Number(i), c1: t.area.c0 + Number(i) },
        }),
      },
      getSpecialCellsOrNullObject: {
        type: "RangeAreas",
        run: (t, [type], m) => {
          if (type !== "Constants") throw new StandInError("NotImplemented", `stand-in: special cells ${String(type)}`);
          // Excel takes a one-cell range as the whole sheet's used range
          const one = t.area.r0 === t.area.r1 && t.area.c0 === t.area.c1;
          const area = one ? (t.sheet.usedArea(true) ?? t.area) : t.area;
          const areas = m.constantRuns(t.sheet, area);
          return areas.length > 0 ? { sheet: t.sheet, areas } : null;
        },
      },
      getMergedAreasOrNullObject: {
        type: "RangeAreas",
        run: (t) => {
          const areas = t.sheet.merges.filter((a) => overlaps(a, t.area));
          return areas.length > 0 ? { sheet: t.sheet, areas } : null;
        },
      },
      getUsedRangeOrNullObject: {
        type: "Range",
        run: (t, _a, m) => {
          const used = m.usedWithin(t.sheet, t.area);
          return used ? { ...t, area: used } : null;
        },
      },
    },
  }),
  /** RangeAreas (ExcelApi 1.9): its `address` lists the areas, comma-separated, each with its sheet. */
  RangeAreas: spec<{ sheet: { name: string }; areas: Area[] }>({
    props: {
      address: { get: (t) => t.areas.map((a) => `'${t.sheet.name}'!${areaAddress(a)}`).join(",") },
    },
  }),
  RangeFormat: spec<RangeTarget>({
    props: {
      ...REPORT_FORMAT_PROPS,
      columnWidth: {
        set: (t, v) => {
          for (let c = t.area.c0; c <= t.area.c1; c++) t.sheet.columnWidths.set(c, Number(v));
        },
      },
    },
    nav: {
      font: { type: "RangeFont", get: (t) => t },
      fill: { type: "RangeFill", get: (t) => t },
      borders: { type: "RangeBorderCollection", get: (t) => t },
    },
  }),
  RangeFont: spec<RangeTarget>({ props: { ...REPORT_FONT_PROPS, bold: { set: (t, v, m) => m.setBold(t, v) } } }),
  DataValidation: spec<RangeTarget>({
    props: {
      type: { get: (t) => validationType(t) },
      rule: {
        get: (t) => t.sheet.validations.find((v) => areaAddress(v.area) === areaAddress(t.area))?.rule ?? {},
        set: (t, rule, m) => {
          m.assertWritable(t.sheet);
          t.sheet.validations = t.sheet.removeInside(t.sheet.validations, t.area, "data validation");
          t.sheet.validations.push({ area: t.area, rule });
        },
      },
      ignoreBlanks: { set: (t, v) => (validationAt(t).ignoreBlanks = v) },
      errorAlert: { set: (t, v) => (validationAt(t).errorAlert = v) },
    },
    methods: {
      clear: { run: (t) => (t.sheet.validations = t.sheet.removeInside(t.sheet.validations, t.area, "validation")) },
    },
  }),
  ConditionalFormatCollection: spec<RangeTarget>({
    items: {
      type: "ConditionalFormat",
      list: (t) => t.sheet.conditionalFormats.filter((f) => overlaps(f.area, t.area)),
    },
    methods: {
      add: {
        type: "ConditionalFormat",
        run: (t, [type], m) => {
          m.assertWritable(t.sheet);
          const cf: ConditionalFormatModel = { area: t.area, type: str(type) };
          t.sheet.conditionalFormats.push(cf);
          return cf;
        },
      },
      clearAll: {
        run: (t) => (t.sheet.conditionalFormats = t.sheet.removeInside(t.sheet.conditionalFormats, t.area, "format")),
      },
    },
  }),
  ConditionalFormat: spec<ConditionalFormatModel>({
    props: { type: { get: (c) => c.type } },
    nav: { custom: { type: "CustomConditionalFormat", get: (c) => c } },
  }),
  CustomConditionalFormat: spec<ConditionalFormatModel>({
    nav: {
      rule: { type: "ConditionalFormatRule", get: (c) => c },
      format: { type: "ConditionalRangeFormat", get: (c) => c },
    },
  }),
  ConditionalFormatRule: spec<ConditionalFormatModel>({
    props: { formula: { get: (c) => c.formula, set: (c, v) => (c.formula = str(v)) } },
  }),
  ConditionalRangeFormat: spec<ConditionalFormatModel>({
    nav: { fill: { type: "ConditionalFill", get: (c) => c }, font: { type: "ConditionalFont", get: (c) => c } },
  }),
  ConditionalFill: spec<ConditionalFormatModel>({ props: { color: { set: (c, v) => (c.fill = str(v)) } } }),
  ConditionalFont: spec<ConditionalFormatModel>({ props: { color: { set: (c, v) => (c.font = str(v)) } } }),
};

const TYPE_NAMES: Record<string, string> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
};

/** DataValidation.type: "None", the rule's type when one rule covers the whole range, else "Inconsistent". */
function validationType(t: RangeTarget): string {
  const touching = t.sheet.validations.filter((v) => overlaps(v.area, t.area));
  if (touching.length === 0) return "None";
  const [only] = touching;
  if (touching.length > 1 || !only || !inside(t.area, only.area)) return "Inconsistent";
  return TYPE_NAMES[Object.keys(only.rule as object)[0] ?? ""] ?? "Custom";
}

function validationAt(t: RangeTarget) {
  const v = t.sheet.validations.find((x) => areaAddress(x.area) === areaAddress(t.area));
  if (!v) throw new StandInError("NotImplemented", "stand-in: set the rule before other validation settings");
  return v;
}

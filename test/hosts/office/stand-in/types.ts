import type { SheetModel, TableModel } from "./model";
import { MAX_COLS, MAX_ROWS, StandInError, parseArea } from "./model";
import { CHART_TYPES } from "./chart-types";
import { RANGE_TYPES } from "./range-types";
import { REPORT_LOOK_TYPES } from "./report-look-types";
import { STYLE_TYPES } from "./style-types";
import type { RangeTarget, WorkbookModel } from "./workbook-model";

/** How the stand-in's proxy of one Excel type behaves: its properties, navigations, methods and items. */
export interface TypeSpec<T> {
  readonly props?: Record<
    string,
    { get?: (t: T, m: WorkbookModel) => unknown; set?: (t: T, v: unknown, m: WorkbookModel) => void }
  >;
  readonly nav?: Record<string, { type: string; get: (t: T, m: WorkbookModel) => unknown }>;
  /** A method with `type` returns an object of that type (or null: an *OrNullObject miss). */
  readonly methods?: Record<string, { type?: string; run: (t: T, args: unknown[], m: WorkbookModel) => unknown }>;
  readonly items?: { type: string; list: (t: T, m: WorkbookModel) => unknown[] };
}

interface TablesTarget {
  readonly sheet: SheetModel | null;
}
interface NameTarget {
  readonly name: string;
}

const spec = <T>(s: TypeSpec<T>) => s as unknown as TypeSpec<unknown>;
const str = (v: unknown) => String(v);
const range = (sheet: SheetModel, r0: number, c0: number, r1: number, c1: number): RangeTarget => ({
  sheet,
  area: { r0, c0, r1, c1 },
});

function tableRanges(t: TableModel) {
  const { r0, c0, r1, c1 } = t.area;
  return {
    all: range(t.sheet, r0, c0, r1, c1),
    header: range(t.sheet, r0, c0, r0, c1),
    body: range(t.sheet, r0 + 1, c0, r1, c1),
  };
}

export const TYPES: Record<string, TypeSpec<unknown>> = {
  Workbook: spec<WorkbookModel>({
    nav: {
      worksheets: { type: "WorksheetCollection", get: (m) => m },
      tables: { type: "TableCollection", get: () => ({ sheet: null }) },
      names: { type: "NamedItemCollection", get: (m) => m },
      application: { type: "Application", get: (m) => m },
      styles: { type: "StyleCollection", get: (m) => m },
    },
  }),
  Application: spec<WorkbookModel>({
    props: { calculationMode: { get: (m) => m.calculationMode } },
    methods: {
      suspendApiCalculationUntilNextSync: { run: (m) => (m.suspendRequested = true) },
      calculate: { run: (m) => m.calculations++ },
    },
  }),
  Runtime: spec<WorkbookModel>({
    props: { enableEvents: { get: (m) => m.enableEvents, set: (m, v) => (m.enableEvents = v === true) } },
  }),
  WorksheetCollection: spec<WorkbookModel>({
    items: { type: "Worksheet", list: (m) => m.sheets },
    methods: {
      getItem: { type: "Worksheet", run: (m, [n]) => m.sheet(str(n)) },
      getItemOrNullObject: { type: "Worksheet", run: (m, [n]) => m.findSheet(str(n)) },
      add: { type: "Worksheet", run: (m, [n]) => m.addSheet(str(n)) },
    },
  }),
  Worksheet: spec<SheetModel>({
    props: {
      name: { get: (s) => s.name, set: (s, v, m) => m.renameSheet(s, v) },
      position: { get: (s, m) => m.sheets.indexOf(s), set: (s, v, m) => m.moveSheet(s, v) },
    },
    nav: {
      protection: { type: "WorksheetProtection", get: (s) => s },
      freezePanes: { type: "FreezePanes", get: (s) => s },
      tables: { type: "TableCollection", get: (s) => ({ sheet: s }) },
      charts: { type: "ChartCollection", get: (s) => ({ sheet: s }) },
      pageLayout: { type: "PageLayout", get: (s) => ({ sheet: s }) },
      horizontalPageBreaks: { type: "PageBreakCollection", get: (s) => ({ sheet: s }) },
    },
    methods: {
      getRange: {
        type: "Range",
        run: (s, [a]) =>
          a === undefined ? range(s, 0, 0, MAX_ROWS - 1, MAX_COLS - 1) : { sheet: s, area: parseArea(str(a)) },
      },
      getRangeByIndexes: {
        type: "Range",
        run: (s, args) => {
          const [r, c, rows, cols] = args.map(Number) as [number, number, number, number];
          if (!(rows > 0 && cols > 0)) throw new StandInError("InvalidArgument", "getRangeByIndexes: empty range");
          return range(s, r, c, r + rows - 1, c + cols - 1);
        },
      },
      getUsedRangeOrNullObject: {
        type: "Range",
        run: (s, [valuesOnly]) => {
          const used = s.usedArea(valuesOnly === true);
          return used ? { sheet: s, area: used } : null;
        },
      },
      delete: { run: (s, _a, m) => m.deleteSheet(s) },
      activate: { run: (s, _a, m) => (m.activeSheet = s.name) },
    },
  }),
  WorksheetProtection: spec<SheetModel>({ props: { protected: { get: (s) => s.protected } } }),
  FreezePanes: spec<SheetModel>({
    methods: {
      freezeRows: { run: (s, [n]) => (s.freezeRows = Number(n ?? 1)) },
      unfreeze: { run: (s) => (s.freezeRows = 0) },
    },
  }),
  ...RANGE_TYPES,
  ...REPORT_LOOK_TYPES,
  ...STYLE_TYPES,
  ...CHART_TYPES,
  TableCollection: spec<TablesTarget>({
    items: { type: "Table", list: (t, m) => m.tables.filter((x) => t.sheet === null || x.sheet === t.sheet) },
    methods: {
      add: {
        type: "Table",
        run: (t, [address, hasHeaders], m) => addTable(t, str(address), hasHeaders, m),
      },
      getItem: { type: "Table", run: (_t, [n], m) => m.table(str(n)) },
      getItemOrNullObject: { type: "Table", run: (_t, [n], m) => m.findTable(str(n)) },
    },
  }),
  Table: spec<TableModel>({
    props: {
      name: { get: (t) => t.name, set: (t, v, m) => m.renameTable(t, v) },
      style: { get: (t) => t.style, set: (t, v) => (t.style = v) },
      showBandedRows: { get: (t) => t.showBandedRows, set: (t, v) => (t.showBandedRows = v) },
      showFilterButton: { get: (t) => t.showFilterButton, set: (t, v) => (t.showFilterButton = v) },
    },
    nav: {
      worksheet: { type: "Worksheet", get: (t) => t.sheet },
      rows: { type: "TableRowCollection", get: (t) => t },
      columns: { type: "TableColumnCollection", get: (t) => t },
    },
    methods: {
      resize: {
        run: (t, [target], m) => {
          const r = target as RangeTarget;
          if (r.sheet !== t.sheet) throw new StandInError("InvalidArgument", "resize: a range on the table's sheet");
          m.resizeTable(t, r.area);
        },
      },
      delete: { run: (t, _a, m) => m.deleteTable(t) },
      getRange: { type: "Range", run: (t) => tableRanges(t).all },
      getHeaderRowRange: { type: "Range", run: (t) => tableRanges(t).header },
      getDataBodyRange: { type: "Range", run: (t) => tableRanges(t).body },
      convertToRange: {
        type: "Range",
        run: (t, _a, m) => {
          m.assertWritable(t.sheet);
          m.convertToRange(t);
          return tableRanges(t).all;
        },
      },
    },
  }),
  TableRowCollection: spec<TableModel>({
    methods: {
      add: {
        run: (t, [index, values], m) => {
          if (index !== undefined && index !== null)
            throw new StandInError("NotImplemented", "stand-in: rows.add at an index");
          if (!Array.isArray(values)) throw new StandInError("NotImplemented", "stand-in: rows.add without values");
          m.growTable(t, values.length, values);
        },
      },
    },
  }),
  TableColumnCollection: spec<TableModel>({
    methods: {
      add: {
        run: (t, [index, values, name], m) => {
          if ((index !== undefined && index !== null) || (values !== undefined && values !== null)) {
            throw new StandInError("NotImplemented", "stand-in: columns.add at the end, by name");
          }
          m.addTableColumn(t, name);
        },
      },
    },
  }),
  NamedItemCollection: spec<WorkbookModel>({
    items: { type: "NamedItem", list: (m) => [...m.names.keys()].map((name) => ({ name })) },
    methods: {
      add: {
        type: "NamedItem",
        run: (m, [name, formula]) => {
          m.addName(name, formula);
          return { name: str(name) };
        },
      },
      getItem: { type: "NamedItem", run: (m, [n]) => nameTarget(m, str(n), true) },
      getItemOrNullObject: { type: "NamedItem", run: (m, [n]) => nameTarget(m, str(n), false) },
    },
  }),
  NamedItem: spec<NameTarget>({
    props: {
      name: { get: (n) => n.name },
      formula: { get: (n, m) => m.names.get(n.name), set: (n, v, m) => m.names.set(n.name, str(v)) },
    },
    methods: { delete: { run: (n, _a, m) => m.names.delete(n.name) } },
  }),
};

function nameTarget(m: WorkbookModel, name: string, required: boolean): NameTarget | null {
  const found = [...m.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
  if (found) return { name: found };
  if (required) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: name ${name}`);
  return null;
}

function addTable(t: TablesTarget, address: string, hasHeaders: unknown, m: WorkbookModel): TableModel {
  const bang = address.lastIndexOf("!");
  const sheet = bang >= 0 ? m.sheet(address.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : t.sheet;
  if (!sheet) throw new StandInError("InvalidArgument", `workbook.tables.add needs a sheet in "${address}"`);
  return m.addTable(sheet, parseArea(address.slice(bang + 1)), hasHeaders);
}

import { areaAddress, StandInError } from "./model";
import { lookOf } from "./report-look-types";
import type { TypeSpec } from "./types";
import type { RangeTarget, WorkbookModel } from "./workbook-model";

/**
 * The stand-in's cell styles (ExcelApi 1.7): `workbook.styles` (add, getItem, items), a style's font, fill, borders,
 * alignment and "includes" flags, and `Range.style`. A style's properties are recorded by name so tests can read what
 * Excel was told; adding a style that exists and applying one that does not fail as they do in Excel.
 */
export type StyleProps = Record<string, unknown>;

/** The workbook's cell styles, name → properties set; a new workbook has Excel's built-in ones. */
export function stylesOf(m: WorkbookModel): Map<string, StyleProps> {
  const holder = m as WorkbookModel & { styles?: Map<string, StyleProps> };
  holder.styles ??= new Map(
    ["Normal", "Good", "Bad", "Neutral", "Title", "Heading 1"].map((n) => [n, { builtIn: true }]),
  );
  return holder.styles;
}

const find = (m: WorkbookModel, name: string) =>
  [...stylesOf(m).keys()].find((n) => n.toLowerCase() === name.toLowerCase());

interface StyleTarget {
  readonly name: string;
}
interface StyleBorderTarget extends StyleTarget {
  readonly edge: string;
}

const spec = <T>(s: TypeSpec<T>) => s as unknown as TypeSpec<unknown>;
const set =
  <T extends StyleTarget>(key: (t: T) => string) =>
  (t: T, v: unknown, m: WorkbookModel) => {
    const props = stylesOf(m).get(t.name);
    if (!props) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: style ${t.name}`);
    props[key(t)] = v;
  };
const styleProp = (key: string) => ({ set: set<StyleTarget>(() => key) });
const colour = (key: string, unset: string) => ({
  get: (t: StyleTarget, m: WorkbookModel) => stylesOf(m).get(t.name)?.[key] ?? unset,
  set: (t: StyleTarget, v: unknown, m: WorkbookModel) => {
    if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v))
      throw new StandInError("InvalidArgument", `bad colour ${String(v)}`);
    set<StyleTarget>(() => key)(t, v, m);
  },
});
const STYLE_EDGES = new Set(["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "DiagonalDown", "DiagonalUp"]);

export const STYLE_TYPES: Record<string, TypeSpec<unknown>> = {
  StyleCollection: spec<WorkbookModel>({
    items: { type: "Style", list: (m) => [...stylesOf(m).keys()].map((name) => ({ name })) },
    methods: {
      add: {
        run: (m, [n]) => {
          const name = String(n);
          if (find(m, name)) throw new StandInError("InvalidArgument", `The style ${name} already exists`);
          stylesOf(m).set(name, {});
        },
      },
      getItem: {
        type: "Style",
        run: (m, [n]) => {
          const name = find(m, String(n));
          if (!name) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: style ${String(n)}`);
          return { name };
        },
      },
    },
  }),
  Style: spec<StyleTarget>({
    props: {
      name: { get: (t) => t.name },
      includeNumber: styleProp("includeNumber"),
      includeProtection: styleProp("includeProtection"),
      wrapText: styleProp("wrapText"),
      verticalAlignment: styleProp("verticalAlignment"),
    },
    nav: {
      font: { type: "StyleFont", get: (t) => t },
      fill: { type: "StyleFill", get: (t) => t },
      borders: { type: "StyleBorderCollection", get: (t) => t },
    },
  }),
  StyleFont: spec<StyleTarget>({
    props: {
      size: styleProp("font.size"),
      bold: styleProp("font.bold"),
      italic: styleProp("font.italic"),
      color: colour("font.color", "#000000"),
    },
  }),
  StyleFill: spec<StyleTarget>({ props: { color: colour("fill.color", "#FFFFFF") } }),
  StyleBorderCollection: spec<StyleTarget>({
    methods: {
      getItem: {
        type: "StyleBorder",
        run: (t, [edge]) => {
          // A style's borders are a cell's own edges: Excel has no inside borders for a style.
          if (!STYLE_EDGES.has(String(edge))) throw new StandInError("InvalidArgument", `bad border ${String(edge)}`);
          return { name: t.name, edge: String(edge) };
        },
      },
    },
  }),
  StyleBorder: spec<StyleBorderTarget>({
    props: {
      style: { set: set<StyleBorderTarget>((b) => `border.${b.edge}.style`) },
      color: { set: set<StyleBorderTarget>((b) => `border.${b.edge}.color`) },
      weight: { set: set<StyleBorderTarget>((b) => `border.${b.edge}.weight`) },
    },
  }),
};

/** `Range.style`: the named style of a range, which must exist. */
export const RANGE_STYLE_PROP = {
  style: {
    set: (t: RangeTarget, v: unknown, m: WorkbookModel) => {
      const name = find(m, String(v));
      if (!name) throw new StandInError("ItemNotFound", `The requested resource doesn't exist: style ${String(v)}`);
      const formats = lookOf(t.sheet).formats;
      const address = areaAddress(t.area);
      formats.set(address, { ...formats.get(address), style: name });
    },
  },
};

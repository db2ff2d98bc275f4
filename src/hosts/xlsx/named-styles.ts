import type ExcelJS from "exceljs";
import parseSax from "exceljs/lib/utils/parse-sax";
import StylesXform from "exceljs/lib/xlsx/xform/style/styles-xform";
import JSZip from "jszip";
import { xmlEscape, xmlUnescape } from "./xml-text";

/**
 * Named cell styles (styles.xml `<cellStyleXfs>` and `<cellStyles>`, each cell format pointing at its style with
 * `xfId`), which ExcelJS 4.4 neither reads nor writes: it writes Normal alone and every cell format as Normal's.
 * A workbook's styles are read when it is opened and written into the styles part ExcelJS wrote:
 * - every named style the workbook had (built-in ones such as Good or Heading 1 with their `builtinId`, the user's
 *   own), with its definition as it was; cell formats that pointed at one point at it again;
 * - the report's styles (report-page.ts): a style the workbook already defines is used as it is defined there, so a
 *   company that restyled it (Home ▸ Cell Styles ▸ Modify) keeps its look in every later report.
 * ExcelJS merges cell formats that look alike, so a format is known by its look (font, fill, border, alignment,
 * protection; not its number format): a format that looks exactly like one the workbook had under a style, or like a
 * report style, points at that style. Normal is left as ExcelJS writes it (cellStyleXfs[0]).
 */

/** A parsed `<xf>`: ids into the styles part's lists, with alignment and protection. */
interface XfModel {
  numFmtId?: number;
  fontId?: number;
  fillId?: number;
  borderId?: number;
  xfId?: number;
  alignment?: object;
  protection?: object;
}

interface Xform {
  toXml(model: unknown): string;
  model: unknown;
}

interface ParsedStyles {
  readonly numFmts: readonly { id: number; formatCode: string }[];
  readonly fonts: readonly object[];
  readonly fills: readonly object[];
  readonly borders: readonly object[];
  readonly styleXfs: readonly XfModel[];
  readonly cellXfs: readonly XfModel[];
}

/** The parts of a format a cell style may include (Excel's Style ▸ "Style includes"). */
const PARTS = ["NumberFormat", "Font", "Fill", "Border", "Alignment", "Protection"] as const;
type Part = (typeof PARTS)[number];

/** One named style: its `<cellStyle>` attributes besides name and xfId, and its definition as an ExcelJS style. */
export interface NamedStyle {
  readonly name: string;
  /** builtinId, customBuiltin, iLevel, hidden as written, e.g. ` builtinId="26"`. */
  readonly attributes: string;
  readonly style: Partial<ExcelJS.Style>;
  /** A custom number format's code, when the style includes one (its id differs from package to package). */
  readonly numFmtId: number;
  readonly excludes: readonly Part[];
}

/** A workbook's named styles and which look points at which of them. */
interface StyleBook {
  readonly styles: NamedStyle[];
  /** A format's look (lookKey) → index in `styles`. */
  readonly looks: Map<string, number>;
}

const books = new WeakMap<ExcelJS.Workbook, StyleBook>();

const bookOf = (wb: ExcelJS.Workbook): StyleBook => {
  let book = books.get(wb);
  if (!book) books.set(wb, (book = { styles: [], looks: new Map() }));
  return book;
};

const xforms = new StylesXform().map as unknown as Record<
  "font" | "fill" | "border" | "numFmt" | "cellStyleXfs",
  Xform
> & { style: { map: Record<"alignment" | "protection", Xform> } };

const DEFAULT_FONT = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };
const NO_FILL = { type: "pattern", pattern: "none" };

/** The XML of each part of a look, as ExcelJS writes it (so a look compares equal across a load and a save). */
function partsXml(style: Partial<ExcelJS.Style>): Record<Exclude<Part, "NumberFormat">, string> {
  const { alignment, protection } = xforms.style.map;
  return {
    Font: xforms.font.toXml(style.font ?? DEFAULT_FONT),
    Fill: xforms.fill.toXml(style.fill ?? NO_FILL),
    Border: xforms.border.toXml(style.border ?? {}),
    Alignment: style.alignment ? alignment.toXml(style.alignment) : "",
    Protection: style.protection ? protection.toXml(style.protection) : "",
  };
}

const lookKey = (style: Partial<ExcelJS.Style>) => Object.values(partsXml(style)).join("");

async function parseStyles(xml: string): Promise<ParsedStyles> {
  const xform = new StylesXform();
  await xform.parse(parseSax([xml]));
  const list = <T>(name: string) => ((xform.map as Record<string, Xform>)[name]?.model ?? []) as T[];
  return {
    numFmts: list("numFmts"),
    fonts: list("fonts"),
    fills: list("fills"),
    borders: list("borders"),
    styleXfs: list("cellStyleXfs"),
    cellXfs: list("cellXfs"),
  };
}

/** The look of a parsed xf: its font, fill, border, alignment and protection. */
function lookOf(parsed: ParsedStyles, xf: XfModel): Partial<ExcelJS.Style> {
  return {
    font: (parsed.fonts[xf.fontId ?? 0] ?? DEFAULT_FONT) as ExcelJS.Font,
    fill: (parsed.fills[xf.fillId ?? 0] ?? NO_FILL) as ExcelJS.Fill,
    border: (parsed.borders[xf.borderId ?? 0] ?? {}) as ExcelJS.Borders,
    ...(xf.alignment ? { alignment: xf.alignment as ExcelJS.Alignment } : {}),
    ...(xf.protection ? { protection: xf.protection as ExcelJS.Protection } : {}),
  };
}

const elements = (block: string, tag: string) =>
  [...block.matchAll(new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, "g"))].map((m) => m[0]);
const blockOf = (xml: string, tag: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml);
const attribute = (element: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

/**
 * Reads the named styles of an opened package (all but Normal) and which cell formats pointed at them, for
 * `withNamedStyles` to write back when the workbook is saved.
 */
export async function readNamedStyles(wb: ExcelJS.Workbook, data: ArrayBuffer | Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file("xl/styles.xml")?.async("string");
  if (xml === undefined) return;
  const parsed = await parseStyles(xml);
  const styleXfs = elements(blockOf(xml, "cellStyleXfs")?.[1] ?? "", "xf");
  const book = bookOf(wb);
  const byXf = new Map<number, number>();
  for (const cellStyle of elements(blockOf(xml, "cellStyles")?.[1] ?? "", "cellStyle")) {
    const xfId = Number(attribute(cellStyle, "xfId") ?? "0");
    const xf = parsed.styleXfs[xfId];
    if (attribute(cellStyle, "builtinId") === "0" || xfId === 0 || !xf) continue;
    const source = styleXfs[xfId] ?? "";
    const numFmtId = xf.numFmtId ?? 0;
    const formatCode = parsed.numFmts.find((f) => f.id === numFmtId)?.formatCode;
    byXf.set(xfId, book.styles.length);
    book.styles.push({
      name: xmlUnescape(attribute(cellStyle, "name") ?? ""),
      attributes: cellStyle
        .replace(/^<cellStyle|\/>$|><\/cellStyle>$/g, "")
        .replace(/\s(name|xfId)="[^"]*"/g, "")
        .trimEnd(),
      style: { ...lookOf(parsed, xf), ...(formatCode ? { numFmt: formatCode } : {}) },
      numFmtId,
      excludes: PARTS.filter((p) => /^(0|false)$/.test(attribute(source, `apply${p}`) ?? "")),
    });
  }
  for (const xf of parsed.cellXfs) {
    const index = byXf.get(xf.xfId ?? 0);
    const key = lookKey(lookOf(parsed, xf));
    if (index !== undefined && !book.looks.has(key)) book.looks.set(key, index);
  }
}

/**
 * The look of a report style in this workbook: its own definition when it has a style of that name (a company's
 * restyle), else `ours`, which is added to the workbook's styles. Cells given this look point at the style.
 */
export function namedStyleLook(
  wb: ExcelJS.Workbook,
  name: string,
  ours: Partial<ExcelJS.Style>,
): Partial<ExcelJS.Style> {
  const book = bookOf(wb);
  let index = book.styles.findIndex((s) => s.name === name);
  if (index < 0) {
    index = book.styles.length;
    book.styles.push({ name, attributes: "", style: ours, numFmtId: 0, excludes: ["NumberFormat", "Protection"] });
  }
  const own = book.styles[index] as NamedStyle;
  const look: Partial<ExcelJS.Style> = { ...ours };
  const take = <K extends keyof ExcelJS.Style>(part: Part, key: K) => {
    if (!own.excludes.includes(part) && own.style[key] !== undefined) look[key] = own.style[key];
  };
  take("Font", "font");
  take("Fill", "fill");
  take("Border", "border");
  take("Alignment", "alignment");
  delete look.numFmt;
  book.looks.set(lookKey(look), index);
  return look;
}

/** A written styles part's list (fonts, fills, borders), with entries added where no equal one is there. */
class PartList {
  private readonly items: string[];
  private readonly opening: string;

  constructor(
    xml: string,
    private readonly tag: string,
    item: string,
  ) {
    const block = blockOf(xml, tag);
    this.opening = /^<[^>]*>/.exec(block?.[0] ?? "")?.[0] ?? `<${tag}>`;
    this.items = elements(block?.[1] ?? "", item);
  }

  indexOf(itemXml: string): number {
    const at = this.items.indexOf(itemXml);
    if (at >= 0) return at;
    this.items.push(itemXml);
    return this.items.length - 1;
  }

  block(): string {
    const opening = /\scount="/.test(this.opening)
      ? this.opening.replace(/\scount="\d+"/, ` count="${String(this.items.length)}"`)
      : this.opening.replace(/>$/, ` count="${String(this.items.length)}">`);
    return `${opening}${this.items.join("")}</${this.tag}>`;
  }

  replaceIn(xml: string): string {
    const old = blockOf(xml, this.tag)?.[0];
    return old ? xml.replace(old, this.block()) : xml;
  }
}

/** The style's `<xf>` in `<cellStyleXfs>`, its parts added to the written lists. */
function styleXf(
  style: NamedStyle,
  lists: { fonts: PartList; fills: PartList; borders: PartList },
  numFmtId: number,
): string {
  const xml = partsXml(style.style);
  const ids = {
    numFmtId,
    fontId: lists.fonts.indexOf(xml.Font),
    fillId: lists.fills.indexOf(xml.Fill),
    borderId: lists.borders.indexOf(xml.Border),
  };
  const attrs = Object.entries(ids).map(([k, v]) => ` ${k}="${String(v)}"`);
  const excluded = style.excludes.map((p) => ` apply${p}="0"`);
  return `<xf${attrs.join("")}${excluded.join("")}>${xml.Alignment}${xml.Protection}</xf>`;
}

/** A custom number format of a style, found or added in the written `<numFmts>` (ids from 164). */
function numFmtIdIn(xml: string, formatCode: string | undefined, id: number, added: string[]): number {
  if (formatCode === undefined || id < 164) return id;
  const all = [...elements(blockOf(xml, "numFmts")?.[1] ?? "", "numFmt"), ...added];
  const same = all.find((f) => xmlUnescape(attribute(f, "formatCode") ?? "") === formatCode);
  if (same) return Number(attribute(same, "numFmtId"));
  const next = Math.max(163, ...all.map((f) => Number(attribute(f, "numFmtId") ?? "0"))) + 1;
  added.push(`<numFmt numFmtId="${String(next)}" formatCode="${xmlEscape(formatCode)}"/>`);
  return next;
}

/** A cell format pointing at style `xfId`: apply flags say where the cell differs from its style (as Excel writes). */
function linkedXf(xf: string, xfId: number, cell: Partial<ExcelJS.Style>, style: NamedStyle): string {
  const cellParts = partsXml(cell);
  const styleParts = partsXml(style.style);
  let out = xf.replace(/\sxfId="\d+"/, ` xfId="${String(xfId)}"`);
  for (const part of ["Font", "Fill", "Border", "Alignment", "Protection"] as const) {
    if (style.excludes.includes(part)) continue;
    out = out.replace(new RegExp(`\\sapply${part}="[^"]*"`), "");
    if (cellParts[part] !== styleParts[part]) out = out.replace(/^<xf\b/, `<xf apply${part}="1"`);
  }
  return out;
}

/** The styles part with the workbook's named styles added and its cell formats pointing at them. */
async function withNamedStyles(xml: string, book: StyleBook): Promise<string> {
  const parsed = await parseStyles(xml);
  const lists = {
    fonts: new PartList(xml, "fonts", "font"),
    fills: new PartList(xml, "fills", "fill"),
    borders: new PartList(xml, "borders", "border"),
  };
  const addedFormats: string[] = [];
  const normal =
    elements(blockOf(xml, "cellStyleXfs")?.[1] ?? "", "xf")[0] ??
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>';
  const styleXfs = book.styles.map((s) => styleXf(s, lists, numFmtIdIn(xml, s.style.numFmt, s.numFmtId, addedFormats)));
  const cellXfs = elements(blockOf(xml, "cellXfs")?.[1] ?? "", "xf").map((xf, i) => {
    const model = parsed.cellXfs[i];
    const cell = model ? lookOf(parsed, model) : {};
    const index = book.looks.get(lookKey(cell));
    const style = index === undefined ? undefined : book.styles[index];
    return style && index !== undefined ? linkedXf(xf, index + 1, cell, style) : xf;
  });
  const cellStyles = [
    '<cellStyle name="Normal" xfId="0" builtinId="0"/>',
    ...book.styles.map((s, i) => `<cellStyle name="${xmlEscape(s.name)}" xfId="${String(i + 1)}"${s.attributes}/>`),
  ];
  let out = xml;
  for (const list of Object.values(lists)) out = list.replaceIn(out);
  if (addedFormats.length > 0) {
    const formats = [...elements(blockOf(out, "numFmts")?.[1] ?? "", "numFmt"), ...addedFormats];
    const block = `<numFmts count="${String(formats.length)}">${formats.join("")}</numFmts>`;
    const old = blockOf(out, "numFmts")?.[0];
    out = old ? out.replace(old, block) : out.replace(/<fonts\b/, `${block}<fonts`);
  }
  const replace = (tag: string, items: readonly string[]) => {
    const block = `<${tag} count="${String(items.length)}">${items.join("")}</${tag}>`;
    const old = blockOf(out, tag)?.[0] ?? new RegExp(`<${tag}\\b[^>]*/>`).exec(out)?.[0];
    if (old) out = out.replace(old, block);
  };
  replace("cellStyleXfs", [normal, ...styleXfs]);
  replace("cellXfs", cellXfs);
  replace("cellStyles", cellStyles);
  return out;
}

/**
 * Adds the workbook's named styles to a package ExcelJS has written (its styles part; the sheets' rows are not
 * needed, so this runs before they are joined to the package) and points the cell formats at them. A workbook with
 * no named style besides Normal is left as ExcelJS wrote it.
 */
export async function addNamedStyles(zip: JSZip, wb: ExcelJS.Workbook): Promise<void> {
  const book = books.get(wb);
  if (!book || book.styles.length === 0) return;
  const xml = await zip.file("xl/styles.xml")?.async("string");
  if (xml !== undefined) zip.file("xl/styles.xml", await withNamedStyles(xml, book));
}

import { columnLetter, parseAddress } from "../../src/workbook/a1";
import type { PackageModel, SheetInfo, SheetRef } from "./package-model";
import { cellText, relsPathOf } from "./package-model";
import type { XmlElement } from "./xml-tree";
import { attr, childElements, descendants, textOf } from "./xml-tree";

/**
 * The package rules no schema expresses (ECMA-376 Part 2 for the package, Part 1 §18 for SpreadsheetML), each
 * returning one line per violation that names the part and what was expected.
 */
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** "A1", "A1:C9", "A:C" or "2:5" as a rectangle. */
export function parseRange(ref: string): Rect {
  const [a = "", b = a] = ref.replace(/\$/g, "").split(":");
  const whole = (s: string) => (/^[A-Z]+$/i.test(s) ? `${s}1` : /^\d+$/.test(s) ? `A${s}` : s);
  const wholeEnd = (s: string) => (/^[A-Z]+$/i.test(s) ? `${s}${MAX_ROW}` : /^\d+$/.test(s) ? `XFD${s}` : s);
  const from = parseAddress(whole(a));
  const to = parseAddress(wholeEnd(b));
  return { r0: from.row, c0: from.col, r1: to.row, c1: to.col };
}

const overlaps = (x: Rect, y: Rect) => x.r0 <= y.r1 && y.r0 <= x.r1 && x.c0 <= y.c1 && y.c0 <= x.c1;

function overlapping(items: readonly { label: string; rect: Rect }[]): string[] {
  const found: string[] = [];
  items.forEach((x, i) =>
    items.slice(i + 1).forEach((y) => {
      if (overlaps(x.rect, y.rect)) found.push(`${x.label} overlaps ${y.label}`);
    }),
  );
  return found;
}

/** Every part has a content type; every override names a part. */
export function contentTypeRules(model: PackageModel): string[] {
  const out: string[] = [];
  for (const part of model.parts.keys()) {
    if (part !== "[Content_Types].xml" && !model.contentType(part)) out.push(`${part}: no content type`);
  }
  const types = model.xml.get("[Content_Types].xml");
  if (!types) return [...out, "[Content_Types].xml is missing"];
  const names = new Set([...model.parts.keys()].map((p) => `/${p}`.toLowerCase()));
  for (const o of childElements(types, "Override")) {
    const name = attr(o, "PartName") ?? "";
    if (!names.has(name.toLowerCase()))
      out.push(`[Content_Types].xml: override for ${name}, which is not in the package`);
  }
  return out;
}

/** Every relationship's source and internal target exist, ids are unique, every r:id in a part is one of its ids. */
export function relationshipRules(model: PackageModel): string[] {
  const out: string[] = [];
  for (const path of model.parts.keys()) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(path);
    if (!m) continue;
    const source = m[2] === "" ? "" : `${m[1]}${m[2]}`;
    if (source !== "" && !model.parts.has(source)) out.push(`${path}: relationships of ${source}, which is missing`);
    const seen = new Set<string>();
    for (const r of model.relationships(source)) {
      if (seen.has(r.id)) out.push(`${path}: relationship id ${r.id} is used twice`);
      seen.add(r.id);
      if (!r.external && !model.parts.has(r.part)) out.push(`${path}: ${r.id} targets ${r.target}, which is missing`);
    }
  }
  for (const [path, root] of model.xml) {
    if (path.endsWith(".rels") || path === "[Content_Types].xml") continue;
    out.push(...unknownRelationshipIds(model, path, root));
  }
  return out;
}

/** Every r:id of an element and its descendants that is not a relationship of the part. */
function unknownRelationshipIds(model: PackageModel, path: string, root: XmlElement): string[] {
  const out: string[] = [];
  const ids = new Set(model.relationships(path).map((r) => r.id));
  const walk = (e: XmlElement) => {
    for (const a of e.attributes) {
      if (a.uri === REL_NS && !ids.has(a.value)) {
        out.push(`${path}: <${e.name}> ${a.name}="${a.value}" has no relationship in ${relsPathOf(path)}`);
      }
    }
    childElements(e).forEach(walk);
  };
  walk(root);
  return out;
}

interface TableInfo {
  readonly sheet: SheetInfo;
  readonly part: string;
  readonly xml: XmlElement;
}

const tablesOfSheet = <S extends SheetRef>(model: PackageModel, sheet: S) =>
  model
    .relationships(sheet.part)
    .filter((r) => r.type.endsWith("/table"))
    .flatMap((r) => {
      const xml = model.xml.get(r.part);
      return xml ? [{ sheet, part: r.part, xml }] : [];
    });

const tablesOf = (model: PackageModel): TableInfo[] => model.sheets.flatMap((sheet) => tablesOfSheet(model, sheet));

/** A table's header cells (none when it has no header row), A1 address → the column name the table gives. */
function headerCells(t: { readonly xml: XmlElement }): Map<string, string> {
  if (attr(t.xml, "headerRowCount") === "0") return new Map();
  const rect = parseRange(attr(t.xml, "ref") ?? "");
  return new Map(
    descendants(t.xml, "tableColumn").map((c, i) => [`${columnLetter(rect.c0 + i)}${rect.r0}`, attr(c, "name") ?? ""]),
  );
}

/** Each table's columns match its width and its header cells; names are valid and unique in the workbook. */
export function tableRules(model: PackageModel): string[] {
  const out: string[] = [];
  for (const t of tablesOf(model)) {
    const ref = attr(t.xml, "ref") ?? "";
    const rect = parseRange(ref);
    const columns = descendants(t.xml, "tableColumn").map((c) => attr(c, "name") ?? "");
    if (columns.length !== rect.c1 - rect.c0 + 1) {
      out.push(`${t.part}: ${columns.length} columns for ref ${ref} (${rect.c1 - rect.c0 + 1} wide)`);
    }
    for (const [address, name] of headerCells(t)) {
      const header = cellText(model, t.sheet.cells.get(address));
      if (header !== name) {
        out.push(`${t.part}: column "${name}" but header cell ${t.sheet.name}!${address} holds "${header}"`);
      }
    }
    const totals = Number(attr(t.xml, "totalsRowCount") ?? "0");
    if (totals === 0 && descendants(t.xml, "tableColumn").some((c) => attr(c, "totalsRowLabel") !== undefined)) {
      out.push(`${t.part}: a totals row label on a table without a totals row`);
    }
  }
  return out;
}

/** No two tables, validation ranges or merged areas of a sheet overlap (nor a table and a merged area). */
export function overlapRules(model: PackageModel): string[] {
  const tables = tablesOf(model);
  return model.sheets.flatMap((sheet) => {
    const own = tables
      .filter((t) => t.sheet === sheet)
      .map((t) => ({
        label: `table ${attr(t.xml, "name")} ${attr(t.xml, "ref")}`,
        rect: parseRange(attr(t.xml, "ref") ?? ""),
      }));
    const merges = descendants(sheet.xml, "mergeCell").map((m) => ({
      label: `merged area ${attr(m, "ref")}`,
      rect: parseRange(attr(m, "ref") ?? ""),
    }));
    const validations = descendants(sheet.xml, "dataValidation").flatMap((v, i) =>
      (attr(v, "sqref") ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((ref) => ({ label: `validation #${i + 1} ${ref}`, rect: parseRange(ref) })),
    );
    return [...overlapping([...own, ...merges]), ...overlapping(validations)].map(
      (v) => `${sheet.part} (${sheet.name}): ${v}`,
    );
  });
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;
function isCellLike(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1?.[1] && a1[2]) {
    let col = 0;
    for (const ch of a1[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    if (col <= MAX_COL && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW) return true;
  }
  return /^(R\d*|C\d*|R\d*C\d*)$/i.test(name);
}
const validName = (n: string) => n.length <= 255 && NAME.test(n) && !isCellLike(n);

/** Sheet, defined and table names are valid and unique; names refer to sheets that exist. */
export function nameRules(model: PackageModel): string[] {
  const out: string[] = [];
  const workbook = model.xml.get("xl/workbook.xml");
  if (!workbook) return ["xl/workbook.xml is missing"];
  const sheetNames = descendants(workbook, "sheet").map((s) => attr(s, "name") ?? "");
  const seenSheets = new Set<string>();
  for (const s of sheetNames) {
    if (s.length < 1 || s.length > 31 || /[:\\/?*[\]]/.test(s) || s.startsWith("'") || s.endsWith("'")) {
      out.push(`xl/workbook.xml: invalid sheet name "${s}"`);
    }
    if (seenSheets.has(s.toLowerCase())) out.push(`xl/workbook.xml: sheet name "${s}" is used twice`);
    seenSheets.add(s.toLowerCase());
  }
  const global = new Set<string>();
  const scoped = new Set<string>();
  for (const d of descendants(workbook, "definedName")) {
    const name = attr(d, "name") ?? "";
    const scope = attr(d, "localSheetId");
    const key = `${scope ?? ""}|${name.toLowerCase()}`;
    if (!validName(name)) out.push(`xl/workbook.xml: invalid defined name "${name}"`);
    if (scoped.has(key)) out.push(`xl/workbook.xml: defined name "${name}" is defined twice in one scope`);
    scoped.add(key);
    if (scope === undefined) global.add(name.toLowerCase());
    const formula = textOf(d).replace(/"(?:[^"]|"")*"/g, '""');
    if (formula.includes("#REF!")) out.push(`xl/workbook.xml: defined name "${name}" refers to #REF!`);
    for (const m of formula.matchAll(/(?<![\p{L}\p{N}_.#])(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!/gu)) {
      const sheet = m[1]?.replace(/''/g, "'") ?? m[2] ?? "";
      if (!seenSheets.has(sheet.toLowerCase()))
        out.push(`xl/workbook.xml: defined name "${name}" refers to missing sheet "${sheet}"`);
    }
  }
  const tableNames = new Set<string>();
  const tableIds = new Set<string>();
  for (const t of tablesOf(model)) {
    for (const n of new Set([attr(t.xml, "name") ?? "", attr(t.xml, "displayName") ?? ""])) {
      if (!validName(n) || n.includes("?") || n.includes("\\")) out.push(`${t.part}: invalid table name "${n}"`);
      if (global.has(n.toLowerCase())) out.push(`${t.part}: table name "${n}" is also a defined name`);
    }
    const display = (attr(t.xml, "displayName") ?? "").toLowerCase();
    if (tableNames.has(display)) out.push(`${t.part}: table name "${display}" is used twice`);
    tableNames.add(display);
    const id = attr(t.xml, "id") ?? "";
    if (tableIds.has(id)) out.push(`${t.part}: table id ${id} is used twice`);
    tableIds.add(id);
  }
  return out;
}

function stylesOf(model: PackageModel): { part: string; xml: XmlElement } | undefined {
  const part = model.relationships("xl/workbook.xml").find((r) => r.type.endsWith("/styles"))?.part;
  const xml = part ? model.xml.get(part) : undefined;
  return part && xml ? { part, xml } : undefined;
}

const countOf = (styles: XmlElement, list: string, item: string) =>
  childElements(styles, list).flatMap((l) => childElements(l, item)).length;

const notWithin = (where: string, what: string, value: string | undefined, size: number): string[] =>
  value !== undefined && !(Number(value) >= 0 && Number(value) < size)
    ? [`${where}: ${what} ${value} does not exist (${size} defined)`]
    : [];

/**
 * Every style index (rows, columns; cells in cellRules), format/font/fill/border index and dxfId points at an
 * existing entry.
 */
export function styleRules(model: PackageModel): string[] {
  const found = stylesOf(model);
  if (!found) return ["xl/workbook.xml: no styles part"];
  const { part: stylesPart, xml: styles } = found;
  const count = (list: string, item: string) => countOf(styles, list, item);
  const xfs = count("cellXfs", "xf");
  const styleXfs = count("cellStyleXfs", "xf");
  const fonts = count("fonts", "font");
  const fills = count("fills", "fill");
  const borders = count("borders", "border");
  const dxfs = count("dxfs", "dxf");
  const numFmts = new Set(descendants(styles, "numFmt").map((n) => Number(attr(n, "numFmtId"))));
  const out: string[] = [];
  const within = (where: string, what: string, value: string | undefined, size: number) => {
    out.push(...notWithin(where, what, value, size));
  };
  childElements(styles, "cellXfs")
    .flatMap((l) => childElements(l, "xf"))
    .forEach((xf, i) => {
      const where = `${stylesPart}: cellXfs #${i}`;
      const fmt = Number(attr(xf, "numFmtId") ?? "0");
      if (fmt >= 164 && !numFmts.has(fmt)) out.push(`${where}: numFmtId ${fmt} is not defined`);
      within(where, "fontId", attr(xf, "fontId"), fonts);
      within(where, "fillId", attr(xf, "fillId"), fills);
      within(where, "borderId", attr(xf, "borderId"), borders);
      within(where, "xfId", attr(xf, "xfId"), styleXfs);
    });
  out.push(...namedStyleRules(stylesPart, styles, styleXfs));
  for (const sheet of model.sheets) {
    for (const c of descendants(sheet.xml, "col"))
      within(`${sheet.part} col ${attr(c, "min")}`, "style", attr(c, "style"), xfs);
    for (const rule of descendants(sheet.xml, "cfRule"))
      within(`${sheet.part} cfRule`, "dxfId", attr(rule, "dxfId"), dxfs);
  }
  for (const t of tablesOf(model)) {
    for (const e of [t.xml, ...descendants(t.xml, "tableColumn")]) {
      for (const a of e.attributes.filter((x) => x.uri === "" && /DxfId$/.test(x.local))) {
        within(`${t.part} <${e.local}>`, a.local, a.value, dxfs);
      }
    }
  }
  return out;
}

/**
 * Named cell styles as Excel requires them: every list's count is its length, cellStyleXfs[0] is Normal (the one
 * style with builtinId 0), every cellStyle points at an existing cellStyleXfs entry of its own, and a style's xf has
 * no xfId (only cell formats point at a style).
 */
function namedStyleRules(part: string, styles: XmlElement, styleXfs: number): string[] {
  const out: string[] = [];
  for (const list of childElements(styles)) {
    const count = attr(list, "count");
    const items = childElements(list).length;
    if (count !== undefined && Number(count) !== items)
      out.push(`${part}: <${list.local}> count ${count}, has ${items}`);
  }
  if (styleXfs < 1) out.push(`${part}: no cellStyleXfs entry for Normal`);
  const cellStyles = childElements(styles, "cellStyles").flatMap((l) => childElements(l, "cellStyle"));
  const normal = cellStyles.filter((c) => attr(c, "builtinId") === "0");
  if (normal.length !== 1 || attr(normal[0] as XmlElement, "xfId") !== "0")
    out.push(`${part}: Normal (builtinId 0) must be the one style on cellStyleXfs 0`);
  const taken = new Set<string>();
  for (const c of cellStyles) {
    const xfId = attr(c, "xfId") ?? "";
    if (!(Number(xfId) >= 0 && Number(xfId) < styleXfs))
      out.push(`${part}: cellStyle "${attr(c, "name")}" xfId ${xfId} does not exist (${styleXfs} defined)`);
    if (taken.has(xfId)) out.push(`${part}: cellStyle "${attr(c, "name")}" shares cellStyleXfs ${xfId}`);
    taken.add(xfId);
  }
  childElements(styles, "cellStyleXfs")
    .flatMap((l) => childElements(l, "xf"))
    .forEach((xf, i) => {
      if (attr(xf, "xfId") !== undefined) out.push(`${part}: cellStyleXfs #${i} has an xfId`);
    });
  return out;
}

const CHART_REF = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/;

/** Each chart series formula: the chart part, the formula, and the sheet and range it names (when it is a range). */
function chartSeries(model: PackageModel): { path: string; formula: string; sheet?: string; range?: Rect }[] {
  const out: { path: string; formula: string; sheet?: string; range?: Rect }[] = [];
  for (const [path, root] of model.xml) {
    if (model.contentType(path) !== "application/vnd.openxmlformats-officedocument.drawingml.chart+xml") continue;
    for (const ser of descendants(root, "ser")) {
      for (const f of descendants(ser, "f")) {
        const formula = textOf(f);
        const m = CHART_REF.exec(formula);
        const sheet = m ? (m[1]?.replace(/''/g, "'") ?? m[2] ?? "") : undefined;
        out.push({ path, formula, sheet, range: m?.[3] ? parseRange(m[3]) : undefined });
      }
    }
  }
  return out;
}

/** Every chart series formula is a range of an existing sheet whose cells all exist. */
export function chartRules(model: PackageModel): string[] {
  const out: string[] = [];
  for (const { path, formula, sheet: name, range: rect } of chartSeries(model)) {
    const sheet = model.sheets.find((s) => s.name === name);
    if (!rect || !sheet) {
      out.push(`${path}: series refers to "${formula}", not a range of an existing sheet`);
      continue;
    }
    const missing: string[] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        if (!sheet.cells.has(`${columnLetter(c)}${r}`)) missing.push(`${columnLetter(c)}${r}`);
      }
    }
    if (missing.length > 0) out.push(`${path}: series ${formula} refers to empty cells ${missing.join(", ")}`);
  }
  return out;
}

const PANES_OF_SPLIT = (x: boolean, y: boolean): string[] =>
  x && y
    ? ["topLeft", "topRight", "bottomLeft", "bottomRight"]
    : x
      ? ["topLeft", "topRight"]
      : y
        ? ["topLeft", "bottomLeft"]
        : ["topLeft"];

/**
 * Sheet views Excel accepts: a pane has a split, its active pane and every selection's pane exist; conditional
 * formatting rules of a sheet have distinct priorities.
 */
export function viewRules(model: PackageModel): string[] {
  const out: string[] = [];
  for (const sheet of model.sheets) {
    for (const view of descendants(sheet.xml, "sheetView")) {
      const pane = childElements(view, "pane")[0];
      const x = Number(pane ? (attr(pane, "xSplit") ?? "0") : "0") > 0;
      const y = Number(pane ? (attr(pane, "ySplit") ?? "0") : "0") > 0;
      const panes = PANES_OF_SPLIT(x, y);
      if (pane && !x && !y) out.push(`${sheet.part}: a pane without a split`);
      const active = pane ? (attr(pane, "activePane") ?? "topLeft") : "topLeft";
      if (pane && !panes.includes(active)) out.push(`${sheet.part}: active pane ${active} does not exist`);
      for (const s of childElements(view, "selection")) {
        const p = attr(s, "pane") ?? "topLeft";
        if (!panes.includes(p)) out.push(`${sheet.part}: a selection on pane ${p}, which does not exist`);
      }
    }
    const priorities = descendants(sheet.xml, "cfRule").map((r) => attr(r, "priority") ?? "");
    const repeated = [...new Set(priorities.filter((p, i) => priorities.indexOf(p) !== i))];
    if (repeated.length > 0)
      out.push(`${sheet.part}: conditional formatting priorities used twice: ${repeated.join(", ")}`);
  }
  return out;
}

const MAX_TEXT = 32_767;

/**
 * No shared string longer than Excel's cell limit of 32,767 characters (Excel truncates it on open and reports a
 * repair); a cell's own text is judged in cellRules.
 */
export function textLengthRules(model: PackageModel): string[] {
  const out: string[] = [];
  model.sharedStrings.forEach((s, i) => {
    if (s.length > MAX_TEXT) out.push(`shared string #${i}: ${s.length} characters, more than a cell holds`);
  });
  return out;
}

/**
 * The cells the rules look up by address (each table's header row, each chart series' range): all a checked
 * package's model keeps of a worksheet's cells.
 */
export function cellsLookedUp(model: PackageModel): (sheet: SheetRef, address: string) => boolean {
  const bySheet = new Map<string, (address: string) => boolean>();
  const charted = chartSeries(model);
  const lookup = (sheet: SheetRef) => {
    const headers = new Set(tablesOfSheet(model, sheet).flatMap((t) => [...headerCells(t).keys()]));
    const ranges = charted.flatMap((s) => (s.sheet === sheet.name && s.range ? [s.range] : []));
    return (address: string) => {
      if (headers.has(address)) return true;
      if (ranges.length === 0) return false;
      const { row, col } = parseAddress(address);
      return ranges.some((r) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1);
    };
  };
  return (sheet, address) => {
    let test = bySheet.get(sheet.part);
    if (!test) bySheet.set(sheet.part, (test = lookup(sheet)));
    return test(address);
  };
}

/**
 * The rules on a worksheet's rows, judged one row at a time as the rows are read: every row's and cell's style
 * points at an existing cell format, no cell's own text is longer than a cell holds, every r:id is a relationship of
 * the sheet.
 */
export function cellRules(model: PackageModel): (sheet: SheetRef, row: XmlElement) => string[] {
  const styles = stylesOf(model);
  const xfs = styles ? countOf(styles.xml, "cellXfs", "xf") : 0;
  return (sheet, row) => {
    const out: string[] = [];
    // Without a styles part, styleRules says so once; an index is not judged against nothing.
    if (styles) out.push(...notWithin(`${sheet.part} row ${attr(row, "r")}`, "style", attr(row, "s"), xfs));
    for (const c of childElements(row, "c")) {
      const ref = attr(c, "r") ?? "";
      if (styles) out.push(...notWithin(`${sheet.part} ${ref}`, "style", attr(c, "s"), xfs));
      if (attr(c, "t") !== "s" && cellText(model, c).length > MAX_TEXT)
        out.push(`${sheet.part} ${ref}: text too long for a cell`);
    }
    out.push(...unknownRelationshipIds(model, sheet.part, row));
    return out;
  };
}

import type { XmlAttribute, XmlSink, XmlStart } from "./xml-tree";
import { XMLNS, attr } from "./xml-tree";

/*
 * Markup Compatibility processing (ECMA-376 Part 3) as a consumer that knows only the 2006 namespaces would do it,
 * so that the 2006 schemas can judge what such a consumer sees:
 * - elements and attributes of namespaces listed in `mc:Ignorable` (x14ac, xr, …) are dropped;
 * - `mc:AlternateContent` is replaced by the content of its `mc:Fallback` (nothing when there is none);
 * - `mc:*` attributes are dropped;
 * - `mc:MustUnderstand` naming a namespace outside the 2006 set is an error (such a consumer must refuse the part).
 * One known gap of the 2006 schema is bridged, narrowly: `xml:space` on a SpreadsheetML rich-text `<t>` (shared
 * strings and inline strings), which Excel writes and ST_Xstring does not allow.
 */
export const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
export const SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const XML = "http://www.w3.org/XML/1998/namespace";

/** The namespaces of ECMA-376 transitional that the copied schemas describe. */
const UNDERSTOOD = new Set([
  SML,
  MC,
  XML,
  XMLNS,
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "http://schemas.openxmlformats.org/drawingml/2006/chartDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  "http://schemas.openxmlformats.org/drawingml/2006/diagram",
  "http://schemas.openxmlformats.org/drawingml/2006/lockedCanvas",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
  "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  "http://purl.org/dc/elements/1.1/",
  "http://purl.org/dc/terms/",
  "http://purl.org/dc/dcmitype/",
  "http://www.w3.org/2001/XMLSchema-instance",
]);

const RICH_TEXT_PARENTS = new Set(["si", "r", "rPh", "is"]);

/** Namespaces named by a prefix list attribute (`mc:Ignorable="x14ac xr"`), resolved in the element's scope. */
function namespacesOf(e: XmlStart, local: string, path: string, problems: string[]): string[] {
  const list = attr(e, local, MC);
  if (!list) return [];
  return list
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((prefix) => {
      const uri = e.scope.get(prefix);
      if (uri === undefined) problems.push(`${path}: mc:${local} names prefix "${prefix}", which is not declared`);
      return uri === undefined ? [] : [uri];
    });
}

/**
 * What an element read becomes: kept (with its attributes filtered), dropped with all it holds, an
 * `mc:AlternateContent` (only its first `mc:Fallback` counts), or that Fallback, whose content takes its place.
 */
type Frame =
  | { readonly mode: "keep" | "fallback"; readonly ignorable: ReadonlySet<string> }
  | { readonly mode: "alternate"; readonly ignorable: ReadonlySet<string>; fallbackSeen: boolean }
  | { readonly mode: "drop" };

/**
 * Markup Compatibility processing on a part's events as they are read: `downstream` gets the processed part, and
 * `problems` collects what MC processing itself finds (undeclared prefixes, MustUnderstand). The part is never whole
 * in memory, so a worksheet of any size is processed in the same way as a small part.
 */
export class MarkupCompatibilityFilter implements XmlSink {
  readonly problems: string[] = [];
  private readonly frames: Frame[] = [];
  /** The processed elements open downstream (the parent an xml:space rule looks at). */
  private readonly kept: XmlStart[] = [];

  constructor(
    private readonly path: string,
    private readonly downstream: XmlSink,
  ) {}

  open(e: XmlStart): void {
    const top = this.frames.at(-1);
    if (top?.mode === "drop") {
      this.frames.push(top);
      return;
    }
    if (top?.mode === "alternate") {
      const first = e.local === "Fallback" && !top.fallbackSeen;
      if (first) top.fallbackSeen = true;
      this.frames.push(first ? { mode: "fallback", ignorable: top.ignorable } : { mode: "drop" });
      return;
    }
    const ignorable = new Set(top?.ignorable);
    for (const uri of namespacesOf(e, "Ignorable", this.path, this.problems))
      if (!UNDERSTOOD.has(uri)) ignorable.add(uri);
    for (const uri of namespacesOf(e, "MustUnderstand", this.path, this.problems)) {
      if (!UNDERSTOOD.has(uri)) this.problems.push(`${this.path}: <${e.name}> must be understood in ${uri}`);
    }
    const root = this.kept.length === 0;
    if (ignorable.has(e.uri) || (e.uri === MC && e.local === "AlternateContent")) {
      if (root) throw new Error(`${this.path}: the root element is ignorable`);
      this.frames.push(ignorable.has(e.uri) ? { mode: "drop" } : { mode: "alternate", ignorable, fallbackSeen: false });
      return;
    }
    const parent = this.kept.at(-1);
    const keep = (a: XmlAttribute) =>
      a.uri !== MC &&
      !ignorable.has(a.uri) &&
      // the xml:space gap of ST_Xstring (see above)
      !(
        a.uri === XML &&
        e.uri === SML &&
        e.local === "t" &&
        parent !== undefined &&
        RICH_TEXT_PARENTS.has(parent.local)
      );
    const element = { ...e, attributes: e.attributes.filter(keep) };
    this.frames.push({ mode: "keep", ignorable });
    this.kept.push(element);
    this.downstream.open(element);
  }

  text(text: string): void {
    const mode = this.frames.at(-1)?.mode;
    if (mode === "keep" || mode === "fallback") this.downstream.text(text);
  }

  close(): void {
    const frame = this.frames.pop();
    if (frame?.mode !== "keep") return;
    this.kept.pop();
    this.downstream.close();
  }
}

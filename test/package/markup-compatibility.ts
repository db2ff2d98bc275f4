import type { XmlAttribute, XmlElement, XmlNode } from "./xml-tree";
import { XMLNS, attr } from "./xml-tree";

/**
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
function namespacesOf(e: XmlElement, local: string, path: string, problems: string[]): string[] {
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

/** Returns the processed root, and the problems MC processing itself finds (undeclared prefixes, MustUnderstand). */
export function processMarkupCompatibility(root: XmlElement, path: string): { root: XmlElement; problems: string[] } {
  const problems: string[] = [];
  const visit = (e: XmlElement, parent: XmlElement | undefined, inherited: ReadonlySet<string>): XmlNode[] => {
    const ignorable = new Set(inherited);
    for (const uri of namespacesOf(e, "Ignorable", path, problems)) if (!UNDERSTOOD.has(uri)) ignorable.add(uri);
    for (const uri of namespacesOf(e, "MustUnderstand", path, problems)) {
      if (!UNDERSTOOD.has(uri)) problems.push(`${path}: <${e.name}> must be understood in ${uri}`);
    }
    if (ignorable.has(e.uri)) return [];
    if (e.uri === MC && e.local === "AlternateContent") {
      const fallback = e.children.find((c): c is XmlElement => typeof c !== "string" && c.local === "Fallback");
      return fallback ? fallback.children.flatMap((c) => visitNode(c, parent, ignorable)) : [];
    }
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
    const out: XmlElement = { ...e, attributes: e.attributes.filter(keep), children: [] };
    out.children = e.children.flatMap((c) => visitNode(c, out, ignorable));
    return [out];
  };
  const visitNode = (n: XmlNode, parent: XmlElement | undefined, ignorable: ReadonlySet<string>): XmlNode[] =>
    typeof n === "string" ? [n] : visit(n, parent, ignorable);
  const [processed] = visit(root, undefined, new Set());
  if (!processed || typeof processed === "string") throw new Error(`${path}: the root element is ignorable`);
  return { root: processed, problems };
}

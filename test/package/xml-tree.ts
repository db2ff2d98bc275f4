import { SaxesParser } from "saxes";

/** An XML element with its names resolved; children keep document order. Namespace declarations stay attributes. */
export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** The name as written (prefix:local), so a serialized tree keeps its declarations valid. */
  readonly name: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  /** Prefix → namespace in scope at this element ("" is the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
}
export interface XmlAttribute {
  readonly uri: string;
  readonly local: string;
  readonly name: string;
  readonly value: string;
}
export type XmlNode = XmlElement | string;

export const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Parses a part; throws with the part's path and the parser's position on malformed XML. */
export function parseXml(xml: string, path: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;
  parser.on("error", (e) => {
    failure ??= new Error(`${path}: not well-formed XML: ${e.message}`);
  });
  parser.on("opentag", (tag) => {
    const parentScope = stack.at(-1)?.scope ?? new Map<string, string>();
    const scope = new Map(parentScope);
    for (const [prefix, uri] of Object.entries(tag.ns)) scope.set(prefix, uri);
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      name: tag.name,
      attributes: Object.values(tag.attributes).map((a) => ({
        uri: a.uri,
        local: a.local,
        name: a.name,
        value: a.value,
      })),
      children: [],
      scope,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const onText = (text: string) => {
    stack.at(-1)?.children.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new Error(`${path}: no root element`);
  return root;
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) =>
  escapeText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

export function serializeXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  const write = (e: XmlElement) => {
    out.push(`<${e.name}`);
    for (const a of e.attributes) out.push(` ${a.name}="${escapeAttr(a.value)}"`);
    if (e.children.length === 0) {
      out.push("/>");
      return;
    }
    out.push(">");
    for (const c of e.children) {
      if (typeof c === "string") out.push(escapeText(c));
      else write(c);
    }
    out.push(`</${e.name}>`);
  };
  write(root);
  return out.join("");
}

export function childElements(e: XmlElement, local?: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== "string" && (local === undefined || c.local === local));
}

/** Every descendant element with this local name (document order). */
export function descendants(e: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (x: XmlElement) => {
    for (const c of childElements(x)) {
      if (c.local === local) found.push(c);
      walk(c);
    }
  };
  walk(e);
  return found;
}

/** An attribute without a namespace (`name`), or in a namespace (`uri`). */
export function attr(e: XmlElement, local: string, uri = ""): string | undefined {
  return e.attributes.find((a) => a.local === local && a.uri === uri)?.value;
}

export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

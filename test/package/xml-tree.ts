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

/** An element's start as a reader reports it: its names, attributes and the namespaces in scope. */
export type XmlStart = Omit<XmlElement, "children">;

/** Where a reader's events go, in document order; `close` ends the innermost open element. */
export interface XmlSink {
  open(start: XmlStart): void;
  text(text: string): void;
  close(): void;
}

/** Several sinks fed the same events. */
export const teeSink = (...sinks: readonly XmlSink[]): XmlSink => ({
  open: (start) => sinks.forEach((s) => s.open(start)),
  text: (text) => sinks.forEach((s) => s.text(text)),
  close: () => sinks.forEach((s) => s.close()),
});

/**
 * A part read chunk by chunk (a chunk may end anywhere, even inside a tag), its events handed to `sink` as they come.
 * Throws with the part's path and the parser's position on malformed XML.
 */
export function xmlReader(path: string, sink: XmlSink): { write(chunk: string): void; close(): void } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const scopes: ReadonlyMap<string, string>[] = [];
  let failure: Error | undefined;
  let opened = false;
  parser.on("error", (e) => {
    failure ??= new Error(`${path}: not well-formed XML: ${e.message}`);
  });
  parser.on("opentag", (tag) => {
    const parentScope = scopes.at(-1) ?? new Map<string, string>();
    const declared = Object.entries(tag.ns);
    // Most elements declare nothing: they share their parent's scope instead of a copy each.
    const scope = declared.length === 0 ? parentScope : new Map([...parentScope, ...declared]);
    scopes.push(scope);
    opened = true;
    sink.open({
      uri: tag.uri,
      local: tag.local,
      name: tag.name,
      attributes: Object.values(tag.attributes).map((a) => ({
        uri: a.uri,
        local: a.local,
        name: a.name,
        value: a.value,
      })),
      scope,
    });
  });
  parser.on("closetag", () => {
    scopes.pop();
    sink.close();
  });
  parser.on("text", (text) => {
    if (scopes.length > 0) sink.text(text);
  });
  parser.on("cdata", (text) => {
    if (scopes.length > 0) sink.text(text);
  });
  const check = () => {
    if (failure) throw failure;
  };
  return {
    write(chunk) {
      parser.write(chunk);
      check();
    },
    close() {
      parser.close();
      check();
      if (!opened) throw new Error(`${path}: no root element`);
    },
  };
}

/** Builds the tree of the events it is given; `root` is the first element opened. */
export class XmlTreeBuilder implements XmlSink {
  root: XmlElement | undefined;
  protected readonly stack: XmlElement[] = [];

  open(start: XmlStart): void {
    const element: XmlElement = { ...start, children: [] };
    this.stack.at(-1)?.children.push(element);
    this.root ??= element;
    this.stack.push(element);
  }

  text(text: string): void {
    this.stack.at(-1)?.children.push(text);
  }

  close(): void {
    this.stack.pop();
  }
}

/** Parses a part; throws with the part's path and the parser's position on malformed XML. */
export function parseXml(xml: string, path: string): XmlElement {
  const builder = new XmlTreeBuilder();
  const reader = xmlReader(path, builder);
  reader.write(xml);
  reader.close();
  if (!builder.root) throw new Error(`${path}: no root element`);
  return builder.root;
}

/** A tree's events, as a reader would report them. */
export function replayXml(root: XmlElement, sink: XmlSink): void {
  sink.open(root);
  for (const c of root.children) {
    if (typeof c === "string") sink.text(c);
    else replayXml(c, sink);
  }
  sink.close();
}

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) =>
  escapeText(s).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");

/** Writes the events it is given as XML text, piece by piece, to `write` (an empty element as `<x/>`). */
export function xmlWriter(write: (xml: string) => void): XmlSink {
  const names: string[] = [];
  let startOpen = false;
  const endStart = () => {
    if (startOpen) write(">");
    startOpen = false;
  };
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  return {
    open(start) {
      endStart();
      let tag = `<${start.name}`;
      for (const a of start.attributes) tag += ` ${a.name}="${escapeAttr(a.value)}"`;
      write(tag);
      names.push(start.name);
      startOpen = true;
    },
    text(text) {
      endStart();
      write(escapeText(text));
    },
    close() {
      const name = names.pop();
      if (startOpen) write("/>");
      else write(`</${name}>`);
      startOpen = false;
    },
  };
}

export function serializeXml(root: XmlElement): string {
  const out: string[] = [];
  replayXml(
    root,
    xmlWriter((xml) => out.push(xml)),
  );
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
export function attr(e: Pick<XmlElement, "attributes">, local: string, uri = ""): string | undefined {
  return e.attributes.find((a) => a.local === local && a.uri === uri)?.value;
}

export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
}

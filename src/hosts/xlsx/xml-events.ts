import type { SaxesTagPlain } from "saxes";

/**
 * XML read with saxes (raw qualified names, `xmlns: false`) written back as it was: each start tag with its
 * attributes in order, text and attribute values escaped again (characters a parser would normalise as character
 * references), end tags where the element was not self-closing.
 */

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };

export const escapeAttribute = (v: string): string => v.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
export const escapeText = (v: string): string => v.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);

/** A start tag's attributes as written (` a="1" b="2"`), leaving out those named in `except`. */
export function attributesXml(tag: SaxesTagPlain, except: readonly string[] = []): string {
  let out = "";
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (!except.includes(name)) out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/**
 * Elements as saxes reported them: a tag the first time it occurs is its start, the second time its end (saxes
 * hands the same object to both events); a string is text.
 */
export function serialise(events: readonly (SaxesTagPlain | string)[]): string {
  const opened = new Set<SaxesTagPlain>();
  let out = "";
  for (const event of events) {
    if (typeof event === "string") out += escapeText(event);
    else if (opened.has(event)) out += event.isSelfClosing ? "" : `</${event.name}>`;
    else {
      opened.add(event);
      out += `<${event.name}${attributesXml(event)}${event.isSelfClosing ? "/>" : ">"}`;
    }
  }
  return out;
}

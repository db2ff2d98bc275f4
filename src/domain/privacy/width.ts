/**
 * Width folding for detection (DOMAIN.md §4.4): people type phone numbers and e-mails in full-width forms
 * (１３８…, ＠, （010）). Detection runs on a folded copy whose every UTF-16 unit stands at the same index as in
 * the original, so a mask found on the copy is applied to the original text.
 */

/** Full-width and look-alike characters → the ASCII character detection expects; one unit for one unit. */
const FOLDS: ReadonlyMap<string, string> = new Map([
  ["\u3000", " "],
  ["\u00a0", " "],
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u2012", "-"],
  ["\u2013", "-"],
  ["\u2014", "-"],
  ["\u2212", "-"],
  ["\u30fc", "-"],
  ["\u3002", "."],
]);

/** Full-width ASCII block: U+FF01 (！) … U+FF5E (～) ↔ U+0021 … U+007E. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

/** `text` with full-width ASCII, ideographic spaces and dash look-alikes folded; same length as `text`. */
export function foldWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= FULL_WIDTH_FIRST && unit <= FULL_WIDTH_LAST) out += String.fromCharCode(unit - FULL_WIDTH_OFFSET);
    else out += FOLDS.get(text.charAt(i)) ?? text.charAt(i);
  }
  return out;
}

/**
 * How wide a text shows in Excel's column-width unit (one digit of the default font): CJK ideographs, kana, Hangul
 * and full-width forms take two, everything else one. Used to size the columns the product lays out.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** A column width that shows every text whole: the widest plus `padding`, at least `min`. */
export function widthFor(texts: readonly string[], padding = 2, min = 8): number {
  return Math.max(min, ...texts.map((t) => displayWidth(t) + padding));
}

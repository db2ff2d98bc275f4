/**
 * Whether a cell format shows a date or time (ECMA-376 Part 1 §18.8.30): the built-in date formats (14–22, and the
 * East Asian ones 27–36 and 50–58, 45–47 for times), or a custom format code with a date or time part outside its
 * quoted text, escapes and colour or condition brackets.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, ...range(27, 36), ...range(50, 58)]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

export function isDateFormat(numFmtId: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(numFmtId);
  if (code === undefined) return BUILT_IN_DATES.has(numFmtId);
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "")
    .replace(/General/gi, "");
  return /[ymdhs]/i.test(bare);
}

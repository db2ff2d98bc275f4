import { isDateFormat } from "../../src/import/number-formats";

test.each<[string, number, string | undefined, boolean]>([
  ["built-in m/d/yyyy", 14, undefined, true],
  ["built-in East Asian yyyy年m月d日", 31, undefined, true],
  ["built-in time h:mm", 20, undefined, true],
  ["built-in General", 0, undefined, false],
  ["built-in 0.00", 2, undefined, false],
  ["built-in text @", 49, undefined, false],
  ["custom date with quoted Chinese", 164, 'yyyy"年"m"月"d"日"', true],
  ["custom elapsed hours", 165, "[h]:mm:ss", true],
  ["custom red negative number", 166, "[Red]0.00;-0.00", false],
  ["custom number with quoted units", 167, '0" days"', false],
  ["custom escaped letters", 168, "0\\h", false],
])("%s", (_name, id, code, expected) => {
  expect(isDateFormat(id, new Map(code === undefined ? [] : [[id, code]]))).toBe(expected);
});

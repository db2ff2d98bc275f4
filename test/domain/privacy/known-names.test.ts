import fc from "fast-check";
import { findKnownNames, knownNamesPattern } from "../../../src/domain/privacy/name-finder";

/**
 * The known names are found as one regular expression of them all (longest first, Unicode) finds them; that
 * expression is the oracle here, the finder a faster way to the same spans.
 */
function byRegExp(text: string, names: readonly string[]): { start: number; end: number }[] {
  const list = [...new Set(names.map((n) => n.trim()))]
    .filter((n) => [...n].length >= 2 && !n.includes("*"))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (list.length === 0) return [];
  const pattern = new RegExp(list.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// Few characters, so names overlap, nest and repeat in the texts: 王, 王小, 王小明, a surrogate pair, a regexp sign.
const char = fc.constantFrom("王", "小", "明", "张", "三", " ", ".", "*", "a", "A", "𠮷", "\uD842", "(");
const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(""));

test("known names are found where one regular expression of them all finds them", () => {
  fc.assert(
    fc.property(fc.array(word, { maxLength: 12 }), fc.array(char, { maxLength: 40 }), (names, chars) => {
      const text = chars.join("");
      expect(findKnownNames(text, knownNamesPattern(names))).toEqual(byRegExp(text, names));
    }),
    { numRuns: 3000 },
  );
});

test("a longer name wins over the shorter one it starts with, and names do not overlap", () => {
  const known = knownNamesPattern(["王小", "王小明", "小明"]);
  expect(findKnownNames("王小明和小明、王小", known)).toEqual([
    { start: 0, end: 3 },
    { start: 4, end: 6 },
    { start: 7, end: 9 },
  ]);
});

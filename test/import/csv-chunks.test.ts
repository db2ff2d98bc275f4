import fc from "fast-check";
import Papa from "papaparse";
import { csvChunks } from "../../src/import/read-csv";

/**
 * A CSV is parsed a window of its text at a time (issue 18): whatever the window, the rows are those of the whole
 * text — a record cut by a window's end, a quoted line break or delimiter across it, a quote that never closes —
 * and so are the rows reported for unbalanced quotes.
 */
const rowsOf = (text: string, chars: number) => {
  const rows: string[][] = [];
  const unbalanced: number[] = [];
  for (const chunk of csvChunks("t.csv", text, ",", chars)) {
    rows.push(...chunk.rows);
    unbalanced.push(...chunk.unbalancedQuotes);
  }
  return { rows, unbalanced };
};

const WHOLE = Number.MAX_SAFE_INTEGER;

test("a stray quote in a later window: its line read as it is, the rows after it read", () => {
  const text = 'a,b\n1,x\n2,y\n3,"open\n4,z\n5,"q,r",w\n6,v\n';
  const expected = {
    rows: [["a", "b"], ["1", "x"], ["2", "y"], ["3", '"open'], ["4", "z"], ["5", "q,r", "w"], ["6", "v"], [""]],
    unbalanced: [4],
  };
  for (let chars = 1; chars <= text.length + 1; chars++) expect(rowsOf(text, chars)).toEqual(expected);
});

test("a quoted field longer than the window widens it", () => {
  const long = "长".repeat(50);
  const text = `a,b\n"${long}\n${long}",1\n2,"x,y"\n`;
  expect(rowsOf(text, 8).rows).toEqual([["a", "b"], [`${long}\n${long}`, "1"], ["2", "x,y"], [""]]);
});

const csvText = fc
  .array(fc.constantFrom("a", "中", ",", "\n", '"', '""', " ", "1"), { maxLength: 60 })
  .map((parts) => parts.join(""));

test("any text, any window: the rows of the whole text", () => {
  fc.assert(
    fc.property(csvText, fc.integer({ min: 1, max: 70 }), (text, chars) => {
      expect(rowsOf(text, chars)).toEqual(rowsOf(text, WHOLE));
    }),
    { numRuns: 3000 },
  );
});

test("text papaparse reads without a quote error: the rows papaparse gives for the whole text", () => {
  fc.assert(
    fc.property(csvText, fc.integer({ min: 1, max: 70 }), (text, chars) => {
      const whole = Papa.parse<string[]>(text, { delimiter: ",", newline: "\n" });
      fc.pre(!whole.errors.some((e) => e.type === "Quotes"));
      expect(rowsOf(text, chars)).toEqual({ rows: whole.data, unbalanced: [] });
    }),
    { numRuns: 3000 },
  );
});

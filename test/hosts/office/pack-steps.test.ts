import fc from "fast-check";
import type { BatchLimits } from "../../../src/hosts/office/pack-steps";
import { packSteps, stepCost } from "../../../src/hosts/office/pack-steps";
import type { BlockStep, WriteStep } from "../../../src/hosts/office/write-steps";

const block = (sheet: string, sizes: readonly number[]): BlockStep => ({
  kind: "block",
  sheet,
  row: 0,
  col: 0,
  cells: sizes.map((_, i) => [`${sheet}${i}`]),
  formulas: false,
  rowBytes: sizes,
});
const freeze = (sheet: string): WriteStep => ({ kind: "freeze", sheet, rows: 1 });

const blockRowsIn = (batch: readonly WriteStep[]) =>
  batch.flatMap((s) => (s.kind === "block" ? s.cells.map((c) => String(c[0])) : []));

test("small steps share a request with the first rows; a block is cut where the request is full", () => {
  const steps = [freeze("A"), block("A", Array<number>(250).fill(10)), freeze("B"), block("B", [10, 10])];
  const batches = packSteps(steps, { rows: 100, bytes: 1_000_000 });
  expect(
    batches.map((b) => b.map((s) => (s.kind === "block" ? `${s.sheet}:${s.row}+${s.cells.length}` : s.kind))),
  ).toEqual([["freeze", "A:0+100"], ["A:100+100"], ["A:200+50", "freeze", "B:0+2"]]);
});

test("a row larger than a whole request goes alone, so the writer always makes progress", () => {
  const batches = packSteps([block("A", [10, 5000, 10])], { rows: 100, bytes: 1000 });
  expect(batches.map(blockRowsIn)).toEqual([["A0"], ["A1"], ["A2"]]);
});

test("packing keeps every step and row in order, and each request within its limits", () => {
  const step = fc.oneof(
    fc.constant<WriteStep>(freeze("S")),
    fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: 1, maxLength: 60 }).map((sizes) => block("B", sizes)),
  );
  fc.assert(
    fc.property(
      fc.array(step, { maxLength: 12 }),
      fc.record({ rows: fc.integer({ min: 1, max: 50 }), bytes: fc.integer({ min: 400, max: 40_000 }) }),
      (steps: WriteStep[], limits: BatchLimits) => {
        const batches = packSteps(steps, limits);
        expect(batches.flatMap(blockRowsIn)).toEqual(steps.flatMap((s) => blockRowsIn([s])));
        expect(batches.flat().filter((s) => s.kind !== "block")).toHaveLength(
          steps.filter((s) => s.kind !== "block").length,
        );
        for (const batch of batches) {
          const cost = batch.map(stepCost).reduce((a, c) => ({ rows: a.rows + c.rows, bytes: a.bytes + c.bytes }));
          expect(cost.rows).toBeLessThanOrEqual(limits.rows);
          if (batch.length > 1 || batch[0]?.kind !== "block" || batch[0].cells.length > 1) {
            expect(cost.bytes).toBeLessThanOrEqual(limits.bytes);
          }
        }
      },
    ),
  );
});

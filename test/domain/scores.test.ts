import { csat, grade, isLowRate, npsIndex, periodScores, scoreRate, weightedScore } from "../../src/domain/scores";
import type { RecordRow } from "../../src/domain/schema/types";
import { DEFAULT_DIMENSIONS, DEFAULT_RULES } from "../../src/domain/settings";

// Default weights in dimension order: d_response A, d_attitude A, d_expertise 0.3, d_resolution 0.3,
// d_convenience A, with A = 0.4 / 3.
const A = 0.4 / 3;
const WEIGHTS: ReadonlyMap<string, number> = new Map([
  ["d_response", A],
  ["d_attitude", A],
  ["d_expertise", 0.3],
  ["d_resolution", 0.3],
  ["d_convenience", A],
]);
const scores = (r: number, a: number, e: number, s: number, c: number): RecordRow => ({
  d_response: r,
  d_attitude: a,
  d_expertise: e,
  d_resolution: s,
  d_convenience: c,
});

describe("weightedScore (DOMAIN §2.2)", () => {
  const cases: [string, RecordRow, number | undefined][] = [
    // A·5 + A·3 + 0.3·4 + 0.3·4 + A·4 = 0.6667 + 0.4 + 1.2 + 1.2 + 0.5333 = 4.0 (left to right, as a spreadsheet)
    ["5,3,4,4,4", scores(5, 3, 4, 4, 4), A * 5 + A * 3 + 0.3 * 4 + 0.3 * 4 + A * 4],
    // A·5·3 + 0.3·5·2 = 2 + 3 = 5
    ["all 5", scores(5, 5, 5, 5, 5), A * 5 + A * 5 + 0.3 * 5 + 0.3 * 5 + A * 5],
    // A·1 + A·2 + 0.3·3 + 0.3·4 + A·5 = 0.1333 + 0.2667 + 0.9 + 1.2 + 0.6667 = 3.1667
    ["1,2,3,4,5", scores(1, 2, 3, 4, 5), A * 1 + A * 2 + 0.3 * 3 + 0.3 * 4 + A * 5],
    ["a blank score", { ...scores(5, 5, 5, 5, 5), d_attitude: undefined }, undefined],
    ["a score typed as text", { ...scores(5, 5, 5, 5, 5), d_resolution: "5" }, undefined],
  ];
  it.each(cases)("%s", (_name, row, expected) => {
    expect(weightedScore(row, DEFAULT_DIMENSIONS, WEIGHTS)).toBe(expected);
  });

  it("the worked examples are close to their decimal values", () => {
    expect(weightedScore(scores(5, 3, 4, 4, 4), DEFAULT_DIMENSIONS, WEIGHTS)).toBeCloseTo(4, 12);
    expect(weightedScore(scores(1, 2, 3, 4, 5), DEFAULT_DIMENSIONS, WEIGHTS)).toBeCloseTo(3.1666666666667, 12);
  });

  it("is undefined without dimensions", () => {
    expect(weightedScore(scores(5, 5, 5, 5, 5), [], WEIGHTS)).toBeUndefined();
  });

  it("throws a RangeError when a weight is missing (a programming error)", () => {
    expect(() => weightedScore(scores(5, 5, 5, 5, 5), DEFAULT_DIMENSIONS, new Map())).toThrow(RangeError);
  });
});

describe("scoreRate, grade and isLowRate (DOMAIN §2.1, §2.3)", () => {
  it.each([
    [4, 0.8],
    [4.5, 0.9],
    [undefined, undefined],
  ])("scoreRate(%p) = %p", (ws, rate) => {
    expect(scoreRate(ws)).toBe(rate);
  });

  it.each([
    [0.95, "优秀"],
    [0.9, "优秀"],
    [0.8999, "良好"],
    [0.8, "良好"],
    [0.7999, "待改进"],
    [0, "待改进"],
    [undefined, undefined],
  ])("grade(%p) = %p", (rate, expected) => {
    expect(grade(rate, DEFAULT_RULES)).toBe(expected);
  });

  it.each([
    [0.69, true],
    [0.7, false],
    [0.9, false],
    [undefined, false],
  ])("isLowRate(%p) = %p", (rate, expected) => {
    expect(isLowRate(rate, DEFAULT_RULES)).toBe(expected);
  });
});

describe("csat (DOMAIN §2.4)", () => {
  const cases: [string, (number | undefined)[], number | undefined][] = [
    // 4 ✓, 3.9 ✗, 4.6 ✓, 3.9999999999999996 ✓ (within 1e-9); undefined skipped → 3/4
    ["3 of 4 scores ≥ 4", [4, 3.9, 4.6, undefined, 3.9999999999999996], 0.75],
    ["just below the tolerance", [4 - 1e-6], 0],
    ["empty", [], undefined],
    ["only blanks", [undefined], undefined],
  ];
  it.each(cases)("%s", (_name, ws, expected) => {
    expect(csat(ws, DEFAULT_RULES)).toBe(expected);
  });

  it("counts the 3,4,4,4,5 evaluation, whose weighted score lands just below 4", () => {
    // A·3 + A·4 + 0.3·4 + 0.3·4 + A·5 = 3.9999999999999996 in floating point (4 in decimals)
    const ws = weightedScore(scores(3, 4, 4, 4, 5), DEFAULT_DIMENSIONS, WEIGHTS);
    expect(ws).toBe(3.9999999999999996);
    expect(csat([ws], DEFAULT_RULES)).toBe(1);
  });
});

describe("npsIndex (DOMAIN §2.4)", () => {
  const cases: [string, (number | string | undefined)[], number | undefined][] = [
    // promoters 10, 9; detractors 6, 1; n = 6 → 2/6 − 2/6 = 0
    ["balanced", [10, 9, 8, 7, 6, 1, "x", undefined], 0],
    // 3/4 − 0/4
    ["3 promoters of 4", [10, 9, 9, 7], 3 / 4 - 0 / 4],
    // 1/3 − 2/3
    ["2 detractors of 3", [10, 3, 5], 1 / 3 - 2 / 3],
    ["empty", [], undefined],
    ["no numbers", ["9"], undefined],
  ];
  it.each(cases)("%s", (_name, overalls, expected) => {
    expect(npsIndex(overalls, DEFAULT_RULES)).toBe(expected);
  });
});

describe("periodScores (DOMAIN §2.1, §2.2)", () => {
  it("averages each dimension and weights the means", () => {
    const rows = [scores(5, 4, 3, 4, 5), scores(4, 4, 5, 2, 3)];
    const result = periodScores(rows, DEFAULT_DIMENSIONS, WEIGHTS);
    // means: (5+4)/2 = 4.5, (4+4)/2 = 4, (3+5)/2 = 4, (4+2)/2 = 3, (5+3)/2 = 4
    expect(result.dimensions).toEqual([
      { key: "d_response", sum: 9, count: 2, mean: 4.5, rate: 0.9 },
      { key: "d_attitude", sum: 8, count: 2, mean: 4, rate: 0.8 },
      { key: "d_expertise", sum: 8, count: 2, mean: 4, rate: 0.8 },
      { key: "d_resolution", sum: 6, count: 2, mean: 3, rate: 0.6 },
      { key: "d_convenience", sum: 8, count: 2, mean: 4, rate: 0.8 },
    ]);
    // A·4.5 + A·4 + 0.3·4 + 0.3·3 + A·4 = 0.6 + 0.5333 + 1.2 + 0.9 + 0.5333 = 3.7667
    const overall = A * 4.5 + A * 4 + 0.3 * 4 + 0.3 * 3 + A * 4;
    expect(result.overall).toBe(overall);
    expect(result.overall).toBeCloseTo(3.7666666666667, 12);
    expect(result.overallRate).toBe(overall / 5);
  });

  it("skips scores that are not numbers, and leaves a dimension without data undefined", () => {
    const rows: RecordRow[] = [
      { ...scores(5, 4, 3, 4, 5), d_convenience: undefined },
      { ...scores(3, 4, 5, 2, 3), d_convenience: "" },
    ];
    const result = periodScores(rows, DEFAULT_DIMENSIONS, WEIGHTS);
    expect(result.dimensions[0]).toEqual({ key: "d_response", sum: 8, count: 2, mean: 4, rate: 0.8 });
    expect(result.dimensions[4]).toEqual({
      key: "d_convenience",
      sum: 0,
      count: 0,
      mean: undefined,
      rate: undefined,
    });
    expect(result.overall).toBeUndefined();
    expect(result.overallRate).toBeUndefined();
  });

  it("is all undefined for an empty period", () => {
    const result = periodScores([], DEFAULT_DIMENSIONS, WEIGHTS);
    expect(result.dimensions.map((d) => d.count)).toEqual([0, 0, 0, 0, 0]);
    expect(result.overall).toBeUndefined();
  });
});

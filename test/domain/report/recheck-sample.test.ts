import fc from "fast-check";
import { recheckSample, recheckSampleSize } from "../../../src/domain/report/recheck-sample";

describe("recheckSample (DOMAIN §4.3)", () => {
  it.each([
    [0, 0.1, 0],
    [1, 0.1, 1],
    [10, 0.1, 1],
    [11, 0.1, 2],
    [30, 0.1, 3], // 0.1 × 30 = 3.0000000000000004 in floating point
    [70, 0.1, 7],
    [5, 0, 0],
    [5, 1, 5],
    [5, 2, 5],
    [3, -0.5, 0],
  ])("size of %p ids at %p is %p", (n, share, size) => {
    expect(recheckSampleSize(n, share)).toBe(size);
  });

  it("draws distinct ids once even when ids repeat", () => {
    expect(recheckSample(["a", "a", "a"], 1, "s")).toEqual(["a"]);
  });

  const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 });
  const share = fc.double({ min: 0, max: 1, noNaN: true });

  it("has size ⌈share·n⌉, is a sorted subset, and is deterministic (property)", () => {
    fc.assert(
      fc.property(ids, share, fc.string(), (population, p, seed) => {
        const sample = recheckSample(population, p, seed);
        expect(sample).toHaveLength(recheckSampleSize(population.length, p));
        expect(sample.length).toBe(Math.min(population.length, Math.max(0, Math.ceil(p * population.length - 1e-9))));
        expect(new Set(sample).size).toBe(sample.length);
        expect(sample.every((id) => population.includes(id))).toBe(true);
        expect(sample).toEqual([...sample].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(recheckSample(population, p, seed)).toEqual(sample);
        expect(recheckSample([...population].reverse(), p, seed)).toEqual(sample);
      }),
    );
  });

  it("different seeds usually draw different samples", () => {
    const population = Array.from({ length: 100 }, (_, i) => `FB-${String(i).padStart(3, "0")}`);
    const samples = new Set(["a", "b", "c", "d"].map((seed) => recheckSample(population, 0.1, seed).join()));
    expect(samples.size).toBeGreaterThan(1);
  });
});

import fc from "fast-check";
import { SettingsError } from "../../src/domain/errors";
import { DEFAULT_DIMENSIONS, DEFAULT_RULES, type Dimension } from "../../src/domain/settings";
import { effectiveWeights } from "../../src/domain/weights";

const core = (key: string, weight?: number): Dimension => ({
  key,
  zh: key,
  en: key,
  class: "核心",
  ...(weight === undefined ? {} : { weight }),
});
const aux = (key: string, weight?: number): Dimension => ({ ...core(key, weight), class: "辅助" });

describe("effectiveWeights (DOMAIN §2.2)", () => {
  it("splits 60% over the 2 core and 40% over the 3 auxiliary default dimensions", () => {
    const w = effectiveWeights(DEFAULT_DIMENSIONS, DEFAULT_RULES);
    // core: 0.6 / 2 = 0.3; auxiliary: 0.4 / 3 = 0.1333…
    expect([...w.entries()]).toEqual([
      ["d_response", 0.4 / 3],
      ["d_attitude", 0.4 / 3],
      ["d_expertise", 0.3],
      ["d_resolution", 0.3],
      ["d_convenience", 0.4 / 3],
    ]);
  });

  it("uses the configured class shares", () => {
    const rules = { ...DEFAULT_RULES, coreShare: 0.5, auxShare: 0.5 };
    const w = effectiveWeights([core("a"), aux("b"), aux("c")], rules);
    // 0.5 / 1 and 0.5 / 2
    expect(Object.fromEntries(w)).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
  });

  it("allows an empty class whose share is 0", () => {
    const rules = { ...DEFAULT_RULES, coreShare: 0, auxShare: 1 };
    expect(Object.fromEntries(effectiveWeights([aux("a"), aux("b")], rules))).toEqual({ a: 0.5, b: 0.5 });
  });

  it("takes explicit weights as given when they sum to 100%", () => {
    const dims = [core("a", 0.1), core("b", 0.2), aux("c", 0.3), aux("d", 0.2), aux("e", 0.2)];
    // 0.1 + 0.2 + 0.3 + 0.2 + 0.2 = 1.0000000000000002 in floating point, within 1e-9
    expect(Object.fromEntries(effectiveWeights(dims, DEFAULT_RULES))).toEqual({
      a: 0.1,
      b: 0.2,
      c: 0.3,
      d: 0.2,
      e: 0.2,
    });
  });

  const bad: [string, Dimension[], Partial<typeof DEFAULT_RULES>, RegExp][] = [
    ["explicit weights sum to 95%", [core("a", 0.5), aux("b", 0.45)], {}, /Settings: dimension table.*sum to 95%/],
    ["explicit weights sum to 110%", [core("a", 0.6), aux("b", 0.5)], {}, /sum to 110%/],
    ["only some dimensions have a weight", [core("a", 0.6), aux("b")], {}, /not b/],
    ["a negative weight", [core("a", 1.2), aux("b", -0.2)], {}, /weight of b/],
    ["class shares sum to 90%", [core("a"), aux("b")], { coreShare: 0.5, auxShare: 0.4 }, /sum to 90%/],
    ["core share 60% but no core dimension", [aux("a"), aux("b")], {}, /核心 class .* no dimension/],
    ["a key appears twice", [core("a"), aux("a")], {}, /key a appears more than once/],
  ];
  it.each(bad)("rejects %s with a SettingsError", (_name, dims, override, message) => {
    const run = () => effectiveWeights(dims, { ...DEFAULT_RULES, ...override });
    expect(run).toThrow(SettingsError);
    expect(run).toThrow(message);
  });

  it("names the given location", () => {
    const run = () => effectiveWeights([core("a", 0.5)], DEFAULT_RULES, { sheet: "设置", cells: "D30:D34" });
    expect(run).toThrow(/^设置!D30:D34: dimension table: the weights sum to 50%/);
  });
});

describe("effectiveWeights properties", () => {
  const dimension = fc.record({ cls: fc.constantFrom("核心" as const, "辅助" as const) });

  it("class weights sum to 1 when both classes have dimensions", () => {
    fc.assert(
      fc.property(
        fc.array(dimension, { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 0, max: 100 }),
        (specs, corePercent) => {
          const dims = specs.map((s, i) => ({ ...core(`k${String(i)}`), class: s.cls }));
          const hasCore = dims.some((d) => d.class === "核心");
          const hasAux = dims.some((d) => d.class === "辅助");
          const coreShare = hasCore ? (hasAux ? corePercent / 100 : 1) : 0;
          const rules = { ...DEFAULT_RULES, coreShare, auxShare: 1 - coreShare };
          const total = [...effectiveWeights(dims, rules).values()].reduce((a, b) => a + b, 0);
          expect(Math.abs(total - 1)).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });

  it("explicit weights normalised to 1 are accepted and kept", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }), (raw) => {
        const sum = raw.reduce((a, b) => a + b, 0);
        const dims = raw.map((r, i) => core(`k${String(i)}`, r / sum));
        const weights = effectiveWeights(dims, DEFAULT_RULES);
        expect([...weights.values()]).toEqual(dims.map((d) => d.weight));
      }),
    );
  });
});

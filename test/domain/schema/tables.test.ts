import { tableSpecs } from "../../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../../src/domain/settings";

const specs = tableSpecs(DEFAULT_DIMENSIONS);

// Excel requires unique headers within a table: it renames a duplicate ("Resolution2") and breaks the formulas.
test.each(specs.flatMap((s) => (["zh", "en"] as const).map((lang) => [s.key, lang, s] as const)))(
  "%s headers are unique in %s",
  (_key, lang, spec) => {
    const headers = spec.fields.map((f) => f[lang].toLowerCase());
    expect(headers.filter((h, i) => headers.indexOf(h) !== i)).toEqual([]);
  },
);

test.each(specs.map((s) => [s.key, s] as const))("%s field keys are unique and table names are ASCII", (_key, spec) => {
  const keys = spec.fields.map((f) => f.key);
  expect(new Set(keys).size).toBe(keys.length);
  expect(spec.tableName).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
});

import { evaluationsSpec } from "../../src/domain/schema";
import { DEFAULT_DIMENSIONS } from "../../src/domain/settings";
import { ImportSourceError } from "../../src/import/errors";
import { mapHeaders, type SourceColumn } from "../../src/import/header-map";
import { applyMappingOverrides, type MappingOverrides } from "../../src/import/mapping-overrides";

const EVALUATIONS = evaluationsSpec(DEFAULT_DIMENSIONS);
const WHERE = { file: "survey.csv" };

/** A: 序号 → meta, B: 客户编号 → customerId, C: 客户ID → extra, D: 加权得分 → calculated, E: 我的备注 → extra,
 * F: 3、响应速度 → d_response. */
const COLUMNS: readonly SourceColumn[] =
  mapHeaders(EVALUATIONS, [["序号", "客户编号", "客户ID", "加权得分", "我的备注", "3、响应速度"]])?.columns ?? [];

/** Each column as `letter → key`, `letter → calculated:key`, `letter → extra` or `letter → meta`. */
function targets(columns: readonly SourceColumn[]): string[] {
  return columns.map((c) => {
    const t = c.target;
    const to = t.kind === "field" ? t.key : t.kind === "calculated" ? `calculated:${t.key}` : t.meta ? "meta" : "extra";
    return `${String.fromCharCode(65 + c.index)} → ${to}`;
  });
}

const AS_MAPPED = ["A → meta", "B → customerId", "C → extra", "D → calculated:weightedScore", "E → extra"];

test("the fixture maps as the header names it", () => {
  expect(targets(COLUMNS)).toEqual([...AS_MAPPED, "F → d_response"]);
});

describe("overrides", () => {
  const expectations: [string, MappingOverrides, string[]][] = [
    ["none", {}, [...AS_MAPPED, "F → d_response"]],
    [
      "an extra column to a field nobody feeds",
      { 4: "comment" },
      ["A → meta", "B → customerId", "C → extra", "D → calculated:weightedScore", "E → comment", "F → d_response"],
    ],
    ["a field back to an extra column", { 5: null }, [...AS_MAPPED, "F → extra"]],
    ["a survey column kept stays marked as one", { 0: null }, [...AS_MAPPED, "F → d_response"]],
    [
      "a formula field's key marks the column calculated",
      { 4: "scoreRate" },
      [
        "A → meta",
        "B → customerId",
        "C → extra",
        "D → calculated:weightedScore",
        "E → calculated:scoreRate",
        "F → d_response",
      ],
    ],
    [
      "the overridden column wins a field another column fed; that one becomes an extra column",
      { 2: "customerId" },
      ["A → meta", "B → extra", "C → customerId", "D → calculated:weightedScore", "E → extra", "F → d_response"],
    ],
    [
      "two columns swap their fields",
      { 1: "d_response", 5: "customerId" },
      ["A → meta", "B → d_response", "C → extra", "D → calculated:weightedScore", "E → extra", "F → customerId"],
    ],
    ["a column's own field again changes nothing", { 1: "customerId" }, [...AS_MAPPED, "F → d_response"]],
    [
      "a calculated column's field taken by another column",
      { 4: "weightedScore" },
      ["A → meta", "B → customerId", "C → extra", "D → extra", "E → calculated:weightedScore", "F → d_response"],
    ],
  ];
  test.each(expectations)("%s", (_name, overrides, expected) => {
    expect(targets(applyMappingOverrides(EVALUATIONS, COLUMNS, overrides, WHERE))).toEqual(expected);
  });

  test("keep each column's index, header and label", () => {
    const columns = applyMappingOverrides(EVALUATIONS, COLUMNS, { 4: "comment" }, WHERE);
    expect(columns[4]).toEqual({
      index: 4,
      header: "我的备注",
      label: "我的备注 (E)",
      target: { kind: "field", key: "comment" },
    });
  });
});

describe("an override that cannot apply is an ImportSourceError naming the column", () => {
  const expectations: [string, MappingOverrides, Record<string, unknown>, RegExp][] = [
    [
      "an unknown field key",
      { 4: "remarks" },
      { file: "survey.csv", column: "我的备注 (E)" },
      /^survey\.csv column 我的备注 \(E\): the evaluations table has no field "remarks"; expected one of id, /,
    ],
    [
      "a column the source lacks",
      { 9: "comment" },
      { file: "survey.csv", column: "J" },
      /^survey\.csv column J: the mapping names a column the source does not have/,
    ],
    [
      "two overrides on one field",
      { 2: "customerId", 4: "customerId" },
      { file: "survey.csv", column: "我的备注 (E)" },
      /^survey\.csv column 我的备注 \(E\): field "customerId" is already mapped to 客户ID \(C\)/,
    ],
  ];
  test.each(expectations)("%s", (_name, overrides, fields, message) => {
    const error = thrown(() => applyMappingOverrides(EVALUATIONS, COLUMNS, overrides, WHERE));
    expect(error).toBeInstanceOf(ImportSourceError);
    expect(error).toMatchObject({ code: "import-source", ...fields });
    expect((error as Error).message).toMatch(message);
  });
});

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

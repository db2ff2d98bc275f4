import type { RecordRow } from "../../src/domain/schema/types";
import { DEFAULT_DIMENSIONS, DEFAULT_RULES, type Dimension } from "../../src/domain/settings";
import { invalidReasons, validityText } from "../../src/domain/validity";

const good: RecordRow = {
  customerId: "C20240101001",
  serviceDate: 45292,
  fillSeconds: 120,
  d_response: 5,
  d_attitude: 4,
  d_expertise: 4,
  d_resolution: 3,
  d_convenience: 5,
};
const allFours = { d_response: 4, d_attitude: 4, d_expertise: 4, d_resolution: 4, d_convenience: 4 };

describe("invalidReasons (DOMAIN §4.1, minFillSeconds 30)", () => {
  const cases: [string, RecordRow, string[]][] = [
    ["a valid evaluation", good, []],
    ["all scores equal", { ...good, ...allFours }, ["同值作答"]],
    ["29 s", { ...good, fillSeconds: 29 }, ["用时过短"]],
    ["exactly 30 s is enough", { ...good, fillSeconds: 30 }, []],
    ["no fill time recorded: no check", { ...good, fillSeconds: undefined }, []],
    ["fill time typed as text: no check", { ...good, fillSeconds: "45秒" }, []],
    ["blank customerId", { ...good, customerId: "" }, ["信息不全"]],
    ["missing serviceDate", { ...good, serviceDate: undefined }, ["信息不全"]],
    [
      "a blank score, the rest equal: not straight-lining",
      { ...good, ...allFours, d_response: undefined },
      ["信息不全"],
    ],
    ["a score typed as text", { ...good, d_attitude: "4" }, ["信息不全"]],
    [
      "every reason, in order",
      { ...good, ...allFours, fillSeconds: 10, customerId: undefined },
      ["同值作答", "用时过短", "信息不全"],
    ],
  ];
  it.each(cases)("%s", (_name, row, expected) => {
    expect(invalidReasons(row, DEFAULT_DIMENSIONS, DEFAULT_RULES)).toEqual(expected);
  });

  it("does not check straight-lining with fewer than 3 dimensions", () => {
    const two: Dimension[] = DEFAULT_DIMENSIONS.slice(0, 2);
    expect(invalidReasons({ ...good, ...allFours }, two, DEFAULT_RULES)).toEqual([]);
    const three: Dimension[] = DEFAULT_DIMENSIONS.slice(0, 3);
    expect(invalidReasons({ ...good, ...allFours }, three, DEFAULT_RULES)).toEqual(["同值作答"]);
  });

  it("uses the configured shortest fill time", () => {
    expect(
      invalidReasons({ ...good, fillSeconds: 50 }, DEFAULT_DIMENSIONS, { ...DEFAULT_RULES, minFillSeconds: 60 }),
    ).toEqual(["用时过短"]);
  });
});

describe("validityText", () => {
  it.each([
    [[], "有效"],
    [["用时过短"], "无效:用时过短"],
    [["同值作答", "用时过短", "信息不全"], "无效:同值作答;用时过短;信息不全"],
  ] as const)("%p → %p", (reasons, text) => {
    expect(validityText(reasons)).toBe(text);
  });
});

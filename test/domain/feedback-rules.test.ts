import { feedbackNeedsFollowUp } from "../../src/domain/feedback-rules";
import type { CellValue } from "../../src/domain/schema/types";
import { DEFAULT_RULES } from "../../src/domain/settings";

describe("feedbackNeedsFollowUp (DOMAIN §1.4: 是 when score < 3)", () => {
  const cases: [CellValue, string | undefined][] = [
    [1, "是"],
    [2, "是"],
    [2.5, "是"],
    [3, "否"],
    [5, "否"],
    ["2", undefined],
    ["", undefined],
    [undefined, undefined],
  ];
  it.each(cases)("score %p → %p", (score, expected) => {
    expect(feedbackNeedsFollowUp(score, DEFAULT_RULES)).toBe(expected);
  });

  it("uses the configured threshold", () => {
    expect(feedbackNeedsFollowUp(3, { ...DEFAULT_RULES, feedbackFollowUpBelow: 4 })).toBe("是");
  });
});

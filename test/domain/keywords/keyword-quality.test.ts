import { keywordQuality } from "../../../bench/keyword-bench";

/**
 * Issue 15 item 5: on ≥ 100 labelled negative feedback texts written for the test, at least 4 of the TOP 5
 * problem keywords are phrases a person named, and no filler word reaches the TOP 5.
 */
test("TOP 5 problem keywords of the labelled set: precision ≥ 0.8", () => {
  const quality = keywordQuality();
  expect(quality.texts).toBeGreaterThanOrEqual(100);
  expect(quality.precision).toBeGreaterThanOrEqual(0.8);
  const filler = ["讲解", "报修", "说话", "及时", "一堆", "小时", "总是", "增加", "加强", "流程", "师傅", "客服"];
  expect(quality.top5.filter((k) => filler.includes(k))).toEqual([]);
});

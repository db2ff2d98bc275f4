import { negativeTexts } from "../../../src/domain/report/month-keywords";
import { DEFAULT_SETTINGS } from "../../../src/domain/settings";

const MAR = 45351; // MAR + d = 2024-03-d
// Default weights: 0.3 for 专业能力 and 问题解决效果, 0.4/3 for the other three.
const evaluation = (day: number, score: number, comment: string) => ({
  serviceDate: MAR + day,
  d_response: score,
  d_attitude: score,
  d_expertise: score,
  d_resolution: score,
  d_convenience: score,
  comment,
});

test("problem texts: negative feedback, comments of unsatisfied evaluations, follow-up problems (issue 15)", () => {
  const texts = negativeTexts(
    {
      feedback: [
        { servedAt: MAR + 2, score: 3, text: "响应慢" },
        { servedAt: MAR + 2, score: 4, text: "还行" }, // not negative
      ],
      evaluations: [
        evaluation(3, 3, "态度差"), // weighted 3 < 4
        evaluation(3, 4, "挺好"), // weighted 4: satisfied (CSAT)
        { ...evaluation(3, 2, "没人管"), d_attitude: undefined }, // no weighted score: left out
        evaluation(40, 1, "四月"), // April
      ],
      followups: [
        { callDate: MAR + 5, problem: "二次上门" },
        { callDate: MAR + 6 }, // no problem
        { callDate: MAR - 3, problem: "二月" },
      ],
    },
    DEFAULT_SETTINGS,
    "2024-03",
  );
  expect(texts).toEqual(["响应慢", "态度差", "二次上门"]);
});

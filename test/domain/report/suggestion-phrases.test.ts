import { createSuggestionExtractor } from "../../../src/domain/report/month-keywords";

const words = (text: string) => text.split(/\s+/).filter((w) => w !== "");

test("a suggestion's clauses are its phrases, without 希望/建议/请 and 一点/吧 (issue 15)", () => {
  const phrases = createSuggestionExtractor(words);
  expect(phrases("建议增加备件库存，缩短维修周期")).toEqual(["增加备件库存", "缩短维修周期"]);
  expect(phrases("希望常用配件备足一点")).toEqual(["常用配件备足"]);
  expect(phrases("夜间客服！夜间客服")).toEqual(["夜间客服"]); // once per text
  // Digits, English or a clause over 12 characters: its keywords instead.
  expect(phrases("上门前30分钟 电话确认")).toEqual(["上门前30分钟", "电话确认"]);
  expect(phrases("more night staff")).toEqual(["more", "night", "staff"]);
  expect(phrases("请")).toEqual([]);
});

test("a clause with personal data is never a phrase: its (private) keywords are counted instead", () => {
  const phrases = createSuggestionExtractor(
    () => ["服务好"],
    (clause) => !clause.includes("王"),
  );
  expect(phrases("感谢王师傅服务好，响应很快")).toEqual(["服务好", "响应很快"]);
});

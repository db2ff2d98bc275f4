import fc from "fast-check";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import { compareText, rankKeywords, topKeywords } from "../../../src/domain/keywords/top-keywords";
import { listSpec } from "../../../src/domain/schema/lists";

const jieba = loadJiebaSegmenter(listSpec("lexicon").values);
const stopWords = listSpec("stopWords").values;

describe("topKeywords (DOMAIN §6)", () => {
  it("counts a keyword once per text and breaks ties by keyword", () => {
    const texts = ["态度差 态度差 态度差", "态度差，响应慢", "响应慢", "到账慢", "slow", ""];
    expect(topKeywords(texts, 10, jieba, stopWords)).toEqual([
      { keyword: "响应慢", count: 2 },
      { keyword: "态度差", count: 2 },
      { keyword: "slow", count: 1 },
      { keyword: "到账慢", count: 1 },
    ]);
  });

  it.each([
    [0, []],
    [1, ["响应慢"]],
    [2, ["响应慢", "态度差"]],
  ])("returns at most n = %p", (n, keywords) => {
    expect(topKeywords(["态度差，响应慢", "响应慢"], n, jieba, stopWords).map((k) => k.keyword)).toEqual(keywords);
  });

  it("does not depend on the order of the texts (property)", () => {
    const pool = ["态度差", "响应慢，态度差", "流程繁琐", "slow response", "到账慢，到账慢", "备件不足，二次上门"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (texts) => {
        const reversed = [...texts].reverse();
        expect(topKeywords(reversed, 3, jieba, stopWords)).toEqual(topKeywords(texts, 3, jieba, stopWords));
      }),
      { numRuns: 50 },
    );
  });
});

describe("rankKeywords and compareText", () => {
  it("sorts by count descending, then code point", () => {
    const counts = new Map([
      ["b", 1],
      ["a", 1],
      ["态度差", 3],
      ["响应慢", 1],
    ]);
    expect(rankKeywords(counts, 3)).toEqual([
      { keyword: "态度差", count: 3 },
      { keyword: "a", count: 1 },
      { keyword: "b", count: 1 },
    ]);
  });

  it("compareText is code-point order, not locale order", () => {
    expect(["在", "上", "Z", "a"].sort(compareText)).toEqual(["Z", "a", "上", "在"]);
    expect(compareText("x", "x")).toBe(0);
  });
});

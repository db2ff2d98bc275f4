import { createKeywordExtractor, extractKeywords } from "../../../src/domain/keywords/extract-keywords";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";
import type { Segmenter } from "../../../src/domain/keywords/segmenter";
import { listSpec } from "../../../src/domain/schema/lists";

const lexicon = [...listSpec("lexicon").values, "慢", "APP闪退"];
const jieba = loadJiebaSegmenter(lexicon);
const stopWords = listSpec("stopWords").values;

describe("extractKeywords with jieba (DOMAIN §6)", () => {
  it.each<[string, string, string[]]>([
    [
      "lexicon phrases stay whole, list stop words (客服) go",
      "客服态度差，没耐心，流程繁琐",
      ["态度差", "没耐心", "流程繁琐"],
    ],
    ["repeats are kept in order", "态度差！态度差！", ["态度差", "态度差"]],
    ["punctuation and spaces go", "。。。！！ ，，", []],
    ["stop words of the list go (的 了 很)", "服务很好的了", ["服务"]],
    [
      "built-in filler words go (说实话 但是 希望 改进), and list ones (师傅)",
      "说实话，师傅专业，但是响应慢，希望改进",
      ["专业", "响应慢"],
    ],
    ["one-character words go", "等 了 很 久", []],
    ["a one-character lexicon word stays", "服务慢！", ["服务", "慢"]],
    ["3天才 is cut 3天 / 才, and counts go", "等了3天才修好", ["修好"]],
    ["full-width digits are digits", "１２天才到", []],
    ["Chinese-numeral counts go", "重复维修了三次，等了两天", ["重复维修"]],
    ["digits-only tokens go", "编号 12345 与 3-5", ["编号"]],
    [
      "English is lower-cased, stop words dropped",
      "The app is too SLOW, agent was RUDE",
      ["app", "slow", "agent", "rude"],
    ],
    ["English punctuation splits words", "Wi-Fi,slow;rude", ["wi", "fi", "slow", "rude"]],
    ["full-width Latin letters are normalised", "ＡＰＰ卡顿", ["app", "卡顿"]],
    ["blank text", "   ", []],
  ])("%s", (_name, text, expected) => {
    expect(extractKeywords(text, jieba, stopWords)).toEqual(expected);
  });

  it("a user stop word beats the lexicon", () => {
    expect(extractKeywords("态度差，响应慢", jieba, ["态度差"])).toEqual(["响应慢"]);
  });

  it("stop words are compared lower-cased and NFKC-normalised, as a list or a set", () => {
    expect(extractKeywords("Slow agent", jieba, ["ＳＬＯＷ"])).toEqual(["agent"]);
    expect(extractKeywords("Slow agent", jieba, new Set(["agent"]))).toEqual(["slow"]);
  });
});

describe("createKeywordExtractor", () => {
  it("returns distinct keywords and segments each distinct text once", () => {
    const seen: string[] = [];
    const spy: Segmenter = Object.assign(
      (text: string) => {
        seen.push(text);
        return jieba(text);
      },
      { lexicon: jieba.lexicon },
    );
    const extract = createKeywordExtractor(spy, stopWords);
    expect(extract("响应慢，响应慢")).toEqual(["响应慢"]);
    expect(extract("响应慢，响应慢")).toEqual(["响应慢"]);
    expect(extract("态度差")).toEqual(["态度差"]);
    expect(seen).toEqual(["响应慢,响应慢", "态度差"]); // NFKC: ， → ,
  });

  it("works with a segmenter without a lexicon (one-character words then always go)", () => {
    const bySpace: Segmenter = (text) => text.split(" ");
    expect(createKeywordExtractor(bySpace, [])("慢 slow 慢")).toEqual(["slow"]);
  });
});

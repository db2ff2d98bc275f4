import { jiebaSegmenter, normalizeLexicon, type JiebaApi } from "../../../src/domain/keywords/segmenter";
import { loadJiebaSegmenter } from "../../../src/domain/keywords/jieba-node";

describe("jiebaSegmenter (DOMAIN §6)", () => {
  it("adds the lexicon (normalised, without blanks or phrases with spaces) and the day counts to jieba", () => {
    const added: string[] = [];
    const api: JiebaApi = {
      cut: (text) => [text],
      add_word: (word) => {
        added.push(word);
        return 0;
      },
    };
    const segmenter = jiebaSegmenter(api, [" 态度差 ", "", "ＡＰＰ闪退", "too slow"]);
    expect(added).toContain("3天");
    expect(added).toContain("99天");
    expect(added.filter((w) => !w.endsWith("天"))).toEqual(["态度差", "app闪退"]);
    expect([...(segmenter.lexicon ?? [])]).toEqual(["态度差", "app闪退", "too slow"]);
    expect(segmenter("原文")).toEqual(["原文"]);
  });

  it("normalizeLexicon trims, lower-cases, applies NFKC and drops blanks and repeats", () => {
    expect([...normalizeLexicon(["Ａb", "ab", "  ", "慢 "])]).toEqual(["ab", "慢"]);
  });
});

describe("loadJiebaSegmenter (Node)", () => {
  const segmenter = loadJiebaSegmenter(["未提前告知", "二次上门"]);

  it.each<[string, string[]]>([
    ["上门时间改了也未提前告知", ["上门", "时间", "改", "了", "也", "未提前告知"]],
    ["等了3天才有人联系", ["等", "了", "3天", "才", "有人", "联系"]],
    ["只能二次上门", ["只能", "二次上门"]],
  ])("cuts %p", (text, words) => {
    expect(segmenter(text)).toEqual(words);
  });
});
